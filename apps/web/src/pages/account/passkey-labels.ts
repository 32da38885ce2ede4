import type { Passkey } from '@hushlink/protocol';
import { t } from './account-text.ts';

/** "Synced" (a passkey manager copies it to the person's devices) or "This device only". */
export function passkeyKind(passkey: Passkey): string {
  return passkey.deviceType === 'multiDevice' ? t('synced') : t('deviceOnly');
}
