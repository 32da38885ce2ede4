import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardSodium } from '../src/lib/sodium.ts';

// The encryptor draws the 24-byte stream header from its random seam and builds the push state with init_pull,
// relying on libsodium's init_push being randombytes_buf(header) followed by what init_pull does. This pins that
// equivalence on the build we ship.
describe('secretstream state from init_pull', () => {
  it('pushes exactly what the state from init_push pushes', async () => {
    const sodium = await standardSodium();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ message: fc.uint8Array({ maxLength: 200 }), tag: fc.constantFrom(0, 1, 2, 3) }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        fc.uint8Array({ maxLength: 20 }),
        async (chunks, ad) => {
          const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
          const pushed = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
          const pulled = sodium.crypto_secretstream_xchacha20poly1305_init_pull(pushed.header, key);
          for (const { message, tag } of chunks) {
            expect(sodium.crypto_secretstream_xchacha20poly1305_push(pulled, message, ad, tag)).toEqual(
              sodium.crypto_secretstream_xchacha20poly1305_push(pushed.state, message, ad, tag),
            );
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
