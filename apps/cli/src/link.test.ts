import { encodeLinkKey } from '@hushlink/envelope';
import { describe, expect, it } from 'vitest';
import { formatManageLink, formatSecretLink, parseRevokeTarget, parseSecretLink } from './link.ts';

const ID = 'AbCdEfGhIjKlMnOpQrStUv';
const KEY_BYTES = Uint8Array.from({ length: 32 }, (_, index) => index * 7);
const KEY = encodeLinkKey(KEY_BYTES);

describe('secret links', () => {
  it('formats ORIGIN/s/ID#KEY and parses it back', () => {
    const link = formatSecretLink('https://secrets.example.com', ID, KEY);
    expect(link).toBe(`https://secrets.example.com/s/${ID}#${KEY}`);
    expect(parseSecretLink(`  ${link}\n`)).toEqual({
      origin: 'https://secrets.example.com',
      id: ID,
      linkKey: KEY_BYTES,
    });
    expect(parseSecretLink(`http://localhost:8787/s/${ID}/#${KEY}`).origin).toBe('http://localhost:8787');
  });

  it('refuses a missing or damaged key as bad_link (exit 4)', () => {
    for (const fragment of [
      '',
      '#',
      `#${KEY.slice(1)}`,
      `#${KEY}x`,
      `#${KEY.slice(0, 42)}*`,
      `#${KEY.slice(0, 42)}B`,
    ]) {
      expect(() => parseSecretLink(`https://x.example/s/${ID}${fragment}`), fragment).toThrow(
        expect.objectContaining({
          code: 'bad_link',
          exitCode: 4,
          message: expect.stringContaining('incomplete'),
        }),
      );
    }
  });

  it('refuses a damaged id, a non-link and a manage link', () => {
    expect(() => parseSecretLink(`https://x.example/s/short#${KEY}`)).toThrow(
      expect.objectContaining({
        code: 'bad_link',
        message: expect.stringContaining('not a valid secret id'),
      }),
    );
    for (const text of ['hello', 'ftp://x.example/s/a#b', `https://x.example/other/${ID}#${KEY}`]) {
      expect(() => parseSecretLink(text), text).toThrow(expect.objectContaining({ code: 'bad_link' }));
    }
    expect(() => parseSecretLink(`https://x.example/m/${ID}#token`)).toThrow(
      expect.objectContaining({ code: 'usage' }),
    );
  });
});

describe('revoke targets', () => {
  it('reads manage links, secret links with or without a key, and bare ids', () => {
    expect(parseRevokeTarget(formatManageLink('https://x.example', ID, 'tok-en_1'))).toEqual({
      kind: 'manage',
      origin: 'https://x.example',
      id: ID,
      manageToken: 'tok-en_1',
    });
    expect(parseRevokeTarget(`https://x.example/s/${ID}#${KEY}`)).toEqual({
      kind: 'link',
      origin: 'https://x.example',
      id: ID,
    });
    expect(parseRevokeTarget(`https://x.example/s/${ID}`)).toEqual({
      kind: 'link',
      origin: 'https://x.example',
      id: ID,
    });
    expect(parseRevokeTarget(` ${ID} `)).toEqual({ kind: 'id', id: ID });
  });

  it('refuses a manage link without its token', () => {
    expect(() => parseRevokeTarget(`https://x.example/m/${ID}`)).toThrow(
      expect.objectContaining({
        code: 'bad_link',
        message: expect.stringContaining('manage link is incomplete'),
      }),
    );
  });
});
