/**
 * The Content Security Policy of every Hushlink response (DESIGN.md, "Headers on every HTML response").
 * `'wasm-unsafe-eval'` lets libsodium instantiate its WebAssembly; nothing allows inline script or `eval`.
 * Workers come only from this origin (the web client's file worker); Trusted Types allow one policy,
 * `hushlink-file-worker`, which turns exactly the file worker's script URL into a `TrustedScriptURL`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
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
].join('; ');

/**
 * Headers set on every response, by the API's middleware and, through the generated `_headers` file,
 * on the static assets. One constant so that the two never drift apart.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
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
