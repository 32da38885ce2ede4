import type { CDPSession, Page } from 'playwright-core';

/** A virtual authenticator attached to one page through the Chrome DevTools Protocol. */
export interface VirtualAuthenticator {
  id: string;
  cdp: CDPSession;
}

/** What a virtual authenticator supports beyond the defaults. */
export interface VirtualAuthenticatorOptions {
  /** The WebAuthn PRF extension (CTAP2 hmac-secret): its passkeys can receive sealed secrets. */
  prf?: boolean;
  /**
   * `usb` for a security key: Chromium allows one `internal` (platform) authenticator per page, so a second or
   * third device of the same person is a USB one.
   */
  transport?: 'internal' | 'usb';
}

/**
 * Gives `page` a virtual platform authenticator (CDP `WebAuthn.addVirtualAuthenticator`): CTAP2, discoverable
 * credentials, user verification that always succeeds, and presence simulated without a prompt. Each person in
 * a test gets their own, so each holds only their own passkeys.
 */
export async function addVirtualAuthenticator(
  page: Page,
  options: VirtualAuthenticatorOptions = {},
): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: options.transport ?? 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      ...(options.prf ? { hasPrf: true } : {}),
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

/** The credential ids (base64url) of the passkeys the authenticator holds. */
export async function credentialIds(authenticator: VirtualAuthenticator): Promise<string[]> {
  const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', {
    authenticatorId: authenticator.id,
  });
  return credentials.map((credential) =>
    Buffer.from(credential.credentialId, 'base64').toString('base64url'),
  );
}

/**
 * Makes the authenticator answer prompts by itself (the default) or not at all, so that, with two authenticators
 * on one page, the test decides which passkey a username-less prompt gets.
 */
export async function setAnswering(authenticator: VirtualAuthenticator, answering: boolean): Promise<void> {
  await authenticator.cdp.send('WebAuthn.setAutomaticPresenceSimulation', {
    authenticatorId: authenticator.id,
    enabled: answering,
  });
}

/**
 * Copies every passkey `from` holds onto `to` (private keys included), as a password manager syncs a passkey to
 * another device: the same person can then sign in from a second browser context.
 */
export async function copyPasskeys(from: VirtualAuthenticator, to: VirtualAuthenticator): Promise<void> {
  const { credentials } = await from.cdp.send('WebAuthn.getCredentials', { authenticatorId: from.id });
  for (const credential of credentials) {
    await to.cdp.send('WebAuthn.addCredential', { authenticatorId: to.id, credential });
  }
}

/** How many assertions the authenticator's passkeys have signed, from their signature counters. */
export async function assertionCount(authenticator: VirtualAuthenticator): Promise<number> {
  const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', {
    authenticatorId: authenticator.id,
  });
  return credentials.reduce((sum, credential) => sum + credential.signCount, 0);
}
