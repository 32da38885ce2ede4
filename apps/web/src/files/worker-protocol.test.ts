import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/index.ts';
import { envelopeErrorCode, loadEnvelope } from '../crypto/envelope.ts';
import { FileError } from './file-error.ts';
import { receiveError, transferError } from './worker-protocol.ts';

/** Sends an error the way the worker does: through the structured clone of `postMessage`. */
async function acrossTheWorker(error: unknown): Promise<Error> {
  return receiveError(structuredClone(transferError(error)));
}

describe('errors from the file worker', () => {
  it('arrive as the same classes with the same codes the page switches on', async () => {
    const api = await acrossTheWorker(new ApiRequestError('rate_limited', 429, 'Slow down.', 30));
    expect(api).toBeInstanceOf(ApiRequestError);
    expect(api).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 30 });

    const file = await acrossTheWorker(new FileError('disk_full', 'No room.'));
    expect(file).toBeInstanceOf(FileError);
    expect(file).toMatchObject({ code: 'disk_full', sentence: 'No room.' });

    const envelope = await loadEnvelope();
    const decryption = await acrossTheWorker(new envelope.EnvelopeError('DECRYPTION_FAILED', 'x'));
    expect(envelopeErrorCode(decryption)).toBe('DECRYPTION_FAILED');
  });

  it('keep a cancel recognisable as an abort, and anything else as a plain error without its class', async () => {
    const abort = await acrossTheWorker(new DOMException('stopped', 'AbortError'));
    expect(abort).toBeInstanceOf(DOMException);
    expect(abort.name).toBe('AbortError');
    const other = await acrossTheWorker(new TypeError('failed to fetch a chunk'));
    expect(other.name).toBe('TypeError');
    expect(other).not.toBeInstanceOf(ApiRequestError);
    expect(envelopeErrorCode(other)).toBeUndefined();
  });
});
