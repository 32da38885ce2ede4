/** What the load run knows about one secret it created: the basis of the final accounting. */
export interface TrackedSecret {
  id: string;
  claim: string;
  manageToken: string;
  ciphertext: string;
  maxViews: number;
  /** Reveals answered 200. */
  reveals: number;
  revoked: boolean;
  /** A reveal or revoke whose answer was lost (the server was killed): the count is a lower bound. */
  uncertain: boolean;
}

/** The secrets a load run created, and picks among them. */
export class Ledger {
  readonly secrets: TrackedSecret[] = [];

  add(secret: TrackedSecret): void {
    this.secrets.push(secret);
  }

  /** A random secret, or undefined when there is none yet. */
  pick(): TrackedSecret | undefined {
    return this.secrets[Math.floor(Math.random() * this.secrets.length)];
  }
}
