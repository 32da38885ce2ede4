import { describe, expect, it } from 'vitest';
import { decryptPayload, inspectEnvelope } from '../src/index.ts';
import { errorCode } from './helpers/expect-error.ts';
import { LINK_KEY, seal, text } from './helpers/fixtures.ts';

const MiB = 1024 * 1024;

/** A copy of `envelope` with the u32 at `offset` replaced. */
function withU32(envelope: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = envelope.slice();
  new DataView(copy.buffer).setUint32(offset, value);
  return copy;
}

describe('header', () => {
  it('starts with HLNK, version 3 and the flags, and inspectEnvelope reads them', async () => {
    const plain = await seal(text('a'));
    expect(Array.from(plain.subarray(0, 6))).toEqual([0x48, 0x4c, 0x4e, 0x4b, 3, 0]);
    const info = { version: 3, passphrase: false, sealed: false, recipients: 0, signed: false };
    expect(inspectEnvelope(plain)).toEqual(info);
    const locked = await seal(text('a'), { passphrase: 'pw' });
    expect(locked[5]).toBe(1);
    expect(inspectEnvelope(locked)).toEqual({ ...info, passphrase: true });
    const v1 = await seal(text('a'), {}, { version: 1 });
    expect(Array.from(v1.subarray(0, 6))).toEqual([0x48, 0x4c, 0x4e, 0x4b, 1, 0]);
    expect(inspectEnvelope(v1)).toEqual({ ...info, version: 1 });
  });

  it('rejects a wrong magic, unknown flags or a sealed version with ENVELOPE_INVALID, other versions with UNSUPPORTED_VERSION', async () => {
    const plain = await seal(text('a'));
    const cases: [number, number, string][] = [
      [0, 0x58, 'ENVELOPE_INVALID'],
      // Version 2 is sealed: a link key cannot open it, and a v3 body read as v2 has no valid recipients block.
      [4, 2, 'ENVELOPE_INVALID'],
      [4, 4, 'UNSUPPORTED_VERSION'],
      [4, 0, 'UNSUPPORTED_VERSION'],
      // Sealed, or signed without sealed, or a bit no version defines.
      [5, 0x02, 'ENVELOPE_INVALID'],
      [5, 0x04, 'ENVELOPE_INVALID'],
      [5, 0x08, 'ENVELOPE_INVALID'],
      [5, 0x80, 'ENVELOPE_INVALID'],
    ];
    for (const [offset, value, code] of cases) {
      const bad = plain.slice();
      bad[offset] = value;
      expect(await errorCode(() => inspectEnvelope(bad))).toBe(code);
      expect(await errorCode(() => decryptPayload(bad, LINK_KEY))).toBe(code);
    }
  });

  it('rejects an envelope shorter than its header with ENVELOPE_INVALID', async () => {
    const plain = await seal(text('a'));
    const locked = await seal(text('a'), { passphrase: 'pw' });
    for (const short of [
      plain.subarray(0, 0),
      plain.subarray(0, 5),
      plain.subarray(0, 61),
      locked.subarray(0, 85),
    ]) {
      expect(await errorCode(() => inspectEnvelope(short))).toBe('ENVELOPE_INVALID');
      expect(await errorCode(() => decryptPayload(short, LINK_KEY, { passphrase: 'pw' }))).toBe(
        'ENVELOPE_INVALID',
      );
    }
  });

  it('caps Argon2id costs before any crypto: ops 1..10, memory 8..256 MiB in whole KiB', async () => {
    const locked = await seal(text('a'), { passphrase: 'pw' });
    const bad = [
      withU32(locked, 22, 0),
      withU32(locked, 22, 11),
      withU32(locked, 22, 0xffffffff),
      withU32(locked, 26, 8 * MiB - 1024),
      withU32(locked, 26, 256 * MiB + 1024),
      withU32(locked, 26, 8 * MiB + 1),
      withU32(locked, 26, 0xffffffff),
    ];
    for (const envelope of bad) {
      expect(await errorCode(() => inspectEnvelope(envelope))).toBe('ENVELOPE_INVALID');
      // Even without a passphrase: structure is judged before asking for one.
      expect(await errorCode(() => decryptPayload(envelope, LINK_KEY))).toBe('ENVELOPE_INVALID');
      expect(await errorCode(() => decryptPayload(envelope, LINK_KEY, { passphrase: 'pw' }))).toBe(
        'ENVELOPE_INVALID',
      );
    }
    const atCaps = withU32(withU32(locked, 22, 10), 26, 256 * MiB);
    expect(inspectEnvelope(atCaps)).toMatchObject({ version: 3, passphrase: true, sealed: false });
  });
});
