/** The envelope library's module, loaded on demand so that it and libsodium stay out of the first paint. */
export type EnvelopeModule = typeof import('@hushlink/envelope');

/** The stable codes of the envelope library's errors. */
export type EnvelopeErrorCode = InstanceType<EnvelopeModule['EnvelopeError']>['code'];

let loading: Promise<EnvelopeModule> | undefined;
let loaded: EnvelopeModule | undefined;

/**
 * Loads `@hushlink/envelope` once (its own chunk, which loads libsodium's chunk in turn).
 * A failed load is not cached, so a later call tries again.
 */
export function loadEnvelope(): Promise<EnvelopeModule> {
  loading ??= import('@hushlink/envelope').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Starts loading the envelope library and libsodium in the background; failures surface when they are used. */
export function warmUpEnvelope(): void {
  loadEnvelope()
    .then((envelope) => envelope.loadSodium())
    .catch(() => undefined);
}

/** The code of an `EnvelopeError` (which can only come from the loaded library), or `undefined`. */
export function envelopeErrorCode(error: unknown): EnvelopeErrorCode | undefined {
  return loaded && error instanceof loaded.EnvelopeError ? error.code : undefined;
}
