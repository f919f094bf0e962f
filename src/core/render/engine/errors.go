package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"text/template"
)

// locatedError is a parse or execution error of one template, before it is cleaned up for the caller.
type locatedError struct {
	kind     string
	template string
	cause    error
}

func (e *locatedError) Error() string { return e.cause.Error() }

// Go's template errors start with "template: NAME:LINE:COL: ..." (or "NAME:LINE:"); the innermost
// place is the one the error happened at, possibly inside an included partial.
var placeRegex = regexp.MustCompile(`template: ([^:\s]+):(\d+)(?::(\d+))?: `)

// toRenderError turns an error of render into the response's error, with Helm's own wording in
// HelmMessage (cleanupParseError / cleanupExecError of Helm's engine.go).
func toRenderError(err error) *renderError {
	located, ok := err.(*locatedError)
	if !ok {
		return &renderError{Kind: "exec", Message: err.Error(), HelmMessage: err.Error()}
	}
	text := located.cause.Error()
	out := &renderError{Kind: located.kind, Template: located.template, Raw: text}
	if places := placeRegex.FindAllStringSubmatch(text, -1); len(places) > 0 {
		innermost := places[len(places)-1]
		out.Template = innermost[1]
		out.Line, _ = strconv.Atoi(innermost[2])
		if innermost[3] != "" {
			out.Column, _ = strconv.Atoi(innermost[3])
		}
	}
	if located.kind == "parse" {
		out.HelmMessage = cleanupParseError(located.template, located.cause)
		out.Message = lastToken(text)
		return out
	}
	out.HelmMessage = cleanupExecError(located.template, located.cause)
	if parts := warnRegex.FindStringSubmatch(text); len(parts) >= 2 {
		out.Kind = "input"
		out.Message = parts[1]
		return out
	}
	out.Message = text
	if places := placeRegex.FindAllStringIndex(text, -1); len(places) > 0 {
		out.Message = text[places[len(places)-1][1]:]
	}
	return out
}

func lastToken(text string) string {
	tokens := strings.Split(text, ": ")
	return tokens[len(tokens)-1]
}

func cleanupParseError(filename string, err error) string {
	tokens := strings.Split(err.Error(), ": ")
	if len(tokens) == 1 {
		return fmt.Sprintf("parse error in (%s): %s", filename, err)
	}
	return fmt.Sprintf("parse error at (%s): %s", tokens[1], tokens[len(tokens)-1])
}

func cleanupExecError(filename string, err error) string {
	if _, isExecError := err.(template.ExecError); !isExecError {
		return err.Error()
	}
	tokens := strings.SplitN(err.Error(), ": ", 3)
	if len(tokens) != 3 {
		return fmt.Sprintf("execution error in (%s): %s", filename, err)
	}
	if parts := warnRegex.FindStringSubmatch(tokens[2]); len(parts) >= 2 {
		return fmt.Sprintf("execution error at (%s): %s", tokens[1], parts[1])
	}
	return err.Error()
}
