import { isoCBOR } from '@simplewebauthn/server/helpers';
import { b64url, randomBytes } from './api-client.ts';

/**
 * A software passkey authenticator for tests in the Workers runtime: it makes real P-256 credentials and
 * real signatures over real authenticator data, exactly as WebAuthn specifies, so the server's verification
 * runs unchanged. Only attestation is `none`, as the server asks.
 */
export class SoftAuthenticator {
  private readonly credentials = new Map<
    string,
    { keys: CryptoKeyPair; counter: number; userHandle: string; prfPublicKey: string }
  >();

  constructor(
    readonly origin: string,
    readonly rpId: string,
    /** When false, sign-ins report a counter of 0 forever, like many synced passkeys. */
    private readonly countSignatures = true,
  ) {}

  /** The ids (base64url) of the credentials this authenticator made, oldest first. */
  credentialIds(): IterableIterator<string> {
    return this.credentials.keys();
  }

  /**
   * The X25519 public key a page would derive from this credential's PRF output: fixed per credential, as PRF
   * outputs are for a fixed salt. Random bytes stand in for the derivation, which the server never sees.
   */
  prfPublicKey(id = [...this.credentials.keys()][0] ?? ''): string {
    const credential = this.credentials.get(id);
    if (!credential) throw new Error('no such credential');
    return credential.prfPublicKey;
  }

  /**
   * Answers `navigator.credentials.create()` for the server's registration options. `clientExtensionResults`
   * replaces the empty extension results (a test can make a page that leaks PRF results); the other flags make a
   * response that is signed and well formed except for one property (see `CreateFlags`).
   */
  async create(options: Record<string, unknown>, flags: CreateFlags = {}) {
    const challenge = options.challenge as string;
    const user = options.user as { id: string };
    const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const jwk = (await crypto.subtle.exportKey('jwk', keys.publicKey)) as JsonWebKey;
    const credentialId = randomBytes(flags.credentialIdLength ?? 16);
    const id = b64url(credentialId);
    this.credentials.set(id, {
      keys,
      counter: 0,
      userHandle: user.id,
      prfPublicKey: b64url(randomBytes(32)),
    });
    const cose = new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, fromB64url(jwk.x ?? '')],
      [-3, fromB64url(jwk.y ?? '')],
    ]);
    const authData = concat(
      await sha256(new TextEncoder().encode(this.rpId)),
      new Uint8Array([0x01 | (flags.uv === false ? 0 : 0x04) | 0x40]),
      new Uint8Array(4),
      new Uint8Array(16),
      new Uint8Array([credentialId.length >>> 8, credentialId.length & 255]),
      credentialId,
      isoCBOR.encode(cose),
    );
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]) as never,
    );
    return {
      id: flags.id ?? id,
      rawId: flags.rawId ?? flags.id ?? id,
      type: 'public-key',
      response: {
        clientDataJSON: this.clientData('webauthn.create', challenge, this.origin, flags.clientData),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
      clientExtensionResults: flags.clientExtensionResults ?? {},
      authenticatorAttachment: 'platform',
    };
  }

  /**
   * Answers `navigator.credentials.get()` with the credential `id` (the first one when omitted);
   * `clientExtensionResults` replaces the empty extension results; the other overrides make a response that is
   * signed and well formed except for one property (see `GetOverrides`).
   */
  async get(
    options: Record<string, unknown>,
    id = [...this.credentials.keys()][0] ?? '',
    overrides: GetOverrides = {},
  ) {
    const credential = this.credentials.get(id);
    if (!credential) throw new Error('no such credential');
    if (this.countSignatures) credential.counter += 1;
    const counter = overrides.counter ?? (this.countSignatures ? credential.counter : 0);
    const authData = concat(
      await sha256(new TextEncoder().encode(this.rpId)),
      new Uint8Array([0x01 | 0x04]),
      new Uint8Array([(counter >>> 24) & 255, (counter >>> 16) & 255, (counter >>> 8) & 255, counter & 255]),
    );
    const clientDataJSON = this.clientData(
      'webauthn.get',
      options.challenge as string,
      overrides.origin,
      overrides.clientData,
    );
    const signed = concat(authData, await sha256(fromB64url(clientDataJSON)));
    const raw = new Uint8Array(
      await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, credential.keys.privateKey, signed),
    );
    // `null` leaves the user handle out, as an authenticator does that stores none (a non-discoverable one).
    const userHandle = overrides.userHandle === undefined ? credential.userHandle : overrides.userHandle;
    return {
      id: overrides.id ?? id,
      rawId: overrides.rawId ?? overrides.id ?? id,
      type: 'public-key',
      response: {
        clientDataJSON,
        authenticatorData: b64url(authData),
        signature: b64url(rawToDer(raw)),
        ...(userHandle === null ? {} : { userHandle }),
      },
      clientExtensionResults: overrides.clientExtensionResults ?? {},
      authenticatorAttachment: 'platform',
    };
  }

  /** The client data a browser collects, with `extra` fields added or replaced (`undefined` leaves one out). */
  private clientData(
    type: string,
    challenge: string,
    origin = this.origin,
    extra: Record<string, unknown> = {},
  ): string {
    const fields = { type, challenge, origin, crossOrigin: false, ...extra };
    return b64url(new TextEncoder().encode(JSON.stringify(fields)));
  }
}

/** How `create` departs from a well-behaved authenticator in a browser; each property alone. */
export interface CreateFlags {
  /** False: the authenticator reports no user verification. */
  uv?: boolean;
  clientExtensionResults?: Record<string, unknown>;
  /** Fields added to (or replacing) the signed client data: `{ crossOrigin: true }`, `{ topOrigin: '…' }`. */
  clientData?: Record<string, unknown>;
  /** Bytes of the new credential id (16 by default; WebAuthn allows at most 1,023). */
  credentialIdLength?: number;
  /** The `id` the response reports instead of the credential's (and `rawId` too unless given). */
  id?: string;
  /** The `rawId` the response reports instead of its `id`. */
  rawId?: string;
}

/** How `get` departs from a well-behaved authenticator in a browser; each property alone. */
export interface GetOverrides {
  /** The signature counter to report instead of the next one. */
  counter?: number;
  /** The origin in the client data instead of the authenticator's. */
  origin?: string;
  clientExtensionResults?: Record<string, unknown>;
  /** Fields added to (or replacing) the signed client data: `{ crossOrigin: true }`, `{ topOrigin: '…' }`. */
  clientData?: Record<string, unknown>;
  /** The user handle to report instead of the credential's; `null` leaves it out. */
  userHandle?: string | null;
  /** The `id` the response reports instead of the credential's (and `rawId` too unless given). */
  id?: string;
  /** The `rawId` the response reports instead of its `id`. */
  rawId?: string;
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function fromB64url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** WebCrypto signs ECDSA as r||s; WebAuthn wants an ASN.1 DER SEQUENCE of two INTEGERs. */
function rawToDer(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    let body: Uint8Array = bytes.slice(start);
    if ((body[0] ?? 0) & 0x80) body = concat(new Uint8Array([0]), body);
    return concat(new Uint8Array([0x02, body.length]), body);
  };
  const r = integer(raw.slice(0, 32));
  const s = integer(raw.slice(32));
  return concat(new Uint8Array([0x30, r.length + s.length]), r, s);
}
