/** The directives of every policy after `script-src`, which `contentSecurityPolicy` adds. */
const DIRECTIVES = [
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types hushlink-file-worker',
];

/**
 * A Content Security Policy (DESIGN.md, "Headers on every HTML response") that allows scripts from this origin
 * and the inline scripts whose hashes are given (`sha256-BASE64`): the page's import map, which pins every
 * script's SHA-256, and nothing else. `'wasm-unsafe-eval'` lets libsodium instantiate its WebAssembly; nothing
 * allows other inline script or `eval`. Workers come only from this origin (the web client's file worker); Trusted
 * Types allow one policy, `hushlink-file-worker`, which turns exactly the file worker's script URL into a
 * `TrustedScriptURL`.
 *
 * @example contentSecurityPolicy(['sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='])
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  const scriptSrc = [
    "script-src 'self' 'wasm-unsafe-eval'",
    ...inlineScriptHashes.map((hash) => `'${hash}'`),
  ];
  return ["default-src 'none'", scriptSrc.join(' '), ...DIRECTIVES].join('; ');
}

/** The Content Security Policy of every response that is not the page itself: no inline script at all. */
export const CONTENT_SECURITY_POLICY = /* @__PURE__ */ contentSecurityPolicy();

/**
 * The `Integrity-Policy` of every response: the browser (Chromium 138+) refuses any script that is not pinned by
 * a hash, from an `integrity` attribute or the page's import map.
 */
export const INTEGRITY_POLICY = 'blocked-destinations=(script)';

/** The text of the page's `<script type="importmap">`, exactly as its CSP hash covers it, or null without one. */
export function importMapOf(html: string): string | null {
  const match = /<script type="importmap">([^<]*)<\/script>/.exec(html);
  return match?.[1] ?? null;
}

/**
 * Headers set on every response, by the API's middleware and, through the generated `_headers` file,
 * on the static assets. One constant so that the two never drift apart.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Integrity-Policy': INTEGRITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()',
};

/** Extra header for the reveal pages `/s/*`, which search engines must never index. */
export const NO_INDEX_HEADERS: Readonly<Record<string, string>> = { 'X-Robots-Tag': 'noindex, nofollow' };
