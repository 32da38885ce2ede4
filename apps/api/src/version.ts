import { version } from '../../../package.json';

/**
 * Hushlink's version: the root package.json's, which `npm run release` stamps on every artifact. A named import of
 * the JSON, so that the bundlers (wrangler's, the release's esbuild) write this one string into the code, not the
 * whole file: a bundle has no package.json beside it.
 */
export const HUSHLINK_VERSION: string = version;
