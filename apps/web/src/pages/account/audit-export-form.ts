import { AUDIT_EXPORT_FORMATS, type AuditExportFormat } from '@hushlink/protocol';
import { auditExportUrl } from '../../api/admin.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { t } from './admin-text.ts';

const FORMAT_LABELS = { jsonl: 'formatJsonl', csv: 'formatCsv' } as const satisfies Record<
  AuditExportFormat,
  string
>;

/** A `datetime-local` value (local time) as ISO 8601 UTC, or null when empty or invalid. */
function isoOrNull(value: string): string | null {
  const time = value === '' ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** `date` as a `datetime-local` value in local time, to the minute. */
function localValue(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * "Export for a SIEM": a time range and a format, and a button that has the browser download
 * `GET /api/audit/export` as a file (streamed to disk, whatever its size). The range defaults to the last 30 days.
 */
export function auditExportForm(): HTMLElement {
  const status = createStatusLine();
  const now = new Date();
  const from = h('input', {
    id: 'audit-export-from',
    type: 'datetime-local',
    value: localValue(new Date(now.getTime() - 30 * 86_400_000)),
  });
  const to = h('input', { id: 'audit-export-to', type: 'datetime-local', value: localValue(now) });
  const format = h(
    'select',
    { id: 'audit-export-format' },
    ...AUDIT_EXPORT_FORMATS.map((name) => h('option', { value: name }, t(FORMAT_LABELS[name]))),
  );

  function download(): void {
    const start = isoOrNull(from.value);
    // The end of the range takes the whole minute it names.
    const endMinute = isoOrNull(to.value);
    const end = endMinute ? new Date(Date.parse(endMinute) + 59_999).toISOString() : null;
    if (!start || !end) {
      status.error(t('chooseRange'));
      return;
    }
    if (Date.parse(start) > Date.parse(end)) {
      status.error(t('endBeforeStart'));
      return;
    }
    const chosen = AUDIT_EXPORT_FORMATS.find((name) => name === format.value) ?? 'jsonl';
    // A link with `download` keeps this page, and the browser saves the answer under the server's file name.
    const link = h('a', { href: auditExportUrl({ from: start, to: end, format: chosen }), download: '' });
    document.body.append(link);
    link.click();
    link.remove();
    status.info(t('exportDownloading'));
  }

  return h(
    'form',
    {
      class: 'filters',
      'aria-labelledby': 'audit-export-heading',
      novalidate: true,
      on: {
        submit: (submitted) => {
          submitted.preventDefault();
          download();
        },
      },
    },
    h('h3', { id: 'audit-export-heading' }, t('exportTitle')),
    h(
      'div',
      { class: 'field-row' },
      field({ label: t('rangeFrom'), control: from }),
      field({ label: t('rangeTo'), control: to }),
      field({ label: t('format'), control: format }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, t('export'))),
    status.element,
  );
}
