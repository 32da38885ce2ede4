/** The parts of the File System Access API this client uses (not in TypeScript's DOM library yet). */
interface SaveFilePickerOptions {
  suggestedName?: string;
}

type SaveFilePicker = (options?: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;

/** `window.showSaveFilePicker`, where this browser has it (Chromium on desktop, in a secure context). */
export function saveFilePicker(): SaveFilePicker | undefined {
  const picker = (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  return typeof picker === 'function' ? (picker.bind(window) as SaveFilePicker) : undefined;
}

/** True when the person dismissed a picker (nothing to report). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
