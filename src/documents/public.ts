// Văn bản's public side as data: the list's query string read (nothing refused: what cannot be used
// is left out and said), one page of the list, and one document with everything its page shows.
import type { Db } from '../db/index.js';
import { cleanLine, foldLower, formatDate, ictDay } from '../vi/index.js';
import type { DocumentFilters, DocumentSort, ListedDocument, RelatedDocument, Validity, DocumentRow, DocumentFieldRow } from './queries.js';
import {
  VALIDITY_SLUGS,
  documentFields,
  documentIssuers,
  documentTypes,
  fieldIdsOf,
  fieldPath,
  fieldWithDescendants,
  filesOf,
  listDocuments,
  relationsOf,
  replacementsOf,
  validityOf,
  yearsOf,
} from './queries.js';

export const PER_PAGE = 20;
const SORTS: Record<string, DocumentSort> = { 'moi-nhat': 'newest', 'cu-nhat': 'oldest', 'so-tang': 'number-asc', 'so-giam': 'number-desc' };

/** The list's form as typed (cleaned), to show again and to build links. */
export interface ListForm {
  q: string;
  loai: string;
  'co-quan': string;
  'linh-vuc': string;
  'nguoi-ky': string;
  nam: string;
  so: string;
  'hieu-luc': string;
  'sap-xep': string;
}
export const LIST_PARAMS = ['q', 'loai', 'co-quan', 'linh-vuc', 'nguoi-ky', 'nam', 'so', 'hieu-luc', 'sap-xep'] as const;

export function listHref(form: ListForm, page = 1): string {
  const p = new URLSearchParams();
  for (const k of LIST_PARAMS) if (form[k]) p.set(k, form[k]);
  if (page > 1) p.set('trang', String(page));
  const s = p.toString();
  return s ? `/van-ban?${s}` : '/van-ban';
}

export interface ListCard extends ListedDocument {
  validity: Validity;
  replacedBy?: { slug: string; number_text: string };
}

export interface ListPage {
  form: ListForm;
  notices: string[];
  rows: ListCard[];
  total: number;
  page: number;
  pages: number;
  types: { value: string; label: string }[];
  issuers: { value: string; label: string }[];
  fields: { value: string; label: string }[];
  years: number[];
  /** Any filter in use (the page is not cached then). */
  filtered: boolean;
}

const one = (raw: Record<string, unknown>, name: string, max = 100) => {
  const v = raw[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? cleanLine(s).slice(0, max) : '';
};

export async function readList(db: Db, siteId: number, rawQuery: unknown, now: number): Promise<ListPage> {
  const raw = rawQuery && typeof rawQuery === 'object' ? (rawQuery as Record<string, unknown>) : {};
  const form = Object.fromEntries(LIST_PARAMS.map((k) => [k, one(raw, k, k === 'q' ? 200 : 100)])) as unknown as ListForm;
  const notices: string[] = [];
  const [types, issuers, fields, years] = await Promise.all([documentTypes(db, siteId), documentIssuers(db, siteId), documentFields(db, siteId), yearsOf(db, siteId)]);
  const f: DocumentFilters = {};
  const drop = (k: keyof ListForm, why: string) => {
    notices.push(why);
    form[k] = '';
  };
  if (form.loai) {
    const x = types.find((t) => String(t.id) === form.loai);
    if (x) f.typeId = x.id;
    else drop('loai', 'Loại văn bản đã chọn không có trên trang này; đã hiện mọi loại.');
  }
  if (form['co-quan']) {
    const x = issuers.find((t) => String(t.id) === form['co-quan']);
    if (x) f.issuerId = x.id;
    else drop('co-quan', 'Cơ quan ban hành đã chọn không có trên trang này; đã hiện mọi cơ quan.');
  }
  if (form['linh-vuc']) {
    const x = fields.find((t) => t.slug === form['linh-vuc']);
    if (x) f.fieldIds = fieldWithDescendants(fields, x.id);
    else drop('linh-vuc', 'Lĩnh vực đã chọn không có trên trang này; đã hiện mọi lĩnh vực.');
  }
  if (form.nam) {
    if (/^\d{4}$/.test(form.nam)) f.year = Number(form.nam);
    else drop('nam', `Năm “${form.nam}” không hợp lệ (cần 4 chữ số); đã hiện mọi năm.`);
  }
  if (form['nguoi-ky']) f.signer = foldLower(form['nguoi-ky']);
  if (form.so) f.number = foldLower(form.so).replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '');
  if (form['hieu-luc']) {
    const v = VALIDITY_SLUGS[form['hieu-luc']];
    if (v) f.validity = v;
    else drop('hieu-luc', 'Tình trạng hiệu lực đã chọn không hợp lệ; đã hiện mọi văn bản.');
  }
  const words = foldLower(form.q).split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length) f.words = words;
  const sort = SORTS[form['sap-xep']] ?? 'newest';
  if (form['sap-xep'] && !SORTS[form['sap-xep']]) form['sap-xep'] = '';
  const pageText = one(raw, 'trang');
  let page = /^[1-9]\d{0,4}$/.test(pageText) ? Number(pageText) : 1;
  const today = ictDay(now);
  const { rows, total } = await listDocuments(db, siteId, f, sort, today, PER_PAGE, (page - 1) * PER_PAGE);
  const pages = Math.ceil(total / PER_PAGE);
  if (page > Math.max(1, pages)) page = Math.max(1, pages);
  const replaced = await replacementsOf(db, siteId, rows.map((r) => r.id));
  const cards = rows.map((r): ListCard => {
    const reps = replaced.get(r.id) ?? [];
    const validity = validityOf(r, reps, today);
    const by = reps.find((x) => (x.effective_on ?? x.issued_on) <= today);
    return { ...r, validity, ...(by ? { replacedBy: { slug: by.slug, number_text: by.number_text } } : {}) };
  });
  return {
    form,
    notices,
    rows: cards,
    total,
    page,
    pages,
    types: types.map((x) => ({ value: String(x.id), label: x.name })),
    issuers: issuers.map((x) => ({ value: String(x.id), label: x.name })),
    fields: fields.map((x) => ({ value: x.slug, label: fieldPath(fields, x) })),
    years,
    filtered: LIST_PARAMS.some((k) => form[k]) || page > 1,
  };
}

export interface DocumentPageData {
  doc: DocumentRow;
  typeName: string;
  issuer: { name: string; abbreviation: string };
  fields: { name: string; slug: string }[];
  files: { id: number; title: string; file_name: string; ext: string; size: number }[];
  relations: RelatedDocument[];
  validity: Validity;
  replacedBy?: { slug: string; number_text: string };
}

export async function readDocument(db: Db, doc: DocumentRow, now: number): Promise<DocumentPageData> {
  const siteId = doc.site_id;
  const [types, issuers, allFields, fieldIds, files, relations] = await Promise.all([
    documentTypes(db, siteId),
    documentIssuers(db, siteId),
    documentFields(db, siteId),
    fieldIdsOf(db, doc.id),
    filesOf(db, siteId, doc.id),
    relationsOf(db, siteId, doc.id, true),
  ]);
  const today = ictDay(now);
  const reps = relations.filter((r) => r.relation === 'replaces' && r.direction === 'backward');
  const validity = validityOf(doc, reps, today);
  const by = reps.find((x) => (x.effective_on ?? x.issued_on) <= today);
  const issuer = issuers.find((x) => x.id === doc.issuer_id)!;
  return {
    doc,
    typeName: types.find((x) => x.id === doc.type_id)?.name ?? '',
    issuer: { name: issuer.name, abbreviation: issuer.abbreviation },
    fields: allFields.filter((f: DocumentFieldRow) => fieldIds.includes(f.id)).map((f) => ({ name: fieldPath(allFields, f), slug: f.slug })),
    files,
    relations,
    validity,
    ...(by ? { replacedBy: { slug: by.slug, number_text: by.number_text } } : {}),
  };
}

/** "15/03/2026" from "2026-03-15". */
export const dayText = (d: string | null) => (d ? formatDate(`${d}T05:00:00Z`) : '');
