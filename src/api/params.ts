// Query parameters of the content API, read one by one with a Vietnamese 400 naming the parameter
// at fault. A parameter given twice is refused (never silently the first or the last).
import { addDays, cleanLine, ictMidnightUtc, parseViDate } from '../vi/index.js';
import { badParam } from './errors.js';
import type { Cursor } from './cursor.js';
import { decodeCursor } from './cursor.js';

export type Query = Record<string, unknown>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
export const MAX_Q = 1000;
const MAX_PAGE = 10_000;

/** The raw text of a parameter, or undefined when absent; an empty value counts as absent. */
function text(query: Query, name: string): string | undefined {
  const v = query[name];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') throw badParam(name, `Tham số "${name}" chỉ được có một giá trị.`);
  return v;
}

export function slugFilter(query: Query, name: string, label: string): string | undefined {
  const v = text(query, name);
  if (v !== undefined && (v.length > 200 || !SLUG.test(v))) throw badParam(name, `${label} (${name}) phải là một đường dẫn ngắn gồm chữ thường không dấu, chữ số và dấu gạch ngang.`);
  return v;
}

export function limitParam(query: Query): number {
  const v = text(query, 'limit');
  if (v === undefined) return DEFAULT_LIMIT;
  const n = /^\d{1,3}$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= MAX_LIMIT)) throw badParam('limit', `Số mục mỗi trang (limit) phải là số nguyên từ 1 đến ${MAX_LIMIT}.`);
  return n;
}

export function pageParam(query: Query): number {
  const v = text(query, 'page');
  if (v === undefined) return 1;
  const n = /^\d{1,5}$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= MAX_PAGE)) throw badParam('page', `Số trang (page) phải là số nguyên từ 1 đến ${MAX_PAGE}.`);
  return n;
}

export function cursorParam(query: Query): Cursor | undefined {
  const v = text(query, 'cursor');
  return v === undefined ? undefined : decodeCursor(v);
}

/** A calendar day "YYYY-MM-DD" (a real date), or undefined. */
function dayParam(query: Query, name: string, label: string): string | undefined {
  const v = text(query, name);
  if (v === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const ok = m && Number(m[1]) >= 1900 && parseViDate(v) === v;
  if (!ok) throw badParam(name, `${label} (${name}) phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2024-01-31).`);
  return v;
}

export interface DayRange {
  /** The days as given (ICT calendar days). */
  from?: string;
  to?: string;
  /** The same as UTC instants: published_at >= fromIso and < beforeIso. */
  fromIso?: string;
  beforeIso?: string;
}

export function dayRange(query: Query): DayRange {
  const from = dayParam(query, 'from', 'Ngày bắt đầu');
  const to = dayParam(query, 'to', 'Ngày kết thúc');
  if (from && to && from > to) throw badParam('to', 'Ngày kết thúc (to) không được trước ngày bắt đầu (from).');
  return {
    from,
    to,
    fromIso: from ? ictMidnightUtc(from).toISOString() : undefined,
    beforeIso: to ? ictMidnightUtc(addDays(to, 1)).toISOString() : undefined,
  };
}

/** The search text: one line, NFC, at most MAX_Q characters (longer is a 400, not a silent cut). */
export function searchText(query: Query): string {
  const v = text(query, 'q') ?? '';
  if (v.length > MAX_Q * 4) throw badParam('q', `Từ khóa tìm kiếm (q) không được dài quá ${MAX_Q} ký tự.`);
  const q = cleanLine(v);
  if (q.length > MAX_Q) throw badParam('q', `Từ khóa tìm kiếm (q) không được dài quá ${MAX_Q} ký tự.`);
  return q;
}
