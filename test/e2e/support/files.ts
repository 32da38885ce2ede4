import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { serverUrl } from './environment.ts';
import { type CreatedSecret, splitLink } from './flows.ts';

/** A file written for a test, with what the browser must reproduce byte for byte. */
export interface TestFile {
  name: string;
  path: string;
  size: number;
  sha256: string;
}

/** A folder of test files, removed with `remove()`. */
export interface TestFolder {
  write(name: string, bytes: Uint8Array): TestFile;
  remove(): void;
}

/** A fresh temporary folder to write the files a test uploads. */
export function testFolder(): TestFolder {
  const folder = mkdtempSync(join(tmpdir(), 'hushlink-files-'));
  let count = 0;
  return {
    write(name, bytes) {
      // Each file in its own subfolder, so that the name the browser sees is exactly `name`.
      count += 1;
      const directory = join(folder, String(count));
      const path = join(directory, name);
      mkdirSync(directory, { recursive: true });
      writeFileSync(path, bytes);
      return { name, path, size: bytes.length, sha256: sha256Hex(bytes) };
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** `bytes` random bytes (the content does not matter; their hash does). */
export function randomContent(bytes: number): Uint8Array {
  return new Uint8Array(randomBytes(bytes));
}

/** Lowercase hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Lowercase hex SHA-256 of the file at `path` (a download saved by Chromium). */
export function sha256OfFile(path: string): string {
  return sha256Hex(readFileSync(path));
}

/** What to put in the create form besides the files. */
export interface FilesForm {
  text?: string;
  views?: number;
  passphrase?: string;
}

/**
 * Opens the create page, chooses `files` through the file input (as a person picking them would), optionally
 * types text and options, creates the link and reads the links it shows.
 */
export async function createFilesSecretInPage(
  page: Page,
  files: readonly TestFile[],
  form: FilesForm = {},
): Promise<CreatedSecret> {
  await page.goto(`${serverUrl()}/`);
  // Generous: a cold `wrangler dev` (or one reloading after a source change) can take a while to answer.
  await page.getByRole('heading', { level: 1, name: 'Share a secret' }).waitFor({ timeout: 60_000 });
  await page.getByLabel('Files (optional)').setInputFiles(files.map((file) => file.path));
  if (form.text !== undefined)
    await page.getByRole('textbox', { name: 'Secret', exact: true }).fill(form.text);
  if (form.views !== undefined) await page.getByLabel('Views allowed').fill(String(form.views));
  if (form.passphrase !== undefined) await page.getByLabel('Passphrase (optional)').fill(form.passphrase);
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your link is ready' }).waitFor({ timeout: 90_000 });
  const link = await page.getByRole('textbox', { name: 'Secret link' }).inputValue();
  const manageLink = await page.getByRole('textbox', { name: 'Manage link' }).inputValue();
  const { id, fragment: key } = splitLink(link, 's');
  const { fragment: manageToken } = splitLink(manageLink, 'm');
  return { link, manageLink, id, key, manageToken };
}

/**
 * Replaces `window.showSaveFilePicker` in every page of `context` with one that answers a file handle in the
 * origin private file system (OPFS), named as the page suggested; the names asked for are kept in
 * `window.suggestedNames`. So the File System Access path runs for real, without a native dialog.
 */
export async function stubSaveFilePicker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const names: string[] = [];
    const target = window as unknown as {
      suggestedNames: string[];
      showSaveFilePicker(options?: { suggestedName?: string }): Promise<FileSystemFileHandle>;
    };
    target.suggestedNames = names;
    target.showSaveFilePicker = async (options) => {
      const name = options?.suggestedName ?? 'unnamed';
      names.push(name);
      const root = await navigator.storage.getDirectory();
      return root.getFileHandle(name, { create: true });
    };
  });
}

/** Removes the File System Access API's save picker from every page of `context`: the fallback path runs. */
export async function removeSaveFilePicker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const target = window as unknown as Record<string, unknown>;
    delete target.showSaveFilePicker;
    delete (Window.prototype as unknown as Record<string, unknown>).showSaveFilePicker;
  });
}

/** The size and SHA-256 of a file the page saved into its OPFS, read back inside the page; null if absent. */
export function opfsFile(page: Page, name: string): Promise<{ size: number; sha256: string } | null> {
  return page.evaluate(async (fileName) => {
    const root = await navigator.storage.getDirectory();
    let handle: FileSystemFileHandle;
    try {
      handle = await root.getFileHandle(fileName);
    } catch {
      return null;
    }
    const file = await handle.getFile();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
    return {
      size: file.size,
      sha256: [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
    };
  }, name);
}

/**
 * What the page keeps in its OPFS folder of decrypted files (`hushlink-downloads/<view>/<file>`), as
 * `view/file: size` lines, sorted; an empty list when there is nothing (or no such folder).
 */
export function privateDownloads(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Listable = FileSystemDirectoryHandle & {
      entries(): AsyncIterable<[string, FileSystemDirectoryHandle | FileSystemFileHandle]>;
    };
    const root = await navigator.storage.getDirectory();
    let parent: Listable;
    try {
      parent = (await root.getDirectoryHandle('hushlink-downloads')) as Listable;
    } catch {
      return [];
    }
    const lines: string[] = [];
    for await (const [view, folder] of parent.entries()) {
      if (folder.kind !== 'directory') continue;
      for await (const [name, file] of (folder as Listable).entries()) {
        const size = file.kind === 'file' ? (await (file as FileSystemFileHandle).getFile()).size : -1;
        lines.push(`${view}/${name}: ${size}`);
      }
      if (lines.every((line) => !line.startsWith(`${view}/`))) lines.push(`${view}/`);
    }
    return lines.sort();
  });
}

/** The URLs of the dedicated workers the page runs now (the file worker's is `/assets/file-worker-….js`). */
export function workerUrls(page: Page): string[] {
  return page.workers().map((worker) => new URL(worker.url()).pathname);
}
