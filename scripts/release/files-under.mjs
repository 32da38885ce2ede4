// The files of a folder tree as sorted relative paths, for the release steps whose output must not depend on the
// order the file system lists entries in (the embedded server files, SHA256SUMS).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root` (not folders), as `/`-separated paths relative to it, sorted at each level. */
export function filesUnder(root, prefix = '') {
  const out = [];
  for (const entry of readdirSync(join(root, prefix)).sort()) {
    const relative = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(join(root, relative)).isDirectory()) out.push(...filesUnder(root, relative));
    else out.push(relative);
  }
  return out;
}
