import type { CDPSession, Page } from 'playwright-core';

/** A virtual authenticator attached to one page through the Chrome DevTools Protocol. */
export interface VirtualAuthenticator {
  id: string;
  cdp: CDPSession;
}

/**
 * Gives `page` a virtual platform authenticator (CDP `WebAuthn.addVirtualAuthenticator`): CTAP2, discoverable
 * credentials, user verification that always succeeds, and presence simulated without a prompt. Each person in
 * a test gets their own, so each holds only their own passkeys.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { id: authenticatorId, cdp };
}

/** Removes an authenticator and every passkey it holds (a lost device). */
export async function removeVirtualAuthenticator(authenticator: VirtualAuthenticator): Promise<void> {
  await authenticator.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: authenticator.id });
}

/** How many passkeys the authenticator holds. */
export async function passkeyCount(authenticator: VirtualAuthenticator): Promise<number> {
  const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', {
    authenticatorId: authenticator.id,
  });
  return credentials.length;
}
