import './zod-jitless.ts';
import './styles.css';
import { signOut } from './api/session.ts';
import { warmUpEnvelope } from './crypto/envelope.ts';
import { sweepPrivateDownloads } from './files/private-downloads.ts';
import { preferredLanguage, useLanguage } from './i18n/load-language.ts';
import { message } from './messages.ts';
import { showNotice } from './pages/notice-view.ts';
import { showRevealPage } from './pages/reveal-page.ts';
import { routeFor } from './routes.ts';
import { currentUser, loadSession, onSessionChange, setSignedOut } from './session.ts';
import { h } from './ui/element.ts';
import { languageMenu } from './ui/language-menu.ts';
import { navigate, refresh, setRenderer } from './ui/navigation.ts';
import { renderSiteNav } from './ui/site-nav.ts';

/** Pages that show nothing without an account: signing out leaves them for the home page. */
const NEEDS_ACCOUNT: ReadonlySet<string> = new Set(['links', 'account', 'admin']);
/** Pages whose tables want more width than the reading column. */
const WIDE: ReadonlySet<string> = new Set(['links', 'admin']);

/**
 * Runs a page whose code is its own chunk, loaded when the page is first opened: the reveal page, which most
 * people see, carries only its own code. A chunk that cannot load (offline, or replaced by a deploy) gets a notice.
 */
async function showLazyPage(view: HTMLElement, show: () => Promise<void>): Promise<void> {
  try {
    await show();
  } catch (error) {
    console.error('hushlink: page failed', error instanceof Error ? error.name : typeof error);
    showNotice(view, { title: message('somethingWrong'), message: message('pageFailed') });
  }
}

/**
 * Renders the page for the current address into a fresh view inside `<main>`. A page still loading when the
 * address changes renders into its own view, which is no longer in the document, so it cannot overwrite the new
 * page.
 */
function renderRoute(main: HTMLElement): void {
  const route = routeFor(location.pathname);
  const view = h('div', { class: 'view' });
  main.replaceChildren(view);
  document.body.classList.toggle('wide', WIDE.has(route.page));
  renderNav();
  switch (route.page) {
    case 'create':
      void showLazyPage(view, async () => (await import('./pages/create-page.ts')).showCreatePage(view));
      break;
    case 'reveal':
      void showRevealPage(view, route.id);
      break;
    case 'manage':
      void showLazyPage(view, async () =>
        (await import('./pages/manage-page.ts')).showManagePage(view, route.id),
      );
      break;
    case 'request':
      void showLazyPage(view, async () =>
        (await import('./pages/request-page.ts')).showRequestPage(view, route.id),
      );
      break;
    case 'not-found':
      showNotice(view, { title: message('pageNotFound'), message: message('nothingHere') });
      break;
    default:
      // The account pages and the passkey library: one chunk for all of them.
      void showLazyPage(view, async () =>
        (await import('./pages/account/account-pages.ts')).showAccountPage(view, route.page),
      );
  }
}

const nav = document.querySelector<HTMLElement>('#site-nav');

function renderNav(): void {
  if (!nav) return;
  renderSiteNav(nav, { user: currentUser(), pathname: location.pathname, signOut: signOutHere });
}

/** Signs out and stays on the page (a secret's link keeps its key), unless the page needs an account. */
async function signOutHere(): Promise<boolean> {
  try {
    await signOut();
  } catch {
    return false;
  }
  setSignedOut();
  if (NEEDS_ACCOUNT.has(routeFor(location.pathname).page)) navigate('/');
  else refresh();
  return true;
}

/** The page's own sentences outside `<main>`: the tagline, the navigation's name, the footer and its menu. */
function renderShell(): void {
  const tagline = document.querySelector('.tagline');
  if (tagline) tagline.textContent = message('tagline');
  nav?.setAttribute('aria-label', message('mainNav'));
  const footer = document.querySelector('.site-footer');
  footer?.replaceChildren(
    h('p', {}, message('footer')),
    languageMenu(() => {
      renderShell();
      refresh();
    }),
  );
}

const main = document.querySelector('main');
if (main) {
  // The language's catalog (a chunk of its own, none for English) comes before the first sentence is drawn.
  await useLanguage(preferredLanguage());
  renderShell();
  setRenderer(() => renderRoute(main));
  onSessionChange(renderNav);
  renderRoute(main);
  // Only a browser that signed in before asks who it is; the header follows when the answer comes.
  void loadSession();
  // libsodium is large: fetch and compile it while the person reads or types, not when they press the button.
  warmUpEnvelope();
  // Decrypted files a tab left in the browser's private storage (it closed or crashed mid-way) go on the next visit.
  setTimeout(() => void sweepPrivateDownloads(), 1000);
}
