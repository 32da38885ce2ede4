import { join } from 'node:path';
import { EnvelopeError, type EnvelopeMetadata } from '@hushlink/envelope';
import { CliError } from './cli-error.ts';
import { PendingOutputFile } from './output-file.ts';
import { formatBytes } from './progress.ts';
import { FilesWriter, type OutputPlan, type SavedFile } from './save-files.ts';

/** The largest text secret held in memory when it arrives as an upload (an inline one is at most 1 MiB). */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/** What was opened: a text (in memory), or files already saved. */
export type Opened =
  | { kind: 'text'; bytes: Uint8Array; text: string; file: PendingOutputFile | null }
  | { kind: 'files'; files: SavedFile[] };

/** Where decrypted content goes once the metadata says what it is. */
export interface Sink {
  write(content: Uint8Array): Promise<void>;
  commit(): Promise<Opened>;
  discard(): Promise<void>;
}

/**
 * A sink for the content `metadata` announces: files into a {@link FilesWriter} on the plan, or a text held in
 * memory (at most {@link MAX_TEXT_BYTES}) and saved, once whole and well-formed UTF-8, where the plan says.
 *
 * @throws CliError as `FilesWriter.open` does; its `write` throws `usage` past the text cap, its `commit`
 * EnvelopeError `PAYLOAD_INVALID` for text that is not UTF-8.
 */
export async function openSink(metadata: EnvelopeMetadata, plan: OutputPlan, force: boolean): Promise<Sink> {
  if (metadata.kind === 'files') {
    const writer = await FilesWriter.open(metadata.files, plan, force);
    return {
      write: (content) => writer.write(content),
      commit: async () => ({ kind: 'files', files: await writer.commit() }),
      discard: () => writer.discard(),
    };
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  return {
    async write(content) {
      length += content.length;
      if (length > MAX_TEXT_BYTES) {
        throw new CliError(
          'usage',
          `This text secret is larger than ${formatBytes(MAX_TEXT_BYTES)}; open it in a browser.`,
        );
      }
      chunks.push(content.slice());
    },
    async commit() {
      const bytes = Buffer.concat(chunks);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        throw new EnvelopeError('PAYLOAD_INVALID', 'not UTF-8');
      }
      let file: PendingOutputFile | null = null;
      if (plan.kind === 'file') file = plan.file;
      else if (plan.kind === 'dir')
        file = await PendingOutputFile.create(join(plan.dir, 'secret.txt'), { force });
      if (file) await file.commit(bytes);
      return { kind: 'text', bytes, text, file };
    },
    async discard() {
      chunks.length = 0;
    },
  };
}
