import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standardSodium, sumoSodium } from '../src/lib/sodium.ts';
import type { PublishedVectors } from './vectors/check-published.ts';
import { checkPublished } from './vectors/check-published.ts';

function load(name: string) {
  return JSON.parse(readFileSync(new URL(`./vectors/published/${name}`, import.meta.url), 'utf8'));
}

const vectors: PublishedVectors = {
  wycheproof: load('wycheproof_xchacha20_poly1305_test.json'),
  draft: load('draft-irtf-cfrg-xchacha-03_vectors.json'),
  pynacl: load('pynacl_secretstream-test-vectors.json'),
};

const everyBuild = {
  wycheproofValid: 246,
  wycheproofInvalid: 69,
  draftAead: 1,
  secretstreamChunks: 9,
};

describe('published vectors', () => {
  it('pass on the standard build, which has no raw HChaCha20 or XChaCha20', async () => {
    const report = checkPublished(vectors, await standardSodium());
    expect(report.failures).toEqual([]);
    expect(report.checked).toEqual({ ...everyBuild, draftHChaCha20: 0, draftXChaCha20: 0 });
    expect(report.skipped).toEqual([
      'draft 2.2.1 HChaCha20',
      'draft A.3.2.1 XChaCha20',
      'draft A.3.2.2 XChaCha20',
    ]);
  });

  it('pass on the sumo build, which runs every vector', async () => {
    const report = checkPublished(vectors, await sumoSodium());
    expect(report.failures).toEqual([]);
    expect(report.checked).toEqual({ ...everyBuild, draftHChaCha20: 1, draftXChaCha20: 2 });
    expect(report.skipped).toEqual([]);
  });
});

describe('the published-vector checker', () => {
  it('reports a vector that does not hold, so a passing run means something', async () => {
    const sodium = await standardSodium();
    const altered: PublishedVectors = structuredClone(vectors);
    const [group] = altered.wycheproof.testGroups;
    const [first] = group?.tests ?? [];
    if (!first) throw new Error('no Wycheproof test to alter');
    first.msg = `00${first.msg.slice(2)}`;
    const [chunk] = altered.pynacl[0]?.chunks ?? [];
    if (!chunk) throw new Error('no PyNaCl chunk to alter');
    chunk.tag = 0;
    expect(checkPublished(altered, sodium).failures).toEqual([
      'wycheproof tcId 1: does not decrypt to msg',
      'wycheproof tcId 1: does not encrypt to ct||tag',
      'pynacl stream 0 chunk 0: pull',
      'pynacl stream 0 chunk 0: push',
    ]);
  });
});
