export { ApiRequestError, type ApiRequestErrorCode } from './api-request-error.ts';
export { createSecret, getSecretMetadata, revealSecret, revokeSecret } from './secrets.ts';
