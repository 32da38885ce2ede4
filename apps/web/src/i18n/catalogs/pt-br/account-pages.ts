import type { AccountGroups } from '../../catalog.ts';
import { account } from './account.ts';
import { admin } from './admin.ts';
import { links } from './links.ts';

/** Português (Brasil): the account pages' groups, loaded when one of those pages first opens (see `../../load-language.ts`). */
export default { account, admin, links } satisfies AccountGroups;
