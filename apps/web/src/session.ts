import type { InstanceResponse, PublicUser } from '@hushlink/protocol';
import { ApiRequestError } from './api/api-request-error.ts';
import { getInstance, getMe } from './api/session.ts';

/**
 * Who is signed in, as far as this page knows. The session cookie is HttpOnly, so the page cannot see it; after a
 * sign-in it keeps a hint (no secret, just "this browser signed in") in localStorage, and only then asks
 * `GET /api/me`. A visitor who never signed in (most people opening a link) sends no such request. The server
 * decides every request anyway: a stale hint costs one 401 and is dropped.
 */
const HINT_KEY = 'hushlink:signed-in';

let user: PublicUser | null = null;
/** The server's answer for this page load, once asked (or once a sign-in or sign-out settled it). */
let settled: Promise<PublicUser | null> | undefined;
let instance: Promise<InstanceResponse> | undefined;
const listeners = new Set<() => void>();

function readHint(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function writeHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage disabled: the page then asks the server only on the pages that need an account.
  }
}

function changed(): void {
  for (const listener of listeners) listener();
}

/**
 * The signed-in account. Asks the server at most once per page load: when `ask` is set (pages that need an
 * account) or when this browser signed in before. Resolves to null when signed out; a network failure also
 * resolves to null (the page then offers to sign in, and the server has the last word).
 */
export function loadSession(options: { ask?: boolean } = {}): Promise<PublicUser | null> {
  if (settled) return settled;
  if (!options.ask && !readHint()) return Promise.resolve(null);
  settled = getMe().then(
    (me) => {
      setSignedIn(me.user);
      return user;
    },
    (error: unknown) => {
      if (error instanceof ApiRequestError && error.code === 'sign_in_required') setSignedOut();
      return null;
    },
  );
  return settled;
}

/** The signed-in account as last known (null until `loadSession` resolves, and when signed out). */
export function currentUser(): PublicUser | null {
  return user;
}

/** Records a sign-in (or fresh account details) and tells the listeners. */
export function setSignedIn(account: PublicUser): void {
  user = { id: account.id, name: account.name, displayName: account.displayName, role: account.role };
  settled = Promise.resolve(user);
  writeHint(true);
  changed();
}

/** Records that this browser is signed out (sign-out, or the server answered `sign_in_required`). */
export function setSignedOut(): void {
  user = null;
  settled = Promise.resolve(null);
  writeHint(false);
  changed();
}

/** Calls `listener` after every sign-in and sign-out. */
export function onSessionChange(listener: () => void): void {
  listeners.add(listener);
}

/** `GET /api/instance`, asked once per page load (a failed answer is asked again next time). */
export function loadInstance(): Promise<InstanceResponse> {
  instance ??= getInstance().catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

/** Forgets the cached instance facts (after the first account is created they change). */
export function forgetInstance(): void {
  instance = undefined;
}
