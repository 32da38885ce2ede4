/**
 * The fixed PRF salt a page passes as `extensions.prf.eval.first` when it asks a passkey for the secret a
 * recipient key pair is derived from: 32 bytes, BLAKE2b-256 (unkeyed) of the ASCII string
 * `hushlink/v1/prf-salt`. It is versioned by that string: changing it would change every recipient's keys, so it
 * never changes within a version. (WebAuthn hashes it again, with the "WebAuthn PRF" prefix, before the
 * authenticator sees it.) Treat it as read-only.
 *
 * @example
 * navigator.credentials.get({ publicKey: { ..., extensions: { prf: { eval: { first: PRF_SALT } } } } })
 */
export const PRF_SALT: Uint8Array = new Uint8Array([
  // BLAKE2b-256("hushlink/v1/prf-salt"), checked against libsodium by test/prf.test.ts.
  0x75, 0x4d, 0xf2, 0x7c, 0xb1, 0x88, 0xe2, 0x5c, 0xa3, 0x29, 0x2f, 0xce, 0x80, 0x20, 0xb1, 0x74, 0x57, 0x93,
  0x9b, 0x10, 0x25, 0xfa, 0x0c, 0xde, 0xa8, 0x08, 0x7e, 0xc5, 0x29, 0x30, 0x9d, 0x26,
]);
