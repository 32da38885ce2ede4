import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../api/api-request-error.ts';

// The ceremony's three outside calls are replaced: the server's two answers and the browser's prompt.
const calls = vi.hoisted(() => ({
  options: vi.fn(),
  verify: vi.fn(),
  prompt: vi.fn(),
}));
vi.mock('../api/auth.ts', () => ({ stepUpOptions: calls.options, verifyStepUp: calls.verify }));
vi.mock('@simplewebauthn/browser', () => ({ startAuthentication: calls.prompt }));

const { ensureSteppedUp, withStepUp } = await import('./step-up.ts');
const { StepUpError } = await import('./step-up-error.ts');

const ASSERTION = {
  id: 'cred',
  rawId: 'cred',
  type: 'public-key',
  response: {},
  clientExtensionResults: {},
};
const refused = () => new ApiRequestError('step_up_required', 403, 'Confirm with your passkey first.');

beforeEach(() => {
  vi.clearAllMocks();
  calls.options.mockResolvedValue({ challengeId: 'c'.repeat(22), options: { challenge: 'x' } });
  calls.prompt.mockResolvedValue(ASSERTION);
  calls.verify.mockResolvedValue({ steppedUpUntil: new Date(Date.now() - 1000).toISOString() });
});

describe('withStepUp', () => {
  it('runs the action alone when the server lets it through', async () => {
    const onPrompt = vi.fn();
    expect(await withStepUp(async () => 'done', onPrompt)).toBe('done');
    expect(onPrompt).not.toHaveBeenCalled();
    expect(calls.prompt).not.toHaveBeenCalled();
  });

  it('on step_up_required says so, makes one step-up and runs the action once more', async () => {
    const action = vi.fn().mockRejectedValueOnce(refused()).mockResolvedValueOnce('created');
    const onPrompt = vi.fn();
    expect(await withStepUp(action, onPrompt)).toBe('created');
    expect(onPrompt).toHaveBeenCalledOnce();
    expect(calls.prompt).toHaveBeenCalledOnce();
    expect(calls.verify).toHaveBeenCalledWith({
      challengeId: 'c'.repeat(22),
      response: ASSERTION,
    });
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('retries once only: a second refusal is thrown as it is', async () => {
    const action = vi.fn().mockRejectedValue(refused());
    await expect(withStepUp(action, () => {})).rejects.toMatchObject({ code: 'step_up_required' });
    expect(action).toHaveBeenCalledTimes(2);
    expect(calls.prompt).toHaveBeenCalledOnce();
  });

  it('a closed prompt is step_up_cancelled, nothing is verified and the action is not run again', async () => {
    calls.prompt.mockRejectedValue(Object.assign(new Error('closed'), { name: 'NotAllowedError' }));
    const action = vi.fn().mockRejectedValue(refused());
    const failure = await withStepUp(action, () => {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StepUpError);
    expect((failure as InstanceType<typeof StepUpError>).code).toBe('step_up_cancelled');
    expect(calls.verify).not.toHaveBeenCalled();
    expect(action).toHaveBeenCalledOnce();
  });

  it('a browser that cannot use a passkey is step_up_unavailable', async () => {
    calls.prompt.mockRejectedValue(Object.assign(new Error('no'), { name: 'NotSupportedError' }));
    await expect(
      withStepUp(
        () => Promise.reject(refused()),
        () => {},
      ),
    ).rejects.toMatchObject({
      code: 'step_up_unavailable',
    });
  });

  it('leaves every other failure alone', async () => {
    const gone = new ApiRequestError('sign_in_required', 401, 'Sign in.');
    await expect(
      withStepUp(
        () => Promise.reject(gone),
        () => {},
      ),
    ).rejects.toBe(gone);
    expect(calls.options).not.toHaveBeenCalled();
  });
});

describe('ensureSteppedUp', () => {
  it('skips the prompt while this page’s step-up has the margin left, and asks again after', async () => {
    calls.verify.mockResolvedValue({ steppedUpUntil: new Date(Date.now() + 5 * 60_000).toISOString() });
    const onPrompt = vi.fn();
    await ensureSteppedUp(onPrompt, 2 * 60_000);
    expect(onPrompt).toHaveBeenCalledOnce();
    await ensureSteppedUp(onPrompt, 2 * 60_000);
    expect(onPrompt).toHaveBeenCalledOnce();
    // Less than the margin left: a registration that started now could outlive it.
    await ensureSteppedUp(onPrompt, 6 * 60_000);
    expect(onPrompt).toHaveBeenCalledTimes(2);
    expect(calls.prompt).toHaveBeenCalledTimes(2);
  });
});
