import type { account } from './en/account.ts';
import type { admin } from './en/admin.ts';
import type { common } from './en/common.ts';
import type { create } from './en/create.ts';
import type { files } from './en/files.ts';
import type { links } from './en/links.ts';
import type { manage } from './en/manage.ts';
import type { passkeys } from './en/passkeys.ts';
import type { request } from './en/request.ts';
import type { reveal } from './en/reveal.ts';
import type { sealed } from './en/sealed.ts';

/** Every group of English messages, by the group name its page code declares them under. */
export interface English {
  account: typeof account;
  admin: typeof admin;
  common: typeof common;
  create: typeof create;
  files: typeof files;
  links: typeof links;
  manage: typeof manage;
  passkeys: typeof passkeys;
  request: typeof request;
  reveal: typeof reveal;
  sealed: typeof sealed;
}

/**
 * A complete translation: every group and every key of the English. The compiler refuses a catalog that lacks
 * one; `catalogs.test.ts` checks that each message keeps the English placeholders and plural forms.
 */
export type Catalog = { readonly [G in keyof English]: { readonly [K in keyof English[G]]: string } };

/** The groups of the account pages (sign-in, account, My links, admin): a chunk of each language of their own. */
export type AccountGroups = Pick<Catalog, 'account' | 'admin' | 'links'>;
