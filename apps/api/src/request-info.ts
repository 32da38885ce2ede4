import type { UserRow } from './db/user-store.ts';

/** Who is calling: an account through a session cookie or a personal API token. */
export interface Actor {
  user: UserRow;
  via: 'session' | 'token';
  /** The session or token id, so that sign-out ends exactly this one. */
  credentialId: string;
}

/** What every service may know about the request: the caller and where they are. */
export interface RequestInfo {
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
  /**
   * Set by `identify` for each request and shared by copies of this object: `auditRow` marks it when the request
   * records an audit event, so that the audit webhook is woken after the response (`wakeAuditWebhook`).
   */
  trail?: { audited: boolean };
}

/** The Hono environment of the app: the request info set by the `identify` middleware. */
export interface AppEnv {
  Variables: { request: RequestInfo };
}
