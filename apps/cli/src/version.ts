import cliPackage from '../package.json' with { type: 'json' };

/**
 * This CLI's version, from its package.json: imported as JSON, so that the release's bundle and executable, which
 * have no package.json beside them, carry it in their code.
 */
export const CLI_VERSION: string = cliPackage.version;
