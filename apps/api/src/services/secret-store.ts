/** A secret as the store keeps it; `ciphertext` is the client's base64url envelope. */
export interface StoredSecret {
  id: string;
  ciphertext: string;
  size: number;
  claimHash: string;
  manageTokenHash: string;
  access: 'link';
  passphrase: boolean;
  sealed: boolean;
  maxViews: number;
  createdAt: number;
  expiresAt: number;
}

/** What may be shown about a live secret without consuming it. */
export type LiveSecretMetadata = Pick<
  StoredSecret,
  'expiresAt' | 'access' | 'passphrase' | 'sealed' | 'size'
> & {
  viewsLeft: number;
};

/** What a consumed view returns. */
export interface ConsumedView {
  ciphertext: string;
  viewsLeft: number;
}

/**
 * Persistence of secrets. Implementations must make `consumeView` atomic: of any number of concurrent calls
 * for a secret with N views left, exactly N succeed.
 */
export interface SecretStore {
  /** Inserts a new secret with all its views left. */
  insert(secret: StoredSecret): Promise<void>;
  /** Metadata of a secret that is still servable at `now`, or null. */
  findLive(id: string, now: number): Promise<LiveSecretMetadata | null>;
  /**
   * Consumes one view of a live secret whose claim hash matches, in one atomic statement, and drops the
   * ciphertext when that was the last view. Null when nothing matched; nothing is consumed then.
   */
  consumeView(id: string, claimHash: string, now: number): Promise<ConsumedView | null>;
  /** The stored manage token hash of a secret that exists (live or not), or null for an unknown id. */
  findManageTokenHash(id: string): Promise<string | null>;
  /** Deletes the ciphertext at once and marks the secret revoked. */
  revoke(id: string, now: number): Promise<void>;
  /** Deletes every secret that expired before `now`; returns how many. */
  purgeExpired(now: number): Promise<number>;
}
