// Văn bản's queries: the site's lists (types, issuers, fields — seeded on first use), one document
// with its fields, files and relations both ways, and the public list with its filters. Every query
// is narrowed to one site; the public sees only published documents.
import type { Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { DocumentFieldsTable, DocumentIssuersTable, DocumentRelation, DocumentTypesTable, DocumentsTable } from '../db/schema.js';
import type { Selectable } from 'kysely';
import { TYPE_ABBREVIATIONS } from '../vi/document-number.js';
import { foldLower, slugify } from '../vi/index.js';

export type DocumentRow = Selectable<DocumentsTable>;
export type DocumentTypeRow = Selectable<DocumentTypesTable>;
export type DocumentIssuerRow = Selectable<DocumentIssuersTable>;
export type DocumentFieldRow = Selectable<DocumentFieldsTable>;

export const documentUrl = (d: { slug: string }) => `/van-ban/${d.slug}`;
export const documentFileUrl = (d: { slug: string }, fileId: number) => `/van-ban/${d.slug}/tep/${fileId}`;
export const DOCUMENTS_PATH = '/van-ban';
export const DOCUMENT_KIND = 'document';

/** The types a new site starts with (a site adds its own). */
export const DEFAULT_TYPES = ['Quyết định', 'Công văn', 'Kế hoạch', 'Thông báo', 'Nghị quyết', 'Chỉ thị', 'Báo cáo', 'Tờ trình', 'Hướng dẫn', 'Chương trình', 'Quy định'];

/** How each relation reads from the document that holds it, and from the one it names. */
export const RELATIONS: Record<DocumentRelation, { forward: string; backward: string; slug: string }> = {
  replaces: { forward: 'Thay thế', backward: 'Bị thay thế bởi', slug: 'thay-the' },
  amends: { forward: 'Sửa đổi', backward: 'Được sửa đổi bởi', slug: 'sua-doi' },
  supplements: { forward: 'Bổ sung', backward: 'Được bổ sung bởi', slug: 'bo-sung' },
  guides: { forward: 'Hướng dẫn', backward: 'Được hướng dẫn bởi', slug: 'huong-dan' },
  related: { forward: 'Liên quan', backward: 'Liên quan', slug: 'lien-quan' },
};
export const RELATION_KEYS = Object.keys(RELATIONS) as DocumentRelation[];

/** The site's types, the defaults inserted on first use (one statement each; a race inserts nothing twice). */
export async function documentTypes(db: Db, siteId: number): Promise<DocumentTypeRow[]> {
  const rows = await db.selectFrom('document_types').selectAll().where('site_id', '=', siteId).orderBy('position').orderBy('id').execute();
  if (rows.length) return rows;
  await db
    .insertInto('document_types')
    .values(DEFAULT_TYPES.map((name, i) => ({ site_id: siteId, name, abbreviation: name === 'Công văn' ? '' : (TYPE_ABBREVIATIONS[name] ?? ''), position: i })))
    .onConflict((oc) => oc.columns(['site_id', 'name']).doNothing())
    .execute();
  return db.selectFrom('document_types').selectAll().where('site_id', '=', siteId).orderBy('position').orderBy('id').execute();
}

export const documentIssuers = (db: Db, siteId: number) => db.selectFrom('document_issuers').selectAll().where('site_id', '=', siteId).orderBy('position').orderBy('name').execute();
export const documentFields = (db: Db, siteId: number) => db.selectFrom('document_fields').selectAll().where('site_id', '=', siteId).orderBy('position').orderBy('name').execute();

/** A field and every field below it. */
export function fieldWithDescendants(all: DocumentFieldRow[], id: number): number[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const f of all) if (f.parent_id === out[i] && !out.includes(f.id)) out.push(f.id);
  return out;
}

/** "Giáo dục › Mầm non": a field's name under its parents'. */
export function fieldPath(all: DocumentFieldRow[], f: DocumentFieldRow): string {
  const names = [f.name];
  let p = f.parent_id === null ? undefined : all.find((x) => x.id === f.parent_id);
  for (let guard = 0; p && guard < 10; guard++) {
    names.unshift(p.name);
    p = p.parent_id === null ? undefined : all.find((x) => x.id === p!.parent_id);
  }
  return names.join(' › ');
}

/** The columns folded for the list's text filter. */
export const foldedColumns = (d: { number_text: string; summary: string; signer_name: string }) => ({
  text_folded: foldLower(`${d.number_text} ${d.summary} ${d.signer_name}`),
  signer_folded: foldLower(d.signer_name),
});

export const slugFor = (typeName: string, numberText: string, year: number) => slugify(`${typeName} ${numberText.replace(/\//g, ' ')} ${numberText.includes(`/${year}/`) ? '' : year}`, 120);

export async function documentById(db: Db, siteId: number, id: number): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export async function publishedDocumentBySlug(db: Db, siteId: number, slug: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst();
}

export async function fieldIdsOf(db: Db, documentId: number): Promise<number[]> {
  return (await db.selectFrom('document_field_links').select('field_id').where('document_id', '=', documentId).execute()).map((r) => r.field_id);
}

export const filesOf = (db: Db, siteId: number, documentId: number) =>
  db.selectFrom('document_files').selectAll().where('site_id', '=', siteId).where('document_id', '=', documentId).orderBy('position').orderBy('id').execute();

export interface RelatedDocument {
  relationId: number;
  relation: DocumentRelation;
  /** This document holds the relation ("thay thế X"), or is named by it ("bị thay thế bởi X"). */
  direction: 'forward' | 'backward';
  id: number;
  slug: string;
  number_text: string;
  summary: string;
  status: string;
  issued_on: string;
  effective_on: string | null;
}

/** Every relation of a document, both ways (only published others for the public). */
export async function relationsOf(db: Db, siteId: number, documentId: number, publicOnly: boolean): Promise<RelatedDocument[]> {
  const cols = ['documents.id', 'documents.slug', 'documents.number_text', 'documents.summary', 'documents.status', 'documents.issued_on', 'documents.effective_on'] as const;
  let fwd = db
    .selectFrom('document_relations')
    .innerJoin('documents', 'documents.id', 'document_relations.to_id')
    .select(['document_relations.id as relationId', 'document_relations.relation', ...cols])
    .where('document_relations.site_id', '=', siteId)
    .where('document_relations.from_id', '=', documentId);
  let back = db
    .selectFrom('document_relations')
    .innerJoin('documents', 'documents.id', 'document_relations.from_id')
    .select(['document_relations.id as relationId', 'document_relations.relation', ...cols])
    .where('document_relations.site_id', '=', siteId)
    .where('document_relations.to_id', '=', documentId);
  if (publicOnly) {
    fwd = fwd.where('documents.status', '=', 'published');
    back = back.where('documents.status', '=', 'published');
  }
  const [f, b] = await Promise.all([fwd.execute(), back.execute()]);
  return [...f.map((r) => ({ ...r, direction: 'forward' as const })), ...b.map((r) => ({ ...r, direction: 'backward' as const }))];
}

// ---- Validity --------------------------------------------------------------------------------

export type Validity = 'in-force' | 'not-yet' | 'expired';
export const VALIDITY_LABELS: Record<Validity, string> = { 'in-force': 'Còn hiệu lực', 'not-yet': 'Chưa có hiệu lực', expired: 'Hết hiệu lực' };
export const VALIDITY_SLUGS: Record<string, Validity> = { 'con-hieu-luc': 'in-force', 'chua-co-hieu-luc': 'not-yet', 'het-hieu-luc': 'expired' };

/** A published replacement in force on `today` names this document (SQL, for the list's filter). */
function replacedOn(today: string): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from document_relations r join documents n on n.id = r.from_id
    where r.to_id = documents.id and r.relation = 'replaces' and n.status = 'published' and coalesce(n.effective_on, n.issued_on) <= ${today})`;
}

/** The documents of a validity on `today` (the same rule as `validityOf`). */
function validityWhere(v: Validity, today: string): Expression<SqlBool> {
  const replaced = replacedOn(today);
  if (v === 'expired') return sql<SqlBool>`(documents.expires_on <= ${today} or ${replaced})`;
  if (v === 'not-yet') return sql<SqlBool>`(documents.effective_on > ${today} and not ${replaced})`;
  return sql<SqlBool>`((documents.effective_on is null or documents.effective_on <= ${today}) and (documents.expires_on is null or documents.expires_on > ${today}) and not ${replaced})`;
}

/** A document's validity on `today` ('YYYY-MM-DD', ICT): replaced by a published document in force,
 *  or past its ngày hết hiệu lực (the first day it no longer applies): expired; before its ngày
 *  hiệu lực: not yet; otherwise in force. */
export function validityOf(d: Pick<DocumentRow, 'effective_on' | 'expires_on'>, replacements: { effective_on: string | null; issued_on: string }[], today: string): Validity {
  if (replacements.some((r) => (r.effective_on ?? r.issued_on) <= today)) return 'expired';
  if (d.expires_on && d.expires_on <= today) return 'expired';
  if (d.effective_on && d.effective_on > today) return 'not-yet';
  return 'in-force';
}

// ---- The public list -------------------------------------------------------------------------

export interface DocumentFilters {
  typeId?: number;
  issuerId?: number;
  fieldIds?: number[];
  /** Folded words of the signer's name. */
  signer?: string;
  year?: number;
  /** The number part ("123"), or a folded piece of the số, ký hiệu. */
  number?: string;
  validity?: Validity;
  /** Folded words, each in the number, summary or signer. */
  words?: string[];
}

export type DocumentSort = 'newest' | 'oldest' | 'number-asc' | 'number-desc';

export interface ListedDocument {
  id: number;
  slug: string;
  number_text: string;
  summary: string;
  issued_on: string;
  effective_on: string | null;
  expires_on: string | null;
  type_name: string;
  issuer_name: string;
  signer_name: string;
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtered(db: Db, siteId: number, f: DocumentFilters, today: string) {
  let q = db.selectFrom('documents').where('documents.site_id', '=', siteId).where('documents.status', '=', 'published');
  if (f.typeId !== undefined) q = q.where('documents.type_id', '=', f.typeId);
  if (f.issuerId !== undefined) q = q.where('documents.issuer_id', '=', f.issuerId);
  if (f.year !== undefined) q = q.where('documents.issue_year', '=', f.year);
  if (f.fieldIds) {
    const ids = f.fieldIds.length ? f.fieldIds : [0];
    q = q.where((eb) => eb.exists(eb.selectFrom('document_field_links').select('document_field_links.document_id').whereRef('document_field_links.document_id', '=', 'documents.id').where('document_field_links.field_id', 'in', ids)));
  }
  if (f.signer) q = q.where(sql<SqlBool>`documents.signer_folded like ${like(f.signer)} escape '\\'`);
  if (f.number) {
    const n = f.number;
    q = /^\d+$/.test(n) ? q.where('documents.number', '=', Number(n)) : q.where(sql<SqlBool>`documents.text_folded like ${like(n)} escape '\\'`);
  }
  for (const w of f.words ?? []) q = q.where(sql<SqlBool>`documents.text_folded like ${like(w)} escape '\\'`);
  if (f.validity) q = q.where(validityWhere(f.validity, today));
  return q;
}

export async function listDocuments(db: Db, siteId: number, f: DocumentFilters, sort: DocumentSort, today: string, limit: number, offset: number): Promise<{ rows: ListedDocument[]; total: number }> {
  const base = filtered(db, siteId, f, today);
  let q = base
    .innerJoin('document_types', 'document_types.id', 'documents.type_id')
    .innerJoin('document_issuers', 'document_issuers.id', 'documents.issuer_id')
    .select(['documents.id', 'documents.slug', 'documents.number_text', 'documents.summary', 'documents.issued_on', 'documents.effective_on', 'documents.expires_on', 'documents.signer_name', 'document_types.name as type_name', 'document_issuers.name as issuer_name']);
  if (sort === 'newest') q = q.orderBy('documents.issued_on', 'desc').orderBy('documents.id', 'desc');
  else if (sort === 'oldest') q = q.orderBy('documents.issued_on', 'asc').orderBy('documents.id', 'asc');
  else if (sort === 'number-asc') q = q.orderBy('documents.issue_year', 'asc').orderBy('documents.number', 'asc').orderBy('documents.id', 'asc');
  else q = q.orderBy('documents.issue_year', 'desc').orderBy('documents.number', 'desc').orderBy('documents.id', 'desc');
  const [rows, count] = await Promise.all([q.limit(limit).offset(offset).execute(), base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()]);
  return { rows, total: Number(count.n) };
}

/** The published documents that replace each of `ids` (for their validity), by the id they replace. */
export async function replacementsOf(db: Db, siteId: number, ids: number[]): Promise<Map<number, { id: number; slug: string; number_text: string; effective_on: string | null; issued_on: string }[]>> {
  const out = new Map<number, { id: number; slug: string; number_text: string; effective_on: string | null; issued_on: string }[]>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('document_relations')
    .innerJoin('documents', 'documents.id', 'document_relations.from_id')
    .select(['document_relations.to_id', 'documents.id', 'documents.slug', 'documents.number_text', 'documents.effective_on', 'documents.issued_on'])
    .where('document_relations.site_id', '=', siteId)
    .where('document_relations.relation', '=', 'replaces')
    .where('document_relations.to_id', 'in', ids)
    .where('documents.status', '=', 'published')
    .execute();
  for (const r of rows) {
    const list = out.get(r.to_id) ?? [];
    list.push(r);
    out.set(r.to_id, list);
  }
  return out;
}

/** The newest published documents (the home page's "Văn bản mới", the feed). */
export async function latestDocuments(db: Db, siteId: number, limit: number) {
  return db
    .selectFrom('documents')
    .innerJoin('document_types', 'document_types.id', 'documents.type_id')
    .innerJoin('document_issuers', 'document_issuers.id', 'documents.issuer_id')
    .select(['documents.id', 'documents.slug', 'documents.number_text', 'documents.summary', 'documents.body_html', 'documents.issued_on', 'documents.published_at', 'documents.updated_at', 'documents.signer_name', 'document_types.name as type_name', 'document_issuers.name as issuer_name'])
    .where('documents.site_id', '=', siteId)
    .where('documents.status', '=', 'published')
    .orderBy('documents.published_at', 'desc')
    .orderBy('documents.id', 'desc')
    .limit(limit)
    .execute();
}

/** The signers of the site's published documents (the list's "Người ký" choices). */
export async function signersOf(db: Db, siteId: number): Promise<string[]> {
  const rows = await db.selectFrom('documents').select('signer_name').distinct().where('site_id', '=', siteId).where('status', '=', 'published').where('signer_name', '!=', '').orderBy('signer_name').limit(200).execute();
  return rows.map((r) => r.signer_name);
}

/** The years of the site's published documents, newest first. */
export async function yearsOf(db: Db, siteId: number): Promise<number[]> {
  const rows = await db.selectFrom('documents').select('issue_year').distinct().where('site_id', '=', siteId).where('status', '=', 'published').orderBy('issue_year', 'desc').execute();
  return rows.map((r) => r.issue_year);
}
