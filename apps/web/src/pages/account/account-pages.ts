// The account pages: one chunk, loaded by main.ts the first time one of them is opened.
import { useAccountPageLanguage } from '../../i18n/load-language.ts';
import type { AccountPage } from '../../routes.ts';
import { showAccountPage as showAccountSettings } from './account-page.ts';
import { showAdminPage } from './admin-page.ts';
import { showJoinPage } from './join-page.ts';
import { showLinksPage } from './links-page.ts';
import { showSignInPage } from './sign-in-page.ts';

/** Renders one of the account pages into `view`, in the page's language (its groups of the catalog first). */
export async function showAccountPage(view: HTMLElement, page: AccountPage): Promise<void> {
  await useAccountPageLanguage();
  switch (page) {
    case 'sign-in':
      return showSignInPage(view);
    case 'join':
      return showJoinPage(view);
    case 'links':
      return showLinksPage(view);
    case 'account':
      return showAccountSettings(view);
    case 'admin':
      return showAdminPage(view);
  }
}
