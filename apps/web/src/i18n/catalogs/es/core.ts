import type { AccountGroups, Catalog } from '../../catalog.ts';
import { common } from './common.ts';
import { create } from './create.ts';
import { files } from './files.ts';
import { manage } from './manage.ts';
import { passkeys } from './passkeys.ts';
import { request } from './request.ts';
import { reveal } from './reveal.ts';
import { sealed } from './sealed.ts';

/** Español: the groups every page may need, loaded with the language (see `../../load-language.ts`). */
export default {
  common,
  create,
  files,
  manage,
  passkeys,
  request,
  reveal,
  sealed,
} satisfies Omit<Catalog, keyof AccountGroups>;
