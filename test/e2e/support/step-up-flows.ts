import type { Page } from 'playwright-core';
import type { RecordedRequest } from './request-recorder.ts';
import { setAnswering, type VirtualAuthenticator } from './virtual-authenticator.ts';

/** The step-up ceremonies a person completed: their `POST /api/auth/step-up/verify` requests. */
export function stepUps(requests: readonly RecordedRequest[]): number {
  return requests.filter(
    (request) => request.method === 'POST' && new URL(request.url).pathname === '/api/auth/step-up/verify',
  ).length;
}

/** Which authenticators answer each prompt of adding a passkey. */
export interface AddPasskeyPrompts {
  /**
   * Every authenticator that holds a passkey of the account: they all answer the step-up ("confirm it's you"),
   * and any one's assertion will do. (One left silent while its passkey is in the step-up's allow list kept
   * Chromium's virtual platform authenticator from answering the next prompt at all.)
   */
  confirming: readonly VirtualAuthenticator[];
  /** The new device: it alone creates the new passkey, and afterwards alone answers. */
  creating: VirtualAuthenticator;
}

/**
 * Adding a passkey prompts twice, and with several authenticators on a page the test picks which ones answer each
 * prompt, as a person picks the device. The switch is made while the page asks the server for that ceremony's
 * options (`page.route` holds the request until the switch is done), so it always happens before the prompt it
 * is for, never racing it. Returns a function that stops switching.
 */
export async function answerAddPasskeyPrompts(
  page: Page,
  { confirming, creating }: AddPasskeyPrompts,
): Promise<() => Promise<void>> {
  const switches = [
    { pattern: '**/api/auth/step-up/options', on: [...confirming], off: [creating] },
    { pattern: '**/api/auth/register/options', on: [creating], off: [...confirming] },
  ];
  for (const { pattern, on, off } of switches) {
    await page.route(pattern, async (route) => {
      for (const authenticator of off) await setAnswering(authenticator, false);
      for (const authenticator of on) await setAnswering(authenticator, true);
      await route.continue();
    });
  }
  return async () => {
    for (const { pattern } of switches) await page.unroute(pattern);
  };
}
