import type { English } from '../catalog.ts';
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

/**
 * All English messages, by group: what every catalog translates. Only the tests read this whole; each page imports
 * its own group, so that a page carries only its own sentences.
 */
export const english: English = {
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
};
