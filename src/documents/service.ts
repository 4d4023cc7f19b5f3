// Văn bản's writes: registering and editing a document (every field checked at once, the số, ký
// hiệu against the chosen type and issuer, unique per issuer and year by a unique index), its
// attached files (typed from their bytes), its relations and the site's lists. Each write is one
// transaction with its audit entry, `publicChange` and the search index when the public sees it.
import crypto from 'node:crypto';
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { DocumentRelation, DocumentStatus } from '../db/schema.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import type { FieldErrors } from '../errors/index.js';
import type { StaffContext } from '../backoffice/guard.js';
import { whyNot } from '../accounts/policy.js';
import { audit } from '../audit/log.js';
import { publicChange } from '../web/page-cache.js';
import { reindex } from '../search/index.js';
import { msg } from '../messages/index.js';
import { cleanLine, parseViDate, slugify } from '../vi/index.js';
import { numberMismatch, readDocumentNumber } from '../vi/document-number.js';
import { sanitizeTypedBody } from '../richtext/sanitize.js';
import { detectOfficeFile, PDF_MAX_BYTES, isCompletePdf } from '../media/detect.js';
import type { MediaStorage } from '../media/storage.js';
import type { DocumentRow } from './queries.js';
import { DOCUMENT_KIND, RELATION_KEYS, documentById, documentFields, documentIssuers, documentTypes, foldedColumns, slugFor } from './queries.js';

const t = msg.documents;

type Ctx = Pick<StaffContext, 'siteId' | 'userId' | 'ip' | 'now' | 'actor'>;

/** The form of a document as the route's schema read it (NFC, one line each, within limits). */
export interface DocumentForm {
  type: string;
  number: string;
  issuer: string;
  signer_name: string;
  signer_position: string;
  issued_on: string;
  effective_on: string;
  expires_on: string;
  summary: string;
  body: string;
  fields: string[];
  publish: boolean;
}

/** The stored values, as the form shows them. */
export function formOf(d: DocumentRow, fieldIds: number[]): DocumentForm {
  const day = (s: string | null) => (s ? `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}` : '');
  return {
    type: String(d.type_id),
    number: d.number_text,
    issuer: String(d.issuer_id),
    signer_name: d.signer_name,
    signer_position: d.signer_position,
    issued_on: day(d.issued_on),
    effective_on: day(d.effective_on),
    expires_on: day(d.expires_on),
    summary: d.summary,
    body: d.body_html,
    fields: fieldIds.map(String),
    publish: d.status === 'published',
  };
}

function refuse(ctx: Ctx) {
  const why = whyNot(ctx.actor, 'document.register');
  if (why) throw new AppError('forbidden', 403, why);
}

const isUniqueViolation = (err: unknown) => {
  const e = err as { code?: string; message?: string } | null;
  return !!e && (e.code === '23505' || /UNIQUE constraint failed/.test(String(e.message)));
};

interface Checked {
  values: Omit<DocumentRow, 'id' | 'site_id' | 'slug' | 'created_by' | 'created_at' | 'updated_at' | 'published_at' | 'status'>;
  typeName: string;
  issuerName: string;
  fieldIds: number[];
  status: DocumentStatus;
}

/** Every field checked at once: a FormInvalid with each problem beside its field. */
async function check(db: Db, siteId: number, f: DocumentForm): Promise<Checked> {
  const errors: FieldErrors = {};
  const [types, issuers, fields] = await Promise.all([documentTypes(db, siteId), documentIssuers(db, siteId), documentFields(db, siteId)]);
  const type = types.find((x) => String(x.id) === f.type);
  const issuer = issuers.find((x) => String(x.id) === f.issuer);
  if (!type) errors.type = t.problems.chooseType;
  if (!issuer) errors.issuer = t.problems.chooseIssuer;
  const n = readDocumentNumber(f.number);
  if ('problem' in n) errors.number = n.problem;
  else if (type && issuer) {
    const mismatch = numberMismatch(n.ok, type.name, issuer.abbreviation);
    if (mismatch) errors.number = mismatch;
  }
  const day = (name: 'issued_on' | 'effective_on' | 'expires_on', label: string, required: boolean) => {
    const v = f[name];
    if (!v) {
      if (required) errors[name] = msg.required(label);
      return null;
    }
    const d = parseViDate(v);
    if (!d || d < '1945-01-01' || d > '2999-12-31') {
      errors[name] = t.problems.badDate(label);
      return null;
    }
    return d;
  };
  const issued = day('issued_on', t.fields.issuedOn, true);
  const effective = day('effective_on', t.fields.effectiveOn, false);
  const expires = day('expires_on', t.fields.expiresOn, false);
  if (issued && effective && effective < issued) errors.effective_on = t.problems.effectiveBeforeIssued;
  if (expires && expires <= (effective ?? issued ?? '')) errors.expires_on = t.problems.expiresBeforeEffective;
  if (!f.summary) errors.summary = msg.required(t.fields.summary);
  const fieldIds = [...new Set(f.fields)].map(Number);
  if (fieldIds.some((id) => !fields.some((x) => x.id === id))) errors.fields = t.problems.badField;
  if (Object.keys(errors).length) throw new FormInvalid(errors);
  const number = (n as { ok: NonNullable<Extract<typeof n, { ok: unknown }>['ok']> }).ok;
  const values = {
    type_id: type!.id,
    issuer_id: issuer!.id,
    number_text: number.text,
    number: number.number,
    issue_year: Number(issued!.slice(0, 4)),
    signer_name: f.signer_name,
    signer_position: f.signer_position,
    issued_on: issued!,
    effective_on: effective,
    expires_on: expires,
    summary: f.summary,
    body_html: f.body ? sanitizeTypedBody(f.body) : '',
    ...foldedColumns({ number_text: number.text, summary: f.summary, signer_name: f.signer_name }),
  };
  return { values, typeName: type!.name, issuerName: issuer!.name, fieldIds, status: f.publish ? 'published' : 'draft' };
}

async function uniqueSlug(db: Db, siteId: number, wanted: string, exceptId?: number): Promise<string> {
  const base = wanted || 'van-ban';
  for (let i = 1; i < 100; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    let q = db.selectFrom('documents').select('id').where('site_id', '=', siteId).where('slug', '=', slug);
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    if (!(await q.executeTakeFirst())) return slug;
  }
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
}

async function writeFields(trx: Db, documentId: number, fieldIds: number[]) {
  await trx.deleteFrom('document_field_links').where('document_id', '=', documentId).execute();
  if (fieldIds.length) await trx.insertInto('document_field_links').values(fieldIds.map((field_id) => ({ document_id: documentId, field_id }))).execute();
}

/** The documents whose search entry or validity depends on this one (it replaces them). */
async function touched(trx: Db, siteId: number, id: number): Promise<void> {
  await reindex(trx, DOCUMENT_KIND, id);
  await publicChange(trx, siteId);
}

function duplicate(c: Checked, err: unknown): never {
  if (isUniqueViolation(err)) throw new FormInvalid({ number: t.problems.duplicateNumber(c.values.number_text, c.issuerName, c.values.issue_year) }, { code: 'duplicate_number', status: 409 });
  throw err;
}

/** Registers a document (a Văn thư, an editor or an administrator). */
export async function registerDocument(db: Db, ctx: Ctx, form: DocumentForm): Promise<DocumentRow> {
  refuse(ctx);
  const c = await check(db, ctx.siteId, form);
  const at = new Date(ctx.now).toISOString();
  try {
    return await atomically(db, async (trx) => {
      const slug = await uniqueSlug(trx, ctx.siteId, slugFor(c.typeName, c.values.number_text, c.values.issue_year));
      const row = await trx
        .insertInto('documents')
        .values({ ...c.values, site_id: ctx.siteId, slug, status: c.status, published_at: c.status === 'published' ? at : null, created_by: ctx.userId, created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeFields(trx, row.id, c.fieldIds);
      await audit(trx, { siteId: ctx.siteId, userId: ctx.userId, action: 'document.create', subjectType: 'document', subjectId: row.id, detail: { number: row.number_text }, ip: ctx.ip, at });
      if (c.status === 'published') await touched(trx, ctx.siteId, row.id);
      return row;
    });
  } catch (err) {
    return duplicate(c, err);
  }
}

export async function updateDocument(db: Db, ctx: Ctx, id: number, form: DocumentForm): Promise<DocumentRow> {
  refuse(ctx);
  const current = await documentById(db, ctx.siteId, id);
  if (!current) throw notFound(t.notFound);
  const c = await check(db, ctx.siteId, form);
  const at = new Date(ctx.now).toISOString();
  try {
    return await atomically(db, async (trx) => {
      // A published document keeps its address; a draft's follows its number.
      const slug = current.status === 'published' ? current.slug : await uniqueSlug(trx, ctx.siteId, slugFor(c.typeName, c.values.number_text, c.values.issue_year), id);
      const published_at = c.status === 'published' ? (current.published_at ?? at) : current.published_at;
      const row = await trx
        .updateTable('documents')
        .set({ ...c.values, slug, status: c.status, published_at, updated_at: at })
        .where('id', '=', id)
        .where('site_id', '=', ctx.siteId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeFields(trx, id, c.fieldIds);
      await audit(trx, { siteId: ctx.siteId, userId: ctx.userId, action: c.status !== current.status ? (c.status === 'published' ? 'document.publish' : 'document.unpublish') : 'document.edit', subjectType: 'document', subjectId: id, detail: { number: row.number_text }, ip: ctx.ip, at });
      if (c.status === 'published' || current.status === 'published') await touched(trx, ctx.siteId, id);
      return row;
    });
  } catch (err) {
    return duplicate(c, err);
  }
}

// ---- Files -------------------------------------------------------------------------------------

export interface UploadedDocumentFile {
  data: Buffer;
  name: string;
  truncated: boolean;
}

export const FILE_MAX_BYTES = PDF_MAX_BYTES;

/** The name as it will be downloaded: no folders, NFC, safe characters, its real extension. */
export function downloadName(raw: string, ext: string): string {
  const base = cleanLine(raw.split(/[\\/]/).pop() ?? '')
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[\u0000-\u001f"*:<>?|]/g, '')
    .slice(0, 150)
    .trim();
  return `${base || 'van-ban'}.${ext}`;
}

export async function attachFile(db: Db, storage: MediaStorage, ctx: Ctx, documentId: number, title: string, file: UploadedDocumentFile | undefined): Promise<void> {
  refuse(ctx);
  const doc = await documentById(db, ctx.siteId, documentId);
  if (!doc) throw notFound(t.notFound);
  const bad = (field: string, message: string, status = 400, code = 'bad_file') => new FormInvalid({ [field]: message }, { code, status });
  const errors: FieldErrors = {};
  if (!file || (file.data.length === 0 && !file.truncated)) throw bad('file', t.problems.noFile);
  if (file.truncated || file.data.length > FILE_MAX_BYTES) throw bad('file', t.problems.tooLarge, 413, 'too_large');
  const type = await detectOfficeFile(file.data, file.name);
  if (!type || (type.ext === 'pdf' && !isCompletePdf(file.data))) throw bad('file', t.problems.unsupported, 415, 'unsupported_type');
  const named = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (named && named !== type.ext) errors.file = t.problems.nameMismatch(named, type.ext);
  if (Object.keys(errors).length) throw new FormInvalid(errors, { code: 'name_mismatch', status: 415 });
  const fileName = downloadName(file.name, type.ext);
  const shownTitle = title || fileName.replace(/\.[a-z0-9]+$/, '');
  const at = new Date(ctx.now).toISOString();
  const key = `van-ban/${ctx.siteId}/${crypto.randomBytes(16).toString('hex')}`;
  await storage.put(key, file.data);
  try {
    await atomically(db, async (trx) => {
      const last = await trx.selectFrom('document_files').select((eb) => eb.fn.max('position').as('p')).where('document_id', '=', documentId).executeTakeFirst();
      const row = await trx
        .insertInto('document_files')
        .values({ site_id: ctx.siteId, document_id: documentId, title: shownTitle, file_name: fileName, mime: type.mime, ext: type.ext, size: file.data.length, storage_key: key, sha256: crypto.createHash('sha256').update(file.data).digest('hex'), position: Number(last?.p ?? -1) + 1, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('documents').set({ updated_at: at }).where('id', '=', documentId).execute();
      await audit(trx, { siteId: ctx.siteId, userId: ctx.userId, action: 'document.attach', subjectType: 'document', subjectId: documentId, detail: { file: row.id, name: fileName }, ip: ctx.ip, at });
      if (doc.status === 'published') await publicChange(trx, ctx.siteId);
    });
  } catch (err) {
    await storage.remove(key);
    throw err;
  }
}

export async function removeFile(db: Db, storage: MediaStorage, ctx: Ctx, documentId: number, fileId: number): Promise<void> {
  refuse(ctx);
  const doc = await documentById(db, ctx.siteId, documentId);
  const file = doc && (await db.selectFrom('document_files').selectAll().where('id', '=', fileId).where('document_id', '=', documentId).where('site_id', '=', ctx.siteId).executeTakeFirst());
  if (!doc || !file) throw notFound(t.notFound);
  const at = new Date(ctx.now).toISOString();
  await atomically(db, async (trx) => {
    await trx.deleteFrom('document_files').where('id', '=', fileId).execute();
    await audit(trx, { siteId: ctx.siteId, userId: ctx.userId, action: 'document.detach', subjectType: 'document', subjectId: documentId, detail: { file: fileId, name: file.file_name }, ip: ctx.ip, at });
    if (doc.status === 'published') await publicChange(trx, ctx.siteId);
  });
  await storage.remove(file.storage_key);
}

// ---- Relations ---------------------------------------------------------------------------------

/** Links this document to another of the site, named by its số, ký hiệu (and, when several issuers share it, the newest). */
export async function addRelation(db: Db, ctx: Ctx, documentId: number, relation: string, target: string): Promise<void> {
  refuse(ctx);
  const doc = await documentById(db, ctx.siteId, documentId);
  if (!doc) throw notFound(t.notFound);
  if (!(RELATION_KEYS as string[]).includes(relation)) throw new FormInvalid({ relation: msg.badInput });
  const n = readDocumentNumber(target);
  if ('problem' in n) throw new FormInvalid({ target: n.problem });
  const other = await db.selectFrom('documents').selectAll().where('site_id', '=', ctx.siteId).where('number_text', '=', n.ok.text).orderBy('issued_on', 'desc').executeTakeFirst();
  if (!other) throw new FormInvalid({ target: t.problems.unknownTarget(n.ok.text) });
  if (other.id === documentId) throw new FormInvalid({ target: t.problems.selfRelation });
  const at = new Date(ctx.now).toISOString();
  try {
    await atomically(db, async (trx) => {
      await trx.insertInto('document_relations').values({ site_id: ctx.siteId, from_id: documentId, to_id: other.id, relation: relation as DocumentRelation }).execute();
      await audit(trx, { siteId: ctx.siteId, userId: ctx.userId, action: 'document.relate', subjectType: 'document', subjectId: documentId, detail: { relation, to: other.id }, ip: ctx.ip, at });
      await publicChange(trx, ctx.siteId);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new FormInvalid({ target: t.problems.duplicateRelation }, { code: 'duplicate_relation', status: 409 });
    throw err;
  }
}

export async function removeRelation(db: Db, ctx: Ctx, documentId: number, relationId: number): Promise<void> {
  refuse(ctx);
  const rel = await db
    .selectFrom('document_relations')
    .selectAll()
    .where('id', '=', relationId)
    .where('site_id', '=', ctx.siteId)
    .where((eb) => eb.or([eb('from_id', '=', documentId), eb('to_id', '=', documentId)]))
    .executeTakeFirst();
  if (!rel) throw notFound(t.notFound);
  const at = new Date(ctx.now).toISOString();
  await atomically(db, async (trx) => {
    await trx.deleteFrom('document_relations').where('id', '=', relationId).execute();
    await audit(trx, { siteId: ctx.siteId, userId: ctx.userId, action: 'document.unrelate', subjectType: 'document', subjectId: documentId, detail: { relation: rel.relation, from: rel.from_id, to: rel.to_id }, ip: ctx.ip, at });
    await publicChange(trx, ctx.siteId);
  });
}

// ---- The site's lists --------------------------------------------------------------------------

const ABBREVIATION = /^[A-ZĐ][A-Za-zĐđ0-9]*$/;

export async function addListEntry(db: Db, ctx: Ctx, list: 'type' | 'issuer' | 'field', input: { name: string; abbreviation: string; parent: string }): Promise<void> {
  refuse(ctx);
  const errors: FieldErrors = {};
  if (!input.name) errors.name = msg.required(t.fields.name);
  const abbreviation = input.abbreviation;
  if (list === 'issuer' && !abbreviation) errors.abbreviation = t.problems.abbreviationRequired;
  if (abbreviation && !ABBREVIATION.test(abbreviation)) errors.abbreviation = t.problems.badAbbreviation;
  let parentId: number | null = null;
  if (list === 'field' && input.parent) {
    const all = await documentFields(db, ctx.siteId);
    const parent = all.find((f) => String(f.id) === input.parent);
    if (!parent) errors.parent = t.problems.badField;
    else parentId = parent.id;
  }
  if (Object.keys(errors).length) throw new FormInvalid(errors);
  const at = new Date(ctx.now).toISOString();
  try {
    await atomically(db, async (trx) => {
      if (list === 'type') await trx.insertInto('document_types').values({ site_id: ctx.siteId, name: input.name, abbreviation, position: 100 }).execute();
      else if (list === 'issuer') await trx.insertInto('document_issuers').values({ site_id: ctx.siteId, name: input.name, abbreviation: abbreviation.toLocaleUpperCase('vi'), position: 100 }).execute();
      else await trx.insertInto('document_fields').values({ site_id: ctx.siteId, parent_id: parentId, name: input.name, slug: slugify(input.name) || 'linh-vuc', position: 100 }).execute();
      await audit(trx, { siteId: ctx.siteId, userId: ctx.userId, action: `document.list_${list}`, subjectType: 'document', subjectId: null, detail: { name: input.name }, ip: ctx.ip, at });
      await publicChange(trx, ctx.siteId);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new FormInvalid({ name: t.problems.nameTaken }, { code: 'name_taken', status: 409 });
    throw err;
  }
}
