import { extname } from 'node:path';

/** Media types by extension, for the files people share most: keys, certificates, configs, archives, documents. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.csv': 'text/csv',
  '.env': 'text/plain',
  '.ini': 'text/plain',
  '.conf': 'text/plain',
  '.cfg': 'text/plain',
  '.log': 'text/plain',
  '.sql': 'application/sql',
  '.json': 'application/json',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.toml': 'application/toml',
  '.xml': 'application/xml',
  '.html': 'text/html',
  '.pem': 'application/x-pem-file',
  '.crt': 'application/x-x509-ca-cert',
  '.cer': 'application/pkix-cert',
  '.der': 'application/x-x509-ca-cert',
  '.key': 'application/x-pem-file',
  '.pub': 'text/plain',
  '.p12': 'application/x-pkcs12',
  '.pfx': 'application/x-pkcs12',
  '.kdbx': 'application/x-keepass2',
  '.gpg': 'application/pgp-encrypted',
  '.asc': 'application/pgp-keys',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.tar': 'application/x-tar',
  '.7z': 'application/x-7z-compressed',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What a file's media type is taken to be when its extension says nothing. */
export const DEFAULT_MEDIA_TYPE = 'application/octet-stream';

/**
 * Guesses a file's media type from its extension (case-insensitive), else `application/octet-stream`. The type
 * travels inside the ciphertext and only helps the browser name and show the download.
 *
 * @example guessMediaType('server.PEM') // 'application/x-pem-file'
 */
export function guessMediaType(name: string): string {
  return MEDIA_TYPES[extname(name).toLowerCase()] ?? DEFAULT_MEDIA_TYPE;
}
