import type { Catalog } from '../../catalog.ts';
import accountPages from './account-pages.ts';
import core from './core.ts';

/** 日本語: every group, as the tests check it (the page loads `core.ts` and `account-pages.ts` apart). */
export default { ...core, ...accountPages } satisfies Catalog;
