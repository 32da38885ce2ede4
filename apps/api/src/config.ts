import type { AppConfig } from './ports.ts';

/** The app's version, reported by `GET /api/health`. */
export const APP_VERSION = '0.1.0';

/** Raw settings as strings, from `wrangler.toml` vars or a process environment. */
export interface RawSettings {
  ANONYMOUS_LINKS?: string | undefined;
}

/** Parses instance settings once; anything but "true" or "1" is false. */
export function parseConfig(settings: RawSettings): AppConfig {
  return { anonymousLinks: isTrue(settings.ANONYMOUS_LINKS), version: APP_VERSION };
}

function isTrue(value: string | undefined): boolean {
  return value === 'true' || value === '1';
}
