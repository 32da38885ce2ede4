import { expect } from 'vitest';
import type { EnvelopeErrorCode } from '../../src/index.ts';
import { EnvelopeError } from '../../src/index.ts';

/** Runs `action` and returns the code of the EnvelopeError it throws; fails the test on anything else. */
export async function errorCode(action: () => unknown): Promise<EnvelopeErrorCode> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(EnvelopeError);
    if (error instanceof EnvelopeError) return error.code;
  }
  throw new Error('expected an EnvelopeError, but nothing was thrown');
}
