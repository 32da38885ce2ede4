import { readFileSync } from 'node:fs';

/** This CLI's version, from its package.json (read once; the file ships beside the sources). */
export const CLI_VERSION: string = (() => {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
})();
