import { revokeSecret } from '../api/index.ts';

/**
 * While a file secret is still uploading, revokes it if the page goes away (the tab is closed, reloaded or left):
 * its upload cannot finish once the page is gone, and nobody has its link. `pagehide` is the last event a page
 * reliably gets, and a `keepalive` request is the one kind the browser still sends after the page is gone. (Were
 * it lost, the server would still purge the upload once no part had arrived for a while.) Returns the function
 * that stops watching, to call once the upload is complete or has failed (and was revoked) on its own.
 */
export function revokeOnPageExit(id: string, manageToken: string): () => void {
  const onPageHide = () => {
    void revokeSecret(id, manageToken, { keepalive: true }).catch(() => undefined);
  };
  addEventListener('pagehide', onPageHide);
  return () => removeEventListener('pagehide', onPageHide);
}
