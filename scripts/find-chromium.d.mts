/** Flags for a quiet, self-contained headless Chromium; see find-chromium.mjs. */
export const CHROMIUM_ARGS: string[];
/** The Chromium executable to drive (installing Debian's package when missing and root); throws with what to install. */
export function findChromium(): string;
