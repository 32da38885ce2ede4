import { message } from '../messages.ts';

// Patterns are tried in order: Edge and Opera say "Chrome" too, Chrome says "Safari", and the iOS browsers (all
// WebKit underneath) name themselves with their own token.
const BROWSERS: readonly [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/SamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/HeadlessChrome\/(\d+)/, 'Headless Chrome'],
  [/(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[\d.]* .*Safari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Windows/, 'Windows'],
  // An iPad asking for desktop sites (the default since iPadOS 13) says Macintosh too; nothing tells them apart.
  [/Mac OS X/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** What a user agent string says about the browser, read from its product tokens. */
interface Browser {
  name: string;
  version: string | undefined;
  system: string | undefined;
}

function parse(userAgent: string): Browser | null {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent));
  if (!browser) return null;
  return {
    name: browser[1],
    version: browser[0].exec(userAgent)?.[1],
    system: SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1],
  };
}

/** The start of a user agent we cannot read (a script's `curl/8.5`), at most 40 characters. */
function shortened(userAgent: string): string {
  return userAgent.length > 40 ? `${userAgent.slice(0, 40)}…` : userAgent;
}

/**
 * A user agent in a few words with the browser's major version ("Firefox 132 on Windows"), for the audit log, or
 * its start when it is not a browser we know. The full string stays available as the element's title where it is
 * shown.
 */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return message('unknownBrowser');
  const browser = parse(userAgent);
  if (!browser) return shortened(userAgent);
  const name = `${browser.name}${browser.version ? ` ${browser.version}` : ''}`;
  return browser.system ? message('browserOn', { browser: name, system: browser.system }) : name;
}

/**
 * The browser and device in the words people use for them ("Chrome on Linux", "Safari on iPhone"), for lists of
 * sessions and of where a passkey or token was added; the start of a user agent we cannot read (a script's
 * `curl/8.5`); "Unknown browser" when there is none.
 *
 * @example describeDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) … Version/17.4 Mobile/15E148 Safari/604.1') // "Safari on iPhone"
 */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return message('unknownBrowserTitle');
  const browser = parse(userAgent);
  if (!browser) return shortened(userAgent);
  return browser.system
    ? message('browserOn', { browser: browser.name, system: browser.system })
    : browser.name;
}
