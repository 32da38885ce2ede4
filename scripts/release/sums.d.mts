/** Writes `folder/SHA256SUMS` for every other file in `folder`. */
export function writeSha256Sums(folder: string): void;
/** Reads a SHA256SUMS file into a map from path to hash. */
export function readSha256Sums(file: string): Map<string, string>;
