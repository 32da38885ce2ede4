/** The link-mode envelope API, loaded on demand so that it and libsodium stay out of the first paint. */
export type EnvelopeModule = typeof import('./envelope-link.ts');

/** The sealing envelope API (PRF keys, sealed envelopes), in a chunk of its own. */
export type SealingModule = typeof import('./envelope-sealing.ts');

/** The stable codes of the envelope library's errors. */
export type EnvelopeErrorCode = InstanceType<EnvelopeModule['EnvelopeError']>['code'];

let loading: Promise<EnvelopeModule> | undefined;
let loadingSealing: Promise<SealingModule> | undefined;
/** The library's error class, once either part has loaded (both re-export the same class). */
let errorClass: EnvelopeModule['EnvelopeError'] | undefined;

/** Imports a part once; a failed load is not cached, so a later call tries again. */
function once<T extends { EnvelopeError: EnvelopeModule['EnvelopeError'] }>(
  importer: () => Promise<T>,
  reset: () => void,
): Promise<T> {
  return importer().then(
    (module) => {
      errorClass = module.EnvelopeError;
      return module;
    },
    (error: unknown) => {
      reset();
      throw error;
    },
  );
}

/** Loads the link-mode part of `@hushlink/envelope` once (its own chunk, which loads libsodium's in turn). */
export function loadEnvelope(): Promise<EnvelopeModule> {
  loading ??= once(
    () => import('./envelope-link.ts'),
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/** Loads the sealing part of `@hushlink/envelope` once. */
export function loadSealing(): Promise<SealingModule> {
  loadingSealing ??= once(
    () => import('./envelope-sealing.ts'),
    () => {
      loadingSealing = undefined;
    },
  );
  return loadingSealing;
}

/** Starts loading the envelope library and libsodium in the background; failures surface when they are used. */
export function warmUpEnvelope(): void {
  loadEnvelope()
    .then((envelope) => envelope.loadSodium())
    .catch(() => undefined);
}

/** The code of an `EnvelopeError` (which can only come from the loaded library), or `undefined`. */
export function envelopeErrorCode(error: unknown): EnvelopeErrorCode | undefined {
  return errorClass && error instanceof errorClass ? error.code : undefined;
}
