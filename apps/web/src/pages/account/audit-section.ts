import { AUDIT_EVENT_NAMES, type PublicUser } from '@hushlink/protocol';
import { type AuditEvent, type AuditFilter, listAuditEvents } from '../../api/admin.ts';
import { describeError } from '../../describe-error.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { describeUserAgent } from '../../ui/user-agent.ts';
import { t } from './admin-text.ts';
import { auditExportForm } from './audit-export-form.ts';
import type { SessionLost } from './passkeys-section.ts';

const PAGE_SIZE = 25;

/** A `datetime-local` value (local time) as ISO 8601, or undefined when empty or invalid. */
function isoFromLocal(value: string): string | undefined {
  if (value === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** An id shortened for a table cell; the whole id is its title. */
function shortId(id: string): HTMLElement {
  return h('span', { class: 'mono', title: id }, id.length > 10 ? `${id.slice(0, 8)}…` : id);
}

function detailText(detail: AuditEvent['detail']): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join(', ');
}

/** "Ada Lovelace (@ada)": a person as the log names them. */
function personName(user: Pick<PublicUser, 'displayName' | 'name'>): string {
  return t('personName', { displayName: user.displayName, name: user.name });
}

/**
 * "Audit log": events newest first, filtered by person, event and time, and paged with "Show older events"
 * (the API's `nextBefore`).
 */
export function auditSection(users: readonly PublicUser[], sessionLost: SessionLost): HTMLElement {
  const status = createStatusLine();
  const names = new Map(users.map((user) => [user.id, user]));
  const actor = h(
    'select',
    { id: 'audit-actor' },
    h('option', { value: '' }, t('everyone')),
    ...users.map((user) => h('option', { value: user.id }, personName(user))),
  );
  const event = h(
    'select',
    { id: 'audit-event' },
    h('option', { value: '' }, t('anyEvent')),
    // Every event the API records, from the one list it is typed by (packages/protocol).
    ...AUDIT_EVENT_NAMES.map((name) => h('option', { value: name }, name)),
  );
  const since = h('input', { id: 'audit-since', type: 'datetime-local' });
  const until = h('input', { id: 'audit-until', type: 'datetime-local' });
  const rows = h('tbody', {});
  // The table is wider than a phone and scrolls sideways, and nothing in it takes focus: the box itself does (a
  // region named by the caption), so that the arrow keys can scroll it too (WCAG 2.1.1).
  const table = h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-labelledby': 'audit-caption', tabindex: '0' },
    h(
      'table',
      {},
      h('caption', { id: 'audit-caption', class: 'visually-hidden' }, t('auditCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['time', 'event', 'person', 'from', 'target', 'details'] as const).map((title) =>
            h('th', { scope: 'col' }, t(title)),
          ),
        ),
      ),
      rows,
    ),
  );
  const older = h('button', { type: 'button', class: 'secondary', hidden: true }, t('showOlder'));
  let filter: AuditFilter = {};
  let nextBefore: number | null = null;

  function target(entry: AuditEvent): HTMLElement {
    if (!entry.targetType) return h('span', {}, '');
    const user = entry.targetType === 'user' && entry.targetId ? names.get(entry.targetId) : undefined;
    return h(
      'span',
      {},
      `${entry.targetType} `,
      user ? personName(user) : entry.targetId ? shortId(entry.targetId) : '',
    );
  }

  function row(entry: AuditEvent): HTMLTableRowElement {
    return h(
      'tr',
      { 'data-event': entry.event, 'data-id': entry.id },
      h('td', {}, dateTimeElement(entry.at)),
      h('td', {}, h('span', { class: 'mono' }, entry.event)),
      h('td', {}, entry.actor ? personName(entry.actor) : h('span', { class: 'meta' }, t('noAccount'))),
      h(
        'td',
        { title: entry.userAgent ?? '' },
        entry.ip ?? t('unknownAddress'),
        h('div', { class: 'meta' }, describeUserAgent(entry.userAgent)),
      ),
      h('td', {}, target(entry)),
      h('td', {}, detailText(entry.detail)),
    );
  }

  /** Counts loads, so that an answer to an older request (other filters) never lands after a newer one. */
  let loads = 0;

  async function load(append: boolean): Promise<void> {
    const current = ++loads;
    status.info(t('loading'));
    try {
      const page = await listAuditEvents(
        append && nextBefore !== null ? { ...filter, before: nextBefore } : filter,
        PAGE_SIZE,
      );
      if (current !== loads) return;
      if (!append) rows.replaceChildren();
      rows.append(...page.events.map(row));
      nextBefore = page.nextBefore;
      older.hidden = nextBefore === null;
      status.info(
        rows.children.length === 0 ? t('noEvents') : t('eventsShown', { count: rows.children.length }),
      );
    } catch (error) {
      if (current === loads && !sessionLost(error)) status.error(describeError(error));
    }
  }

  older.addEventListener('click', () => void load(true));

  const form = h(
    'form',
    {
      class: 'filters',
      novalidate: true,
      on: {
        submit: (submitted) => {
          submitted.preventDefault();
          filter = {
            ...(actor.value ? { actor: actor.value } : {}),
            ...(event.value ? { event: event.value } : {}),
          };
          const from = isoFromLocal(since.value);
          const to = isoFromLocal(until.value);
          if (from) filter.since = from;
          if (to) filter.until = to;
          void load(false);
        },
      },
    },
    h(
      'div',
      { class: 'field-row' },
      field({ label: t('person'), control: actor }),
      field({ label: t('event'), control: event }),
      field({ label: t('since'), control: since }),
      field({ label: t('until'), control: until }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('showEvents'))),
  );

  void load(false);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'audit-heading' },
    h('h2', { id: 'audit-heading' }, t('auditLog')),
    form,
    status.element,
    table,
    h('div', { class: 'actions' }, older),
    auditExportForm(),
  );
}
