import type { Catalog } from '../../catalog.ts';
import { account } from './account.ts';
import { admin } from './admin.ts';
import { common } from './common.ts';
import { create } from './create.ts';
import { files } from './files.ts';
import { links } from './links.ts';
import { manage } from './manage.ts';
import { passkeys } from './passkeys.ts';
import { request } from './request.ts';
import { reveal } from './reveal.ts';
import { sealed } from './sealed.ts';

/** Français. */
export default {
  account,
  admin,
  common,
  create,
  files,
  links,
  manage,
  passkeys,
  request,
  reveal,
  sealed,
} satisfies Catalog;
