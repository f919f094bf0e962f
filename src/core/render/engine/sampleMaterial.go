package main

import (
	_ "embed"
	"fmt"
	"math/rand"
	"text/template"
)

// Rendered output is for checking, never for deploying: the random and crypto generators return
// fixed, valid-looking material. Real RSA key generation in wasm took a minute on one chart, and
// random output would make two renders of one pack differ.

//go:embed samplepem/ca.crt
var sampleCACert string

//go:embed samplepem/ca.rsa.key
var sampleCAKey string

//go:embed samplepem/leaf.crt
var sampleLeafCert string

//go:embed samplepem/leaf.rsa.key
var sampleLeafKey string

//go:embed samplepem/rsa.key
var sampleRSAKey string

//go:embed samplepem/ec.key
var sampleECKey string

//go:embed samplepem/ed.key
var sampleEd25519Key string

//go:embed samplepem/dsa.key
var sampleDSAKey string

// sampleCertificate has the fields templates read from Sprig's certificate (.Cert, .Key).
type sampleCertificate struct {
	Cert string
	Key  string
}

// sampleSource is a seeded generator, new for every request, so one input always renders the same.
type sampleSource struct {
	random *rand.Rand
}

func newSampleSource() *sampleSource {
	return &sampleSource{random: rand.New(rand.NewSource(1))}
}

const (
	alphaChars    = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	numericChars  = "0123456789"
	alphaNumChars = alphaChars + numericChars
)

func (s *sampleSource) pick(chars string, count int) string {
	if count <= 0 {
		return ""
	}
	out := make([]byte, count)
	for i := range out {
		out[i] = chars[s.random.Intn(len(chars))]
	}
	return string(out)
}

func (s *sampleSource) ascii(count int) string {
	if count <= 0 {
		return ""
	}
	out := make([]byte, count)
	for i := range out {
		out[i] = byte(32 + s.random.Intn(95))
	}
	return string(out)
}

func (s *sampleSource) uuid() string {
	b := make([]byte, 16)
	s.random.Read(b)
	b[6] = (b[6] & 0x0f) | 0x40
	b[8] = (b[8] & 0x3f) | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func privateKey(typ string) string {
	switch typ {
	case "", "rsa":
		return sampleRSAKey
	case "ecdsa":
		return sampleECKey
	case "ed25519":
		return sampleEd25519Key
	case "dsa":
		return sampleDSAKey
	}
	return "Unknown type " + typ
}

func (s *sampleSource) funcs() template.FuncMap {
	ca := func(...interface{}) (sampleCertificate, error) {
		return sampleCertificate{Cert: sampleCACert, Key: sampleCAKey}, nil
	}
	leaf := func(...interface{}) (sampleCertificate, error) {
		return sampleCertificate{Cert: sampleLeafCert, Key: sampleLeafKey}, nil
	}
	return template.FuncMap{
		"genCA":                    ca,
		"genCAWithKey":             ca,
		"genSelfSignedCert":        leaf,
		"genSelfSignedCertWithKey": leaf,
		"genSignedCert":            leaf,
		"genSignedCertWithKey":     leaf,
		"genPrivateKey":            privateKey,
		"randAlphaNum":             func(count int) string { return s.pick(alphaNumChars, count) },
		"randAlpha":                func(count int) string { return s.pick(alphaChars, count) },
		"randNumeric":              func(count int) string { return s.pick(numericChars, count) },
		"randAscii":                s.ascii,
		"uuidv4":                   s.uuid,
	}
}
