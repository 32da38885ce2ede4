#!/usr/bin/env node
// apps/cli's `prepack`: bundles the CLI with everything it uses into apps/cli/dist/hushlink.mjs, which the packed
// package's bin/hushlink.mjs runs (the tarball has no src/, and no dependencies to install).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli } from './bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
await bundleCli({ root, format: 'esm', outfile: join(root, 'apps/cli/dist/hushlink.mjs') });
