import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The built web client: each file's bytes by its path under the build folder (`index.html`, `assets/…`). */
export type WebFiles = ReadonlyMap<string, Uint8Array>;

/** Reads a built web client folder (`apps/web/dist`, about 1.3 MB) into memory, every file under it. */
export function readWebFolder(root: string): WebFiles {
  const files = new Map<string, Uint8Array>();
  const walk = (directory: string, prefix: string) => {
    for (const entry of readdirSync(directory).sort()) {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${entry}/`);
      else files.set(`${prefix}${entry}`, readFileSync(path));
    }
  };
  walk(root, '');
  return files;
}
