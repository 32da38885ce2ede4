import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDecryptor,
  createEncryptor,
  decryptPayload,
  EnvelopeError,
  encryptPayload,
  envelopeLength,
  generateLinkKey,
} from '../src/index.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('files payloads', () => {
  it('round-trips several files with their names, types and bytes', async () => {
    const key = await generateLinkKey();
    const files = [
      { name: '.env', type: 'text/plain', bytes: bytesOf('DB_PASSWORD=hunter2\n') },
      { name: 'empty.bin', type: '', bytes: new Uint8Array(0) },
      { name: 'id_ed25519', type: 'application/octet-stream', bytes: new Uint8Array(70_000).fill(7) },
    ];
    const envelope = await encryptPayload({ kind: 'files', files }, key);
    const payload = await decryptPayload(envelope, key);
    expect(payload).toEqual({ kind: 'files', files });
  });

  it('streams files across chunk boundaries and reports the metadata before the content', async () => {
    const key = await generateLinkKey();
    const first = new Uint8Array(100_000).map((_, i) => i % 251);
    const second = new Uint8Array(65_536).fill(9);
    const metadata = {
      kind: 'files' as const,
      files: [
        { name: 'a.bin', type: 'application/octet-stream', size: first.length },
        { name: 'b.bin', type: '', size: second.length },
      ],
    };
    const encryptor = await createEncryptor(metadata, key);
    const envelope = concatBytes([
      ...encryptor.push(first.subarray(0, 12_345)),
      ...encryptor.push(first.subarray(12_345)),
      ...encryptor.push(second),
      ...encryptor.finish(),
    ]);
    expect(envelope.length).toBe(envelopeLength(metadata, { passphrase: false }));
    const decryptor = await createDecryptor(key);
    const out = [...(await decryptor.push(envelope.subarray(0, 70_000)))];
    expect(decryptor.metadata).toEqual(metadata);
    out.push(...(await decryptor.push(envelope.subarray(70_000))), ...(await decryptor.finish()));
    expect(concatBytes(out)).toEqual(concatBytes([first, second]));
  });

  it('predicts the envelope length exactly for any content length, with and without a passphrase', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 300_000 }), fc.boolean(), async (size, text) => {
        const key = await generateLinkKey();
        const metadata = text
          ? { kind: 'text' as const }
          : { kind: 'files' as const, files: [{ name: 'x', type: 'text/plain', size }] };
        const encryptor = await createEncryptor(metadata, key);
        let length = 0;
        for (const piece of encryptor.push(new Uint8Array(size))) length += piece.length;
        for (const piece of encryptor.finish()) length += piece.length;
        expect(length).toBe(envelopeLength(metadata, { passphrase: false, contentLength: size }));
      }),
      { numRuns: 25 },
    );
    const key = await generateLinkKey();
    const envelope = await encryptPayload({ kind: 'text', text: 'pw' }, key, { passphrase: 'p' });
    expect(envelope.length).toBe(envelopeLength({ kind: 'text' }, { passphrase: true, contentLength: 2 }));
  });

  it('refuses to finish when the content pushed does not match the listed sizes', async () => {
    const key = await generateLinkKey();
    const encryptor = await createEncryptor(
      { kind: 'files', files: [{ name: 'a', type: '', size: 10 }] },
      key,
    );
    encryptor.push(new Uint8Array(9));
    expect(() => encryptor.finish()).toThrow(expect.objectContaining({ code: 'PAYLOAD_INVALID' }));
  });

  it.each([
    ['no files', { kind: 'files', files: [] }],
    ['an empty name', { kind: 'files', files: [{ name: '', type: '', size: 1 }] }],
    ['a negative size', { kind: 'files', files: [{ name: 'a', type: '', size: -1 }] }],
    ['a fractional size', { kind: 'files', files: [{ name: 'a', type: '', size: 1.5 }] }],
    ['an unknown field', { kind: 'files', files: [{ name: 'a', type: '', size: 1, path: '/etc' }] }],
    ['a long name', { kind: 'files', files: [{ name: 'a'.repeat(256), type: '', size: 1 }] }],
    ['an extra top-level field', { kind: 'files', files: [{ name: 'a', type: '', size: 1 }], more: 1 }],
  ])('refuses metadata with %s', async (_label, metadata) => {
    const key = await generateLinkKey();
    // @ts-expect-error: deliberately malformed metadata
    await expect(createEncryptor(metadata, key)).rejects.toSatisfy(
      (error: unknown) => error instanceof EnvelopeError && error.code === 'PAYLOAD_INVALID',
    );
  });
});
