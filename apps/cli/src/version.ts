import { version } from '../package.json';

/**
 * This CLI's version, from its package.json: a named import of the JSON, so that the release's bundle and
 * executable, which have no package.json beside them, carry this one string in their code.
 */
export const CLI_VERSION: string = version;
