import rootPackage from '../../../package.json' with { type: 'json' };

/**
 * Hushlink's version: the root package.json's, which `npm run release` stamps on every artifact. Imported as JSON
 * so that the bundlers (wrangler's, the release's esbuild) write it into the code: a bundle has no package.json.
 */
export const HUSHLINK_VERSION: string = rootPackage.version;
