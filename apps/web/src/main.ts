import './zod-jitless.ts';
import './styles.css';
import { warmUpEnvelope } from './crypto/envelope.ts';
import { showCreatePage } from './pages/create-page.ts';
import { showManagePage } from './pages/manage-page.ts';
import { showNotice } from './pages/notice-view.ts';
import { showRevealPage } from './pages/reveal-page.ts';
import { routeFor } from './routes.ts';
import { setRenderer } from './ui/navigation.ts';

/** Renders the page for the current address into `<main>`. */
function renderRoute(main: HTMLElement): void {
  const route = routeFor(location.pathname);
  switch (route.page) {
    case 'create':
      showCreatePage(main);
      break;
    case 'reveal':
      void showRevealPage(main, route.id);
      break;
    case 'manage':
      void showManagePage(main, route.id);
      break;
    case 'not-found':
      showNotice(main, { title: 'Page not found', message: 'There is nothing at this address.' });
      break;
  }
}

const main = document.querySelector('main');
if (main) {
  setRenderer(() => renderRoute(main));
  renderRoute(main);
  // libsodium is large: fetch and compile it while the person reads or types, not when they press the button.
  warmUpEnvelope();
}
