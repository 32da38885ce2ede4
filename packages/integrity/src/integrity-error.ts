/**
 * Every way a manifest can be refused:
 * - `MANIFEST_MALFORMED`: not a signed manifest of this format (not JSON, a field missing or out of bounds).
 * - `SIGNATURE_INVALID`: no trusted release key signed these bytes (another key, or a changed manifest).
 * - `NO_TRUSTED_KEY`: there is no public key to check the signature against.
 */
export type IntegrityErrorCode = 'MANIFEST_MALFORMED' | 'SIGNATURE_INVALID' | 'NO_TRUSTED_KEY';

/** A refused manifest; callers switch on `code`, and show `message` (which names the field). */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
  constructor(
    readonly code: IntegrityErrorCode,
    message: string,
  ) {
    super(message);
  }
}
