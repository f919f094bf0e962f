// The rule ids of the image checks of rendered output, in a module of their own so the page can
// recognise these findings without loading the comparison itself.
export const IMAGE_NOT_LISTED_RULE_ID = 'rendered/image-not-listed'
export const IMAGE_DRIFT_RULE_ID = 'rendered/image-drift'
export const IMAGE_NOT_RENDERED_RULE_ID = 'rendered/image-not-rendered'
