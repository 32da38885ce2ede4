import { describe, expect, it } from 'vitest';
import { guessMediaType } from './media-type.ts';

describe('guessMediaType', () => {
  it('guesses from the extension, whatever its case, and falls back to octet-stream', () => {
    expect(guessMediaType('server.PEM')).toBe('application/x-pem-file');
    expect(guessMediaType('backup.tar.gz')).toBe('application/gzip');
    expect(guessMediaType('notes.txt')).toBe('text/plain');
    expect(guessMediaType('id_ed25519')).toBe('application/octet-stream');
    expect(guessMediaType('stdin')).toBe('application/octet-stream');
  });
});
