import { describe, expect, it } from 'vitest';
import { decryptPayload, encryptPayload, envelopeLength } from '../src/index.ts';
import { paddedLength } from '../src/lib/padding.ts';
import { parseStrictJson } from '../src/lib/strict-json.ts';
import { errorCode } from './helpers/expect-error.ts';
import { LINK_KEY } from './helpers/fixtures.ts';
import { forgeEnvelope, logicalData, padded } from './helpers/forge-envelope.ts';

/** A link envelope of `version` whose metadata JSON is `json` (and whose content is `content`), sealed correctly. */
async function withMetadata(json: string, version: 1 | 3, content = new Uint8Array()): Promise<Uint8Array> {
  const data = logicalData(json, content);
  return forgeEnvelope(
    LINK_KEY,
    [{ plaintext: padded(data, paddedLength(data.length)), tag: 'final' }],
    undefined,
    undefined,
    version,
  );
}

const FILE = '{"kind":"files","files":[{"name":"a","type":"","size":1}]}';

describe('metadata is I-JSON (every version)', () => {
  it.each([
    ['a duplicate key', '{"kind":"text","kind":"text"}'],
    [
      'a duplicate key in a file entry',
      '{"kind":"files","files":[{"name":"a","name":"b","type":"","size":1}]}',
    ],
    ['a lone high surrogate', FILE.replace('"a"', '"\\ud800"')],
    ['a lone low surrogate', FILE.replace('"a"', '"x\\udc00"')],
    ['a size written 1.0', FILE.replace('"size":1', '"size":1.0')],
    ['a size written 1e0', FILE.replace('"size":1', '"size":1e0')],
    ['a size written -0', FILE.replace('"size":1', '"size":-0')],
    ['nesting deeper than metadata ever is', `{"kind":"text","x":${'['.repeat(5000)}${']'.repeat(5000)}}`],
  ])('refuses %s with PAYLOAD_INVALID', async (_, json) => {
    for (const version of [1, 3] as const) {
      expect(
        await errorCode(async () =>
          decryptPayload(await withMetadata(json, version, new Uint8Array(1)), LINK_KEY),
        ),
      ).toBe('PAYLOAD_INVALID');
    }
  });

  it('still reads a v1 envelope whose JSON has whitespace or escapes our writer never used', async () => {
    const json = ' { "kind" : "files", "files" : [ { "size" : 1, "type" : "", "name" : "\\u0061" } ] } ';
    const payload = await decryptPayload(await withMetadata(json, 1, new Uint8Array([7])), LINK_KEY);
    expect(payload).toEqual({ kind: 'files', files: [{ name: 'a', type: '', bytes: new Uint8Array([7]) }] });
  });

  it('reads only the exact serialisation in version 3: no whitespace, key order, escapes as written', async () => {
    for (const json of [
      ' {"kind":"text"}',
      '{"kind": "text"}',
      FILE.replace('"name":"a","type":""', '"type":"","name":"a"'),
      FILE.replace('"a"', '"\\u0061"'),
      FILE.replace('"a"', '"\\/"'),
      FILE.replace('"a"', '"\\u000A"'),
    ]) {
      expect(
        await errorCode(async () => decryptPayload(await withMetadata(json, 3, new Uint8Array(1)), LINK_KEY)),
        json,
      ).toBe('PAYLOAD_INVALID');
    }
    const canonical = FILE.replace('"a"', '"\\"\\\\\\n\\u001f\\u007f é 🔑"'.replace('\\u007f', '\u007f'));
    const payload = await decryptPayload(await withMetadata(canonical, 3, new Uint8Array([9])), LINK_KEY);
    expect(payload.kind === 'files' && payload.files[0]?.name).toBe('"\\\n\u001f\u007f é 🔑');
  });

  it('is what the writer writes, and the writer refuses a name it could not write as I-JSON', async () => {
    const name = '"\\\n\u001f\u007f é 🔑';
    const files = [{ name, type: 'text/plain', bytes: new Uint8Array([1]) }];
    expect(await decryptPayload(await encryptPayload({ kind: 'files', files }, LINK_KEY), LINK_KEY)).toEqual({
      kind: 'files',
      files,
    });
    const lone = [{ name: 'a\ud800', type: '', bytes: new Uint8Array(1) }];
    expect(await errorCode(() => encryptPayload({ kind: 'files', files: lone }, LINK_KEY))).toBe(
      'PAYLOAD_INVALID',
    );
    expect(() =>
      envelopeLength(
        { kind: 'files', files: [{ name: 'a', type: '\udc00', size: 1 }] },
        { passphrase: false },
      ),
    ).toThrow();
  });

  it('parses what JSON.parse parses, refusing only what I-JSON refuses', () => {
    for (const json of [
      '{}',
      '[]',
      '"x"',
      '0',
      '-12',
      'true',
      'null',
      '{"a":[1,{"b":"\\ud83d\\udd11"}]}',
      ' [ 1 , 2 ] ',
    ]) {
      expect(parseStrictJson(json)).toEqual(JSON.parse(json));
    }
    for (const json of [
      '',
      '{',
      '{"a":1,}',
      '[1,]',
      '01',
      '"\\x"',
      '"a\nb"',
      '{"a":1}x',
      "{'a':1}",
      'NaN',
      '1.5',
      '2E3',
    ]) {
      expect(parseStrictJson(json), json).toBeUndefined();
    }
  });
});
