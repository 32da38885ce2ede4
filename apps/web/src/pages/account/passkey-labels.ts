import type { Passkey } from '@hushlink/protocol';

/** "Synced" (a passkey manager copies it to the person's devices) or "This device only". */
export function passkeyKind(passkey: Passkey): string {
  return passkey.deviceType === 'multiDevice' ? 'Synced' : 'This device only';
}
