import { z } from 'zod/mini';
import { base64UrlSchema } from './base64url.ts';
import { plainText } from './plain-text.ts';
import { x25519PublicKeySchema } from './recipient-keys.ts';
import { signingPublicKeySchema } from './signing-public-key.ts';
import { displayNameSchema, publicUserSchema, userNameSchema } from './user.ts';

/** A WebAuthn challenge row's id, returned with the options and sent back with the response. */
export const challengeIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{22}$/, 'must be 22 base64url characters'));

/** An invite token as it appears in an invite link: `ID.SECRET`. */
export const inviteTokenSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/, 'is not an invite token'));

/**
 * `POST /api/auth/register/options`. Signed out: creates an account (the first one, or with an invite, or when
 * registration is open). Signed in: adds a passkey to the signed-in account; `name` and `inviteToken` are ignored.
 */
export const registerOptionsRequestSchema = z.strictObject({
  name: z.optional(userNameSchema),
  displayName: z.optional(displayNameSchema),
  inviteToken: z.optional(inviteTokenSchema),
});

/** `POST /api/auth/register/options` body. */
export type RegisterOptionsRequest = z.input<typeof registerOptionsRequestSchema>;

/** WebAuthn options as JSON (`PublicKeyCredentialCreationOptionsJSON` / `…RequestOptionsJSON`); passed through. */
const webAuthnOptionsSchema = z.record(z.string(), z.unknown());

/** Answer of both `…/options` routes: the challenge's id and the options for `navigator.credentials`. */
export const ceremonyOptionsResponseSchema = z.object({
  challengeId: challengeIdSchema,
  options: webAuthnOptionsSchema,
});

/** Answer of both `…/options` routes. */
export type CeremonyOptionsResponse = z.infer<typeof ceremonyOptionsResponseSchema>;

/** The longest credential id WebAuthn lets a relying party accept (Level 3, §7.1: at most 1,023 bytes). */
export const MAX_CREDENTIAL_ID_BYTES = 1023;

/** A passkey's credential id: unpadded base64url of 1 to 1,023 bytes (at most 1,364 characters). */
export const credentialIdSchema = base64UrlSchema({ minBytes: 1, maxBytes: MAX_CREDENTIAL_ID_BYTES });

/**
 * A WebAuthn response as JSON (from `@simplewebauthn/browser`). Its structure is checked by the verifier;
 * here only its size and outer shape are capped.
 */
const webAuthnResponseSchema = z
  .looseObject({
    id: credentialIdSchema,
    rawId: credentialIdSchema,
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
  })
  .check(
    z.refine((value) => JSON.stringify(value).length <= 64 * 1024, 'is too large'),
    z.refine(
      (value) => !JSON.stringify(value.clientExtensionResults ?? {}).includes('"results"'),
      'carries PRF results: the PRF output must never leave the device; send only the derived public key',
    ),
  );

/** `POST /api/auth/register/verify`. */
export const registerVerifyRequestSchema = z.strictObject({
  challengeId: challengeIdSchema,
  response: webAuthnResponseSchema,
  passkeyName: z.optional(z.string().check(plainText(), z.trim(), z.minLength(1), z.maxLength(60))),
  /** The X25519 public key derived on the device from this passkey's PRF output; absent without PRF. */
  prfPublicKey: z.optional(x25519PublicKeySchema),
  /** The Ed25519 signing public key derived from the same PRF output (its own context); absent without PRF. */
  prfSigningKey: z.optional(signingPublicKeySchema),
});

/** `POST /api/auth/register/verify` body. */
export type RegisterVerifyRequest = z.input<typeof registerVerifyRequestSchema>;

/** `POST /api/auth/login/options`: nothing is needed; discoverable credentials find the account. */
export const loginOptionsRequestSchema = z.strictObject({});

/** `POST /api/auth/login/verify`. */
export const loginVerifyRequestSchema = z.strictObject({
  challengeId: challengeIdSchema,
  response: webAuthnResponseSchema,
  /**
   * The X25519 public key derived from the PRF output of the passkey used; recorded for that passkey when it has
   * none yet (or replaced, with an audit event, when it differs). Absent without PRF.
   */
  prfPublicKey: z.optional(x25519PublicKeySchema),
  /** The Ed25519 signing public key derived from the same PRF output; recorded (and audited) the same way. */
  prfSigningKey: z.optional(signingPublicKeySchema),
});

/** `POST /api/auth/login/verify` body. */
export type LoginVerifyRequest = z.input<typeof loginVerifyRequestSchema>;

/** `POST /api/auth/step-up/options`: nothing is needed; the session names the account. */
export const stepUpOptionsRequestSchema = z.strictObject({});

/** `POST /api/auth/step-up/verify`: a fresh assertion, with user verification, by one of the account's passkeys. */
export const stepUpVerifyRequestSchema = z.strictObject({
  challengeId: challengeIdSchema,
  response: webAuthnResponseSchema,
});

/** `POST /api/auth/step-up/verify` body. */
export type StepUpVerifyRequest = z.input<typeof stepUpVerifyRequestSchema>;

/**
 * `POST /api/auth/step-up/verify` answer: until when this session may add or remove a passkey or create an API
 * token (5 minutes from the assertion).
 */
export const stepUpResponseSchema = z.object({ steppedUpUntil: z.iso.datetime() });

/** `POST /api/auth/step-up/verify` answer. */
export type StepUpResponse = z.infer<typeof stepUpResponseSchema>;

/** Answer of both `…/verify` routes: the signed-in account. A session cookie is set with it. */
export const signedInResponseSchema = z.object({ user: publicUserSchema });

/** Answer of both `…/verify` routes. */
export type SignedInResponse = z.infer<typeof signedInResponseSchema>;
