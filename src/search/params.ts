// Reading the search page's address: /tim-kiem?q=…&chuyen-muc=…&tu-ngay=dd/mm/yyyy&den-ngay=…&trang=N.
// Nothing here refuses a request: a value that cannot be used is left out of the search, kept in
// the form as typed (so the reader can correct it) and explained in a notice.
import type { CategoryRow } from '../db/schema.js';
import { cleanLine, formatDate, parseViDate, toDate } from '../vi/index.js';
import type { SearchQuery } from './service.js';
import { QUERY_MAX_CHARS } from './text.js';

/** The form's fields as they are shown again. */
export interface SearchForm {
  q: string;
  /** A category slug, or ''. */
  category: string;
  from: string;
  to: string;
}

export interface SearchRequest {
  /** As typed (cleaned), to show again. */
  form: SearchForm;
  /** Only what was used, for the links to other pages. */
  used: SearchForm;
  query: SearchQuery;
  /** Why some of the address was not used, in plain Vietnamese. */
  notices: string[];
}

/** The largest page number read; anything beyond has no results anyway. */
const MAX_PAGE = 10_000;
/** Longest filter value shown again in the form. */
const FIELD_MAX = 100;

/** One value of the query string (the first when repeated), cleaned; '' when absent or not text. */
function one(raw: Record<string, unknown>, name: string, max: number): string {
  const v = raw[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? cleanLine(s).slice(0, max) : '';
}

function day(typed: string, label: string, notices: string[]): string | undefined {
  if (!typed) return undefined;
  const d = parseViDate(typed);
  if (d && d >= '1900-01-01' && d <= '2999-12-31') return d;
  notices.push(`${label} “${typed}” không phải là một ngày hợp lệ (cần dạng ngày/tháng/năm, ví dụ 25/11/2026), nên chưa được dùng để lọc.`);
  return undefined;
}

export function readSearchRequest(rawQuery: unknown, categories: CategoryRow[]): SearchRequest {
  const raw = rawQuery && typeof rawQuery === 'object' ? (rawQuery as Record<string, unknown>) : {};
  const notices: string[] = [];
  const form: SearchForm = {
    q: one(raw, 'q', QUERY_MAX_CHARS),
    category: one(raw, 'chuyen-muc', FIELD_MAX),
    from: one(raw, 'tu-ngay', FIELD_MAX),
    to: one(raw, 'den-ngay', FIELD_MAX),
  };
  const query: SearchQuery = { q: form.q, page: 1 };

  const pageText = one(raw, 'trang', FIELD_MAX);
  if (pageText) {
    if (/^[1-9]\d{0,4}$/.test(pageText) && Number(pageText) <= MAX_PAGE) query.page = Number(pageText);
    else notices.push(`Số trang “${pageText}” không hợp lệ; đang hiện trang 1.`);
  }

  if (form.category) {
    const c = categories.find((x) => x.slug === form.category);
    if (c) query.categoryId = c.id;
    else {
      notices.push(`Không có chuyên mục “${form.category}” trên trang này; đã tìm trong tất cả chuyên mục.`);
      form.category = '';
    }
  }

  let from = day(form.from, 'Từ ngày', notices);
  let to = day(form.to, 'Đến ngày', notices);
  if (from && to && from > to) {
    [from, to] = [to, from];
    form.from = formatDate(toDate(from));
    form.to = formatDate(toDate(to));
    notices.push('“Từ ngày” sau “Đến ngày”: hai ngày đã được đổi chỗ cho nhau.');
  }
  if (from) query.from = from;
  if (to) query.to = to;
  const used: SearchForm = { q: form.q, category: form.category, from: from ? formatDate(toDate(from)) : '', to: to ? formatDate(toDate(to)) : '' };
  return { form, used, query, notices };
}

/** The address of another page of the same search (the filters kept). */
export function searchUrl(form: SearchForm, page = 1): string {
  const p = new URLSearchParams();
  p.set('q', form.q);
  if (form.category) p.set('chuyen-muc', form.category);
  if (form.from) p.set('tu-ngay', form.from);
  if (form.to) p.set('den-ngay', form.to);
  if (page > 1) p.set('trang', String(page));
  return `/tim-kiem?${p.toString()}`;
}
