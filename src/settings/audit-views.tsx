// The audit screen: filters (action, person, ICT day range), the entries newest first, pagination.
// Entries become rows through `presentAuditEntry`: Vietnamese labels for actions and subjects (the
// code itself when unknown), ICT time, and the detail as lines of text (printed escaped).
import type { Staff } from '../backoffice/guard.js';
import { Notice, BackofficeLayout } from '../backoffice/layout.js';
import { PATHS } from '../backoffice/paths.js';
import { actionLabel } from '../audit/labels.js';
import type { Messages } from '../messages/index.js';
import { formatDateTime } from '../vi/index.js';
import { SelectInput, TextInput } from '../backoffice/fields.js';
import type { AuditEntry } from '../audit/log.js';
import type { AuditQuery } from './audit-filters.js';
import { auditQueryString } from './audit-filters.js';
import { DataTable } from '../backoffice/table.js';

export interface AuditRow {
  id: number;
  when: string;
  at: string;
  who: string;
  what: string;
  code: string;
  subject: string;
  subjectHref?: string;
  ip: string;
  detail: string[];
}

const DETAIL_MAX = 300;

function valueText(v: unknown): string {
  const s = typeof v === 'string' ? v : v === null || v === undefined ? '—' : JSON.stringify(v);
  return s.length > DETAIL_MAX ? `${s.slice(0, DETAIL_MAX)}…` : s;
}

/** The detail object as lines: "key: value", and "field: old → new" for recorded changes; keys by their catalogue name. */
export function detailLines(t: Messages, detail: Record<string, unknown>): string[] {
  const key = (k: string) => t.settings.detailKeys[k] ?? k;
  const lines: string[] = [];
  for (const [k, v] of Object.entries(detail)) {
    if (k === 'changes' && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [field, change] of Object.entries(v as Record<string, unknown>)) {
        const c = change as { from?: unknown; to?: unknown } | null;
        lines.push(c && typeof c === 'object' && 'to' in c ? `${key(field)}: ${valueText(c.from)} → ${valueText(c.to)}` : `${key(field)}: ${valueText(change)}`);
      }
    } else lines.push(`${key(k)}: ${valueText(v)}`);
  }
  return lines;
}


export function presentAuditEntry(t: Messages, e: AuditEntry, names: ReadonlyMap<number, string>): AuditRow {
  const who = e.userId === null ? t.settings.auditSystem : (names.get(e.userId) ?? e.username ?? `#${e.userId}`);
  const type = t.settings.subjects[e.subjectType] ?? e.subjectType;
  return {
    id: e.id,
    when: formatDateTime(e.at),
    at: e.at,
    who,
    what: actionLabel(t, e.action),
    code: e.action,
    subject: e.subjectId === null ? type : `${type} #${e.subjectId}`,
    subjectHref: e.subjectType === 'article' && e.subjectId !== null ? PATHS.article(e.subjectId) : undefined,
    ip: e.ip,
    detail: detailLines(t, e.detail),
  };
}

export interface AuditPageProps {
  staff: Staff;
  query: AuditQuery;
  rows: AuditRow[];
  hasNext: boolean;
  actions: string[];
  users: { id: number; label: string }[];
}

export function AuditPage({ staff, query, rows, hasNext, actions, users }: AuditPageProps) {
  const { t } = staff;
  const s = t.settings;
  // Two codes with one name (article.edit, article.update) are told apart by their code.
  const labels = actions.map((a) => actionLabel(t, a));
  const actionOptions: [string, string][] = [
    ['', t.all],
    ...actions.map((a, i): [string, string] => [a, labels.indexOf(labels[i]!) !== labels.lastIndexOf(labels[i]!) ? `${labels[i]} (${a})` : labels[i]!]),
  ];
  const userOptions: [string, string][] = [['', t.all], ...users.map((u): [string, string] => [String(u.id), u.label])];
  const page = query.page;
  return (
    <BackofficeLayout staff={staff} title={s.auditTitle} current="audit">
      <h1>{s.auditTitle}</h1>
      <p>{s.auditIntro}</p>
      {query.problems.map((p) => (
        <Notice message={p} kind="error" />
      ))}
      <form method="get" action={PATHS.audit} class="filters" role="search">
        <SelectInput name="hanh-dong" label={s.auditAction} value={query.form.action} options={actionOptions} errors={{}} />
        <SelectInput name="nguoi-dung" label={s.auditUser} value={query.form.user} options={userOptions} errors={{}} />
        <TextInput name="tu-ngay" label={s.auditFrom} value={query.form.from} errors={{}} hint={s.auditDateHint} max={20} />
        <TextInput name="den-ngay" label={s.auditTo} value={query.form.to} errors={{}} hint={s.auditDateHint} max={20} />
        <p class="actions">
          <button type="submit">{t.filter}</button>
          <a href={PATHS.audit}>{s.auditClear}</a>
        </p>
      </form>
      {rows.length === 0 ? (
        <p>{s.auditEmpty}</p>
      ) : (
        <div class="table-wrap">
          <DataTable class="audit-table">
            <caption class="visually-hidden">{`${s.auditTitle}, ${s.auditPage(page)}`}</caption>
            <thead>
              <tr>
                <th scope="col">{s.auditWhen}</th>
                <th scope="col">{s.auditUser}</th>
                <th scope="col">{s.auditWhat}</th>
                <th scope="col">{s.auditSubject}</th>
                <th scope="col">{s.auditAddress}</th>
                <th scope="col">{s.auditDetail}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <time datetime={r.at}>{r.when}</time>
                  </td>
                  <td>{r.who}</td>
                  <td>
                    {r.what}
                    {r.what !== r.code && <span class="audit-code">{` (${r.code})`}</span>}
                  </td>
                  <td>{r.subjectHref ? <a href={r.subjectHref}>{r.subject}</a> : r.subject}</td>
                  <td>{r.ip}</td>
                  <td>
                    {r.detail.length > 0 && (
                      <ul class="audit-detail">
                        {r.detail.map((line) => (
                          <li>{line}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      )}
      {(page > 1 || hasNext) && (
        <nav class="pagination" aria-label={s.auditTitle}>
          <ul>
            {page > 1 && (
              <li>
                <a href={PATHS.audit + auditQueryString(query.form, page - 1)} rel="prev">
                  {t.previousPage}
                </a>
              </li>
            )}
            <li>
              <span aria-current="page">{s.auditPage(page)}</span>
            </li>
            {hasNext && (
              <li>
                <a href={PATHS.audit + auditQueryString(query.form, page + 1)} rel="next">
                  {t.nextPage}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </BackofficeLayout>
  );
}
