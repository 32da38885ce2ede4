/**
 * The release public keys (Ed25519, base64) that the CLI and the extension trust, newest first. Each release
 * manifest under `releases/manifests/` is signed by one of them; the secret keys are kept off every server
 * (README, "Checking the code you are served", says how one is made). Empty until the project's first signed
 * release: `hushlink verify` then needs `--pubkey`.
 */
export const RELEASE_PUBLIC_KEYS: readonly string[] = [];
