import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SECURITY_HEADERS } from '@hushlink/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedVectors } from '../../packages/envelope/test/vectors/check-published.ts';
import type { EnvelopeVectorFile } from '../../packages/envelope/test/vectors/envelope-vectors.ts';
import { launchBrowser } from './support/browser.ts';
import { inPageChecksScript } from './support/in-page-bundle.ts';
import './support/in-page/checks-api.ts';

const vectorsDir = new URL('../../packages/envelope/test/vectors/', import.meta.url);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, vectorsDir), 'utf8')) as T;
}

const published: PublishedVectors = {
  wycheproof: readJson('published/wycheproof_xchacha20_poly1305_test.json'),
  draft: readJson('published/draft-irtf-cfrg-xchacha-03_vectors.json'),
  pynacl: readJson('published/pynacl_secretstream-test-vectors.json'),
};
const envelopeFile = readJson<EnvelopeVectorFile>('envelope-v1.json');

/** Case counts of the published files (their README), run by every build. */
const EVERY_BUILD = { wycheproofValid: 246, wycheproofInvalid: 69, draftAead: 1, secretstreamChunks: 9 };

let browser: Browser;
let page: Page;

/**
 * A made-up HTTPS origin served by the test itself (no network): a secure context, as the app's pages are (Web
 * Crypto needs one), under the app's own CSP, so libsodium's WebAssembly must compile with 'wasm-unsafe-eval'.
 */
const CHECKS_ORIGIN = 'https://checks.hushlink.test';

beforeAll(async () => {
  const script = await inPageChecksScript();
  // The app's headers carry an Integrity-Policy that blocks any script without integrity metadata, so the page pins
  // its one script by hash, fetched in CORS mode (a no-cors script counts as unpinned), as the app's own pages do.
  const integrity = `sha256-${createHash('sha256').update(script).digest('base64')}`;
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.route(`${CHECKS_ORIGIN}/**`, (route) => {
    const isScript = new URL(route.request().url()).pathname === '/checks.js';
    return route.fulfill({
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': isScript ? 'text/javascript' : 'text/html' },
      body: isScript
        ? script
        : `<!doctype html><title>checks</title><script src="/checks.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    });
  });
  await page.goto(`${CHECKS_ORIGIN}/`);
  await page.waitForFunction(() => typeof window.hushlinkChecks === 'object');
});
afterAll(async () => {
  await browser?.close();
});

describe('crypto in Chromium', () => {
  it('passes the published libsodium vectors on the standard and the sumo build', async () => {
    const report = await page.evaluate((vectors) => window.hushlinkChecks.published(vectors), published);
    expect(report.standard.failures).toEqual([]);
    expect(report.standard.checked).toEqual({ ...EVERY_BUILD, draftHChaCha20: 0, draftXChaCha20: 0 });
    expect(report.standard.skipped).toEqual([
      'draft 2.2.1 HChaCha20',
      'draft A.3.2.1 XChaCha20',
      'draft A.3.2.2 XChaCha20',
    ]);
    expect(report.sumo.failures).toEqual([]);
    expect(report.sumo.checked).toEqual({ ...EVERY_BUILD, draftHChaCha20: 1, draftXChaCha20: 2 });
    expect(report.sumo.skipped).toEqual([]);
  });

  it('reports an altered vector, so that a passing run means something', async () => {
    const altered: PublishedVectors = structuredClone(published);
    const first = altered.wycheproof.testGroups[0]?.tests[0];
    if (!first) throw new Error('no Wycheproof case');
    first.ct = `${first.ct.startsWith('00') ? 'ff' : '00'}${first.ct.slice(2)}`;
    const report = await page.evaluate((vectors) => window.hushlinkChecks.published(vectors), altered);
    expect(report.standard.failures).toEqual([
      `wycheproof tcId ${first.tcId}: does not decrypt to msg`,
      `wycheproof tcId ${first.tcId}: does not encrypt to ct||tag`,
    ]);
  });

  it("decrypts Hushlink's own envelope vectors and refuses the damaged ones with the expected codes", async () => {
    const report = await page.evaluate((file) => window.hushlinkChecks.envelopeVectors(file), envelopeFile);
    expect(report.failures).toEqual([]);
    expect(report.valid).toBe(envelopeFile.valid.length);
    expect(report.invalid).toBe(envelopeFile.invalid.length);
    expect(report.valid).toBeGreaterThanOrEqual(6);
    expect(report.invalid).toBeGreaterThanOrEqual(18);
  });

  it('round-trips an envelope through the public API, with and without a passphrase', async () => {
    const text = 'pässwörd 🔑 <b>not markup</b>\n\tand a tab';
    const report = await page.evaluate(
      ([plain, passphrase]) => window.hushlinkChecks.roundTrip(plain, passphrase),
      [text, 'correct horse battery staple'] as const,
    );
    expect(report).toEqual({
      plainText: text,
      passphraseText: text,
      wrongPassphrase: 'DECRYPTION_FAILED',
      missingPassphrase: 'PASSPHRASE_REQUIRED',
      wrongKey: 'DECRYPTION_FAILED',
      claimsEqual: true,
      claimHashBytes: 32,
      linkKeyLength: 43,
    });
  });
});
