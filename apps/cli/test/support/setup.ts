import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.ts';

// Every test file, unit tests included, leaves nothing behind in the temporary folder.
afterAll(removeTempDirs);
