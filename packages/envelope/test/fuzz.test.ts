import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_BYTES, decryptPayload, EnvelopeError } from '../src/index.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { LINK_KEY, seal, text } from './helpers/fixtures.ts';

/** Seeded so that a failure is reproducible: rerun with FUZZ_SEED=<printed seed>. */
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** One random edit of a byte string. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 70_000 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(bytes: Uint8Array, change: Edit): Uint8Array {
  const at = bytes.length === 0 ? 0 : change.at % bytes.length;
  switch (change.kind) {
    case 'flip': {
      const copy = bytes.slice();
      copy[at] = (copy[at] ?? 0) ^ change.mask;
      return copy;
    }
    case 'insert':
      return concatBytes([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
    case 'delete':
      return concatBytes([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
    case 'truncate':
      return bytes.subarray(0, at);
  }
}

/** Decrypts and returns the outcome; anything thrown that is not an EnvelopeError fails the property. */
async function attempt(envelope: Uint8Array): Promise<'opened' | string> {
  try {
    await decryptPayload(envelope, LINK_KEY);
    return 'opened';
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
    return error.code;
  }
}

describe(`envelope fuzzing (seed ${seed})`, () => {
  let envelopes: Uint8Array[];
  beforeAll(async () => {
    envelopes = await Promise.all([
      seal(text('')),
      seal(text('postgres://app:s3cret@db/prod')),
      seal(text('x'.repeat(CHUNK_BYTES - 30))),
      seal(text('y'.repeat(2 * CHUNK_BYTES + 123))),
    ]);
  });

  it('never opens an envelope after random edits, and fails only with typed errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 4 }), async (which, edits) => {
        const original = envelopes[which % envelopes.length] ?? new Uint8Array();
        const mutated = edits.reduce(apply, original);
        // Edits can cancel out (a flip applied twice): only a changed envelope must fail.
        fc.pre(mutated.length !== original.length || mutated.some((byte, i) => byte !== original[i]));
        expect(await attempt(mutated)).not.toBe('opened');
      }),
      { seed, numRuns: 400 },
    );
  });

  it('never opens a splice of two different envelopes under the same key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.nat(), fc.nat(), async (a, b, cutA, cutB) => {
        const first = envelopes[a % envelopes.length] ?? new Uint8Array();
        const second = envelopes[b % envelopes.length] ?? new Uint8Array();
        fc.pre(first !== second);
        const spliced = concatBytes([
          first.subarray(0, cutA % (first.length + 1)),
          second.subarray(cutB % (second.length + 1)),
        ]);
        // Cutting at the very ends gives back one of the originals, which of course opens.
        const same = (other: Uint8Array) =>
          other.length === spliced.length && other.every((byte, i) => byte === spliced[i]);
        fc.pre(!same(first) && !same(second));
        expect(await attempt(spliced)).not.toBe('opened');
      }),
      { seed, numRuns: 300 },
    );
  });

  it('refuses random bytes with a typed error, whatever their length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        expect(await attempt(bytes)).not.toBe('opened');
      }),
      { seed, numRuns: 300 },
    );
  });
});
