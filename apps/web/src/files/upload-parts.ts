import { ApiRequestError } from '../api/index.ts';
import { putUploadPart } from '../api/transfer.ts';
import { pause } from './abortable-pause.ts';
import type { UploadJob } from './worker-protocol.ts';

/** How many parts are uploaded at once while the next one is encrypted (as the CLI sends them). */
export const PARTS_IN_FLIGHT = 3;
/** A part whose connection is lost is sent again, whole, up to this many times in all (the API replaces it). */
const PART_ATTEMPTS = 4;
/** The largest part size accepted from a server: up to `PARTS_IN_FLIGHT + 1` parts are held in memory. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

/**
 * Collects envelope bytes into parts of exactly `partBytes` (the last one shorter) and sends each as soon as it
 * is full, up to `PARTS_IN_FLIGHT` at once while the next part is encrypted: `push` waits while three are in flight,
 * which holds the reading and encrypting back (back-pressure). A part whose connection drops is sent again from its
 * start, so an upload resumes at the part where it stopped; any other refusal fails the upload. The first part that
 * fails for good fails every later `push` and `finish`; `settle` waits for the parts in flight.
 */
export class PartUploader {
  private buffer: Uint8Array<ArrayBuffer>;
  private fill = 0;
  private part = 0;
  private sent = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly plan: UploadJob,
    private readonly signal: AbortSignal,
    private readonly onProgress: (sent: number) => void,
  ) {
    if (plan.partBytes > MAX_PART_BYTES || plan.parts !== Math.ceil(plan.size / plan.partBytes)) {
      throw new ApiRequestError('invalid_response', 201, 'The server planned parts this page cannot send.');
    }
    this.buffer = new Uint8Array(plan.partBytes);
  }

  /** Adds envelope bytes, sending every part that fills up. */
  async push(piece: Uint8Array): Promise<void> {
    this.throwIfFailed();
    for (let offset = 0; offset < piece.length; ) {
      const n = Math.min(this.buffer.length - this.fill, piece.length - offset);
      this.buffer.set(piece.subarray(offset, offset + n), this.fill);
      this.fill += n;
      offset += n;
      if (this.fill === this.buffer.length) await this.sendPart();
    }
  }

  /** Sends what is left as the last part and waits until every part is stored. */
  async finish(): Promise<void> {
    this.throwIfFailed();
    if (this.fill > 0) await this.sendPart();
    await this.settle();
    this.throwIfFailed();
    if (this.part !== this.plan.parts || this.sent !== this.plan.size) {
      throw new ApiRequestError('invalid_response', 201, 'The upload did not match its plan.');
    }
  }

  /** Waits for the parts in flight to end, stored or failed. */
  async settle(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  private async sendPart(): Promise<void> {
    while (this.inFlight.size >= PARTS_IN_FLIGHT) await Promise.race(this.inFlight);
    this.throwIfFailed();
    this.part += 1;
    if (this.part > this.plan.parts) {
      throw new ApiRequestError('invalid_response', 201, 'More parts than planned.');
    }
    const bytes = this.buffer.subarray(0, this.fill);
    const upload = this.sendWithRetries(this.part, bytes)
      .then(
        () => {
          this.sent += bytes.length;
          this.onProgress(this.sent);
        },
        (error: unknown) => {
          this.failure ??= { error };
        },
      )
      .finally(() => this.inFlight.delete(upload));
    this.inFlight.add(upload);
    // The part in flight keeps its buffer (fetch has copied it, but a retry sends it again).
    this.buffer = new Uint8Array(this.plan.partBytes);
    this.fill = 0;
  }

  private async sendWithRetries(part: number, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await putUploadPart(this.plan.id, part, bytes, this.plan.manageToken, this.signal);
        return;
      } catch (error) {
        const lost = error instanceof ApiRequestError && error.code === 'network_error';
        if (!lost || attempt >= PART_ATTEMPTS || this.signal.aborted || this.failure) throw error;
        await pause(500 * attempt, this.signal);
      }
    }
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
