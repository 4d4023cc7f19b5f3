// The audit screen's query string: action, person, a range of Asia/Ho_Chi_Minh days, page.
// Bad values never fail the page: each is dropped with a message saying so.
import type { AuditFilter } from '../audit/log.js';
import { addDays, cleanLine, ictMidnightUtc, parseViDate } from '../vi/index.js';
import { msg } from '../messages/index.js';

const t = msg.settings;

export const AUDIT_PAGE_SIZE = 50;
const MAX_PAGE = 100_000;

/** The query as typed (shown again in the filter form). */
export interface AuditQueryRaw {
  action: string;
  user: string;
  from: string;
  to: string;
  page: string;
}

export interface AuditQuery {
  /** What the filter form shows: the values kept (dropped ones are emptied). */
  form: Omit<AuditQueryRaw, 'page'>;
  filter: Omit<AuditFilter, 'limit' | 'offset'>;
  page: number;
  /** Why values were dropped, in Vietnamese. */
  problems: string[];
}

/** Parses the query; `knownActions` are the actions that may be filtered on. */
export function parseAuditQuery(raw: AuditQueryRaw, knownActions: ReadonlySet<string>): AuditQuery {
  const problems: string[] = [];
  const form = { action: '', user: '', from: '', to: '' };
  const filter: AuditQuery['filter'] = {};

  const action = cleanLine(raw.action);
  if (action) {
    if (knownActions.has(action)) filter.action = form.action = action;
    else problems.push(t.auditBadAction);
  }

  const user = cleanLine(raw.user);
  if (user) {
    if (/^[1-9]\d{0,9}$/.test(user) && Number(user) <= 2_147_483_647) {
      form.user = user;
      filter.userId = Number(user);
    } else problems.push(t.auditBadUser);
  }

  const day = (typed: string, label: string): string | undefined => {
    const s = cleanLine(typed);
    if (!s) return undefined;
    const d = s.length <= 20 ? parseViDate(s) : null;
    if (!d || d < '1970-01-01' || d > '9999-12-30') {
      problems.push(t.auditBadDate(label));
      return undefined;
    }
    return d;
  };
  const fromDay = day(raw.from, t.auditFrom);
  const toDay = day(raw.to, t.auditTo);
  if (fromDay && toDay && fromDay > toDay) problems.push(t.auditBadRange);
  else {
    if (fromDay) {
      filter.from = ictMidnightUtc(fromDay).toISOString();
      form.from = cleanLine(raw.from);
    }
    if (toDay) {
      filter.to = ictMidnightUtc(addDays(toDay, 1)).toISOString();
      form.to = cleanLine(raw.to);
    }
  }

  let page = 1;
  const p = raw.page.trim();
  if (p) {
    if (/^[1-9]\d{0,5}$/.test(p) && Number(p) <= MAX_PAGE) page = Number(p);
    else problems.push(t.auditBadPage);
  }
  return { form, filter, page, problems };
}

/** The query string of a page of the same filter ('' for the first page without filters). */
export function auditQueryString(form: AuditQuery['form'], page: number): string {
  const q = new URLSearchParams();
  if (form.action) q.set('hanh-dong', form.action);
  if (form.user) q.set('nguoi-dung', form.user);
  if (form.from) q.set('tu-ngay', form.from);
  if (form.to) q.set('den-ngay', form.to);
  if (page > 1) q.set('trang', String(page));
  const s = q.toString();
  return s ? `?${s}` : '';
}
