import type { Session } from '@hushlink/protocol';
import { endOtherSessions, endSession, listSessions } from '../../api/sessions.ts';
import { describeError } from '../../describe-error.ts';
import { stepUpPrompt, withStepUp } from '../../passkeys/index.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { h } from '../../ui/element.ts';
import { focusHeading } from '../../ui/focus.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { describeDevice } from '../../ui/user-agent.ts';
import { t } from './account-text.ts';
import type { SessionLost } from './passkeys-section.ts';

/** "Chrome on Linux, signed in 3 Mar 2026, 10:15": how a session is named to people and screen readers. */
function sessionName(session: Session): string {
  const signedIn = dateTimeElement(session.createdAt).textContent ?? session.createdAt;
  return t('sessionName', { device: describeDevice(session.userAgent), time: signedIn });
}

/**
 * "Sessions": where I am signed in (browser and device, IP address, when signed in and last used), this browser's
 * session marked; sign out any other one, or all others at once (after a confirmation). A session I do not
 * recognise is someone else holding my cookie: signing it out here ends it on the server.
 */
export function sessionsSection(sessionLost: SessionLost): HTMLElement {
  const status = createStatusLine();
  const list = h('ul', { class: 'item-list', 'aria-label': t('yourSessions') });
  const allSlot = h('div', { class: 'button-row' });
  const heading = h('h2', { id: 'sessions-heading' }, t('sessions'));

  function report(error: unknown): void {
    if (!sessionLost(error)) status.error(describeError(error));
  }

  /**
   * Runs a sign-out (asking for the passkey if the server wants a fresh check), then lists again. The button
   * that started it is gone with the old list, so focus goes to the section's heading.
   */
  async function signOutWith(action: () => Promise<string>): Promise<void> {
    let done: string | null = null;
    try {
      done = await withStepUp(action, () => status.info(stepUpPrompt()));
    } catch (error) {
      report(error);
    }
    await load();
    if (done !== null) status.info(done);
    if (heading.isConnected) focusHeading(heading);
  }

  async function load(): Promise<void> {
    let sessions: Session[];
    try {
      sessions = await listSessions();
    } catch (error) {
      report(error);
      return;
    }
    list.replaceChildren(...sessions.map(item));
    const others = sessions.filter((session) => !session.current).length;
    allSlot.replaceChildren();
    if (others === 0) {
      allSlot.append(h('p', { class: 'meta' }, t('onlyThisBrowser')));
      return;
    }
    const all = h('button', { type: 'button', class: 'secondary' }, t('signOutOthers'));
    all.addEventListener('click', () => {
      void askToConfirm(
        allSlot,
        {
          question: t('signOutOthersQuestion', { count: others }),
          confirm: t('yesSignOut'),
        },
        all,
      ).then((confirmed) => {
        if (!confirmed) return;
        void signOutWith(async () => {
          const ended = await endOtherSessions();
          return t('signedOutOthers', { count: ended });
        });
      });
    });
    allSlot.append(all);
  }

  function item(session: Session): HTMLLIElement {
    const device = describeDevice(session.userAgent);
    const title = h(
      'strong',
      { class: 'item-title', title: session.userAgent ?? '' },
      device,
      session.current ? ' ' : null,
      session.current ? h('span', { class: 'badge badge-active' }, t('thisDevice')) : null,
    );
    const meta = h(
      'p',
      { class: 'meta' },
      ...t.nodes('sessionMeta', {
        ip: session.ip ?? t('unknownAddress'),
        signedIn: dateTimeElement(session.createdAt),
        lastUsed: dateTimeElement(session.lastUsedAt),
      }),
    );
    const element = h(
      'li',
      { 'data-session': session.id, 'data-current': session.current },
      h('div', {}, title, meta),
    );
    if (!session.current) {
      const name = sessionName(session);
      const signOut = h(
        'button',
        { type: 'button', class: 'secondary small', 'aria-label': t('signOutLabel', { name }) },
        t('signOut'),
      );
      signOut.addEventListener('click', () => {
        signOut.disabled = true;
        void signOutWith(async () => {
          await endSession(session.id);
          return t('signedOutOne', { device, ip: session.ip ?? t('unknownAddress') });
        });
      });
      element.append(h('div', { class: 'button-row' }, signOut));
    }
    return element;
  }

  void load();
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'sessions-heading' },
    heading,
    h('p', { class: 'hint' }, t('sessionsHint')),
    list,
    allSlot,
    status.element,
  );
}
