import type { Opened } from './decrypted-sink.ts';
import { hint, status, writeJson, writeStdout } from './output.ts';
import { formatBytes } from './progress.ts';

/** Prints the text or the JSON, or says where the files went. */
export async function deliver(
  opened: Opened,
  json: boolean,
  viewsLeft: number | null,
  named: boolean,
): Promise<void> {
  if (opened.kind === 'files') {
    if (json) {
      await writeJson({ files: opened.files, viewsLeft });
      return;
    }
    const onDisk = opened.files.filter((file) => file.path !== '-');
    // Where files went is news when their names came from the secret; a FILE named with -o is not.
    if (onDisk.length > 0) {
      (named ? status : hint)(
        `Saved ${onDisk.map((file) => `${file.path} (${formatBytes(file.size)})`).join(', ')}.`,
      );
    }
    return;
  }
  const { bytes, text, file } = opened;
  if (file) {
    if (json) await writeJson({ file: file.path, bytes: bytes.length, viewsLeft });
    else status(`Saved to ${file.path} (${bytes.length} bytes).`);
  } else if (json) {
    await writeJson({ text, viewsLeft });
  } else {
    // A terminal gets a final newline so the prompt does not stick to the secret; a pipe gets the exact bytes.
    const newline = process.stdout.isTTY && !text.endsWith('\n') ? '\n' : '';
    await writeStdout(text + newline);
  }
}
