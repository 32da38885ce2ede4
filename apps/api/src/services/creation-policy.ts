import { ApiError } from '../errors.ts';
import type { AppConfig } from '../ports.ts';

/**
 * The one place that decides who may create a secret. Until passkey accounts exist, the instance either
 * allows anonymous links (the default) or refuses every creation.
 *
 * @throws ApiError `unauthorized` when the instance does not allow anonymous links.
 */
export function assertMayCreateSecret(config: AppConfig): void {
  if (!config.anonymousLinks) {
    throw new ApiError(
      'unauthorized',
      401,
      'This server does not accept new secrets from anonymous visitors.',
    );
  }
}
