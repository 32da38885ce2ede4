import { describe, expect, it } from 'vitest';
import { decryptPayload, encryptPayload, inspectEnvelope } from '../src/index.ts';
import { errorCode } from './helpers/expect-error.ts';
import { LINK_KEY, OTHER_LINK_KEY, seal, text } from './helpers/fixtures.ts';
import { rawOpen } from './helpers/raw-open.ts';

describe('passphrase', () => {
  it('round-trips through the public API with the default Argon2id costs', async () => {
    const envelope = await encryptPayload(text('behind two locks'), LINK_KEY, {
      passphrase: 'correct horse',
    });
    expect(inspectEnvelope(envelope)).toEqual({
      version: 3,
      passphrase: true,
      sealed: false,
      recipients: 0,
      signed: false,
    });
    const costs = new DataView(envelope.buffer, envelope.byteOffset);
    expect([costs.getUint32(22), costs.getUint32(26)]).toEqual([7, 64 * 1024 * 1024]);
    expect(await decryptPayload(envelope, LINK_KEY, { passphrase: 'correct horse' })).toEqual(
      text('behind two locks'),
    );
  });

  it('needs both the link key and the passphrase', async () => {
    const envelope = await seal(text('s'), { passphrase: 'correct horse' });
    expect(await decryptPayload(envelope, LINK_KEY, { passphrase: 'correct horse' })).toEqual(text('s'));
    expect(await errorCode(() => decryptPayload(envelope, LINK_KEY, { passphrase: 'correct hors' }))).toBe(
      'DECRYPTION_FAILED',
    );
    expect(
      await errorCode(() => decryptPayload(envelope, OTHER_LINK_KEY, { passphrase: 'correct horse' })),
    ).toBe('DECRYPTION_FAILED');
    // The link key alone (the no-passphrase content key) is not the key the header commits to.
    await expect(rawOpen(envelope, LINK_KEY)).rejects.toThrow('commitment differs');
  });

  it('asks for a missing passphrase before any crypto', async () => {
    const envelope = await seal(text('s'), { passphrase: 'pw' });
    expect(await errorCode(() => decryptPayload(envelope, LINK_KEY))).toBe('PASSPHRASE_REQUIRED');
    expect(await errorCode(() => decryptPayload(envelope, LINK_KEY, { passphrase: '' }))).toBe(
      'PASSPHRASE_REQUIRED',
    );
  });

  it('treats canonically equivalent passphrases as the same (NFC)', async () => {
    const envelope = await seal(text('s'), { passphrase: 'caf\u00e9' });
    expect(await decryptPayload(envelope, LINK_KEY, { passphrase: 'cafe\u0301' })).toEqual(text('s'));
  });

  it('ignores a passphrase given for an envelope made without one', async () => {
    const envelope = await seal(text('s'));
    expect(await decryptPayload(envelope, LINK_KEY, { passphrase: 'unused' })).toEqual(text('s'));
  });

  it('refuses an empty passphrase when encrypting', async () => {
    expect(await errorCode(() => encryptPayload(text('s'), LINK_KEY, { passphrase: '' }))).toBe(
      'KEY_INVALID',
    );
  });
});
