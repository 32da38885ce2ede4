export * from './integrity-error.ts';
export * from './manifest.ts';
export * from './release-keys.ts';
export * from './signature.ts';
