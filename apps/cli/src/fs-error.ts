/** The `code` of a Node system error (`ENOENT`, `EACCES`, …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

const FS_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EEXIST: 'it already exists',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EIO: 'input/output error',
  EPIPE: 'the reader closed the pipe',
  EFBIG: 'the file is too large',
  ENAMETOOLONG: 'the name is too long',
};

/** A short lowercase phrase for a file system error, from its code (never a stack or a raw message). */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code === undefined) return 'unknown error';
  return FS_ERRORS[code] ?? code;
}
