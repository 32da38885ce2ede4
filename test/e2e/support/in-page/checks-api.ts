import type {
  PublishedReport,
  PublishedVectors,
} from '../../../../packages/envelope/test/vectors/check-published.ts';
import type { EnvelopeVectorFile } from '../../../../packages/envelope/test/vectors/envelope-vectors.ts';

/** What the in-page bundle reports for the envelope's own vector file. */
export interface EnvelopeVectorReport {
  failures: string[];
  valid: number;
  invalid: number;
}

/** What the in-page round trip observed. */
export interface RoundTripReport {
  plainText: string;
  passphraseText: string;
  wrongPassphrase: string;
  missingPassphrase: string;
  wrongKey: string;
  claimsEqual: boolean;
  claimHashBytes: number;
  linkKeyLength: number;
}

/** The checks the bundle installs on `window.hushlinkChecks` in Chromium. */
export interface InPageChecks {
  /** The published libsodium vectors through the standard and the sumo build. */
  published(vectors: PublishedVectors): Promise<{ standard: PublishedReport; sumo: PublishedReport }>;
  /** Hushlink's own envelope vectors through `@hushlink/envelope`. */
  envelopeVectors(file: EnvelopeVectorFile): Promise<EnvelopeVectorReport>;
  /** Encrypt and decrypt through the public API, with and without a passphrase, and the failures. */
  roundTrip(text: string, passphrase: string): Promise<RoundTripReport>;
}

declare global {
  interface Window {
    hushlinkChecks: InPageChecks;
  }
}
