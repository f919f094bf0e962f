/** The path of a usable Chromium, or undefined. `CHROMIUM_PATH` wins when set. */
export function findChromium(): string | undefined
