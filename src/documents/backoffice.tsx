// Văn bản's back office: the list, registering and editing a document, its files (a multipart form
// parsed by @fastify/multipart in its own plugin, with strict limits; the bytes judged by
// service.ts), its relations and the site's lists. Every route is declared through the guard; the
// policy's 'document.register' (Văn thư, Biên tập viên, Quản trị) opens them.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import { backofficeRoute } from '../backoffice/guard.js';
import type { Staff } from '../backoffice/guard.js';
import { flag, line, list, oneOf, raw, searchText, text } from '../backoffice/form.js';
import { currentUser, sendBackofficeError } from '../backoffice/auth.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import { msg } from '../messages/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { rowIdParam } from '../backoffice/request.js';
import { foldLower } from '../vi/index.js';
import { DOCUMENT_LIMITS as L, DOCUMENT_PATHS as P } from './paths.js';
import type { Lists } from './backoffice-views.js';
import { DocumentListPage, DocumentPage, ListsPage } from './backoffice-views.js';
import type { DocumentForm, UploadedDocumentFile } from './service.js';
import { FILE_MAX_BYTES, addListEntry, addRelation, attachFile, formOf, registerDocument, removeFile, removeRelation, updateDocument } from './service.js';
import { documentById, documentFields, documentIssuers, documentTypes, fieldIdsOf, filesOf, relationsOf } from './queries.js';
import type { Db } from '../db/index.js';
import { RELATION_KEYS } from './queries.js';

const t = msg.documents;
const rule = (label: string, max: number, required = false) => ({ label, max, required });

const documentForm = z.object({
  type: raw(),
  number: line(rule(t.fields.number, L.number)),
  issuer: raw(),
  signer_name: line(rule(t.fields.signerName, L.signer)),
  signer_position: line(rule(t.fields.signerPosition, L.signer)),
  issued_on: line(rule(t.fields.issuedOn, 20)),
  effective_on: line(rule(t.fields.effectiveOn, 20)),
  expires_on: line(rule(t.fields.expiresOn, 20)),
  summary: text(rule(t.fields.summary, L.summary)),
  body: text(rule(t.fields.body, L.body), { trim: true }),
  fields: list(),
  publish: flag(),
});

const EMPTY: DocumentForm = { type: '', number: '', issuer: '', signer_name: '', signer_position: '', issued_on: '', effective_on: '', expires_on: '', summary: '', body: '', fields: [], publish: true };

const listQuery = z.object({ q: searchText(200), 'da-luu': flag(), moi: flag(), tep: raw(), 'lien-quan': raw(), 'da-them': flag(), them: raw() });
const relationForm = z.object({ relation: oneOf(RELATION_KEYS as [string, ...string[]], msg.badInput), target: line(rule(t.fields.target, L.number, true)) });
const listEntryForm = z.object({ name: line(rule(t.fields.name, 200)), abbreviation: line(rule(t.fields.abbreviation, 20)), parent: raw() });

async function listsOf(db: Db, siteId: number): Promise<Lists> {
  const [types, issuers, fields] = await Promise.all([documentTypes(db, siteId), documentIssuers(db, siteId), documentFields(db, siteId)]);
  return { types, issuers, fields };
}

/** The document of this site named by the path (404 otherwise). */
async function docOf(req: FastifyRequest, staff: Staff) {
  const id = rowIdParam(req);
  const doc = id === undefined ? undefined : await documentById(req.server.deps.db, staff.siteId, id);
  if (!doc) throw notFound(t.notFound);
  return doc;
}

const idAt = (req: FastifyRequest, name: string) => {
  const v = (req.params as Record<string, string>)[name] ?? '';
  return /^[1-9]\d{0,9}$/.test(v) ? Number(v) : 0;
};

interface Extra {
  errors?: Record<string, string>;
  form?: DocumentForm;
  fileErrors?: Record<string, string>;
  relationErrors?: Record<string, string>;
  relationForm?: { relation: string; target: string };
  notice?: string;
  status?: number;
}

async function sendDocument(req: FastifyRequest, reply: FastifyReply, staff: Staff, id: number | undefined, x: Extra = {}) {
  const { db } = req.server.deps;
  const lists = await listsOf(db, staff.siteId);
  if (id === undefined) return sendHtml(reply, renderPage(<DocumentPage staff={staff} form={x.form ?? EMPTY} errors={x.errors ?? {}} lists={lists} />), x.status);
  const doc = await documentById(db, staff.siteId, id);
  if (!doc) throw notFound(t.notFound);
  const [fieldIds, files, relations] = await Promise.all([fieldIdsOf(db, id), filesOf(db, staff.siteId, id), relationsOf(db, staff.siteId, id, false)]);
  const html = renderPage(
    <DocumentPage
      staff={staff}
      doc={doc}
      form={x.form ?? formOf(doc, fieldIds)}
      errors={x.errors ?? {}}
      lists={lists}
      files={files}
      relations={relations}
      fileErrors={x.fileErrors}
      relationErrors={x.relationErrors}
      relationForm={x.relationForm}
      notice={x.notice}
    />,
  );
  return sendHtml(reply, html, x.status);
}

const asForm = (sent: Record<string, string>, fields: string[] = []): DocumentForm => ({ ...EMPTY, ...sent, fields, publish: sent.publish !== undefined && sent.publish !== '' });
const fieldsSent = (req: FastifyRequest) => {
  const f = (req.body as Record<string, unknown> | undefined)?.fields;
  return typeof f === 'string' ? [f] : Array.isArray(f) ? f.filter((x): x is string => typeof x === 'string') : [];
};

/** The file of each multipart request, read by the parser before the route runs (signed-in people only). */
const uploads = new WeakMap<FastifyRequest, UploadedDocumentFile>();
const parsed = new WeakSet<FastifyRequest>();

async function readUpload(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const keep = !uploads.has(this) && (await currentUser(this)) !== undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) if (keep && !part.file.truncated) chunks.push(chunk as Buffer);
  if (keep) uploads.set(this, { data: part.file.truncated ? Buffer.alloc(0) : Buffer.concat(chunks), name: part.filename ?? '', truncated: part.file.truncated });
}

function uploadErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError || parsed.has(req) || !req.isMultipart()) throw err;
  const status = err.statusCode === 413 ? 413 : 400;
  return sendBackofficeError(req, reply, status, status === 413 ? t.problems.tooLarge : t.problems.badUpload);
}

async function fileRoutes(app: FastifyInstance) {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile: readUpload,
    throwFileSizeLimit: false,
    limits: { fileSize: FILE_MAX_BYTES, files: 1, fields: 4, fieldSize: 4 * 1024, fieldNameSize: 40, parts: 6, headerPairs: 20 },
  });
  app.addHook('preHandler', async (req) => {
    parsed.add(req);
  });
  app.setErrorHandler(uploadErrors);
  backofficeRoute(app, {
    method: 'POST',
    url: `${P.list}/:id/tep`,
    needs: 'document.register',
    body: z.object({ title: line(rule(t.fields.fileTitle, L.fileTitle)) }),
    handler: async (req, reply, staff, { body }) => {
      const doc = await docOf(req, staff);
      await attachFile(req.server.deps.db, req.server.deps.storage, staff, doc.id, body.title, uploads.get(req));
      return reply.redirect(`${P.item(doc.id)}?tep=them`, 303);
    },
    onError: async (err, req, reply, staff) => {
      if (!(err instanceof FormInvalid)) return undefined;
      const doc = await docOf(req, staff);
      return sendDocument(req, reply, staff, doc.id, { fileErrors: err.fields, status: err.status });
    },
  });
}

const NOTICES: Record<string, string> = { them: t.fileAdded, xoa: t.fileRemoved };
const RELATION_NOTICES: Record<string, string> = { them: t.relationAdded, xoa: t.relationRemoved };

export async function documentBackofficeRoutes(app: FastifyInstance) {
  await app.register(fileRoutes);

  backofficeRoute(app, {
    method: 'GET',
    url: P.list,
    needs: 'document.register',
    query: listQuery,
    handler: async (req, reply, staff, { query }) => {
      const { db } = req.server.deps;
      let q = db.selectFrom('documents').selectAll().where('site_id', '=', staff.siteId);
      for (const w of foldLower(query.q).split(/\s+/).filter(Boolean)) q = q.where('text_folded', 'like', `%${w.replace(/[\\%_]/g, '')}%`);
      const rows = await q.orderBy('issued_on', 'desc').orderBy('id', 'desc').limit(100).execute();
      const lists = await listsOf(db, staff.siteId);
      return sendHtml(reply, renderPage(<DocumentListPage staff={staff} rows={rows} total={rows.length} q={query.q} lists={lists} />));
    },
  });

  backofficeRoute(app, { method: 'GET', url: P.create, needs: 'document.register', handler: (req, reply, staff) => sendDocument(req, reply, staff, undefined) });

  backofficeRoute(app, {
    method: 'POST',
    url: P.create,
    needs: 'document.register',
    body: documentForm,
    handler: async (req, reply, staff, { body }) => {
      const doc = await registerDocument(req.server.deps.db, staff, body);
      return reply.redirect(`${P.item(doc.id)}?moi=1`, 303);
    },
    onError: (err, req, reply, staff, sent) => (err instanceof FormInvalid ? sendDocument(req, reply, staff, undefined, { errors: err.fields, form: asForm(sent.form, fieldsSent(req)), status: err.status }) : undefined),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: `${P.list}/:id`,
    needs: 'document.register',
    query: listQuery,
    handler: async (req, reply, staff, { query }) => {
      const doc = await docOf(req, staff);
      const notice = query.moi ? t.created : query['da-luu'] ? t.saved : (NOTICES[query.tep] ?? RELATION_NOTICES[query['lien-quan']]);
      return sendDocument(req, reply, staff, doc.id, { notice });
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${P.list}/:id`,
    needs: 'document.register',
    body: documentForm,
    handler: async (req, reply, staff, { body }) => {
      const doc = await docOf(req, staff);
      await updateDocument(req.server.deps.db, staff, doc.id, body);
      return reply.redirect(`${P.item(doc.id)}?da-luu=1`, 303);
    },
    onError: async (err, req, reply, staff, sent) => {
      if (!(err instanceof FormInvalid)) return undefined;
      const doc = await docOf(req, staff);
      return sendDocument(req, reply, staff, doc.id, { errors: err.fields, form: asForm(sent.form, fieldsSent(req)), status: err.status });
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${P.list}/:id/tep/:tep/xoa`,
    needs: 'document.register',
    handler: async (req, reply, staff) => {
      const doc = await docOf(req, staff);
      await removeFile(req.server.deps.db, req.server.deps.storage, staff, doc.id, idAt(req, 'tep'));
      return reply.redirect(`${P.item(doc.id)}?tep=xoa`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${P.list}/:id/lien-quan`,
    needs: 'document.register',
    body: relationForm,
    handler: async (req, reply, staff, { body }) => {
      const doc = await docOf(req, staff);
      await addRelation(req.server.deps.db, staff, doc.id, body.relation, body.target);
      return reply.redirect(`${P.item(doc.id)}?lien-quan=them`, 303);
    },
    onError: async (err, req, reply, staff, sent) => {
      if (!(err instanceof FormInvalid)) return undefined;
      const doc = await docOf(req, staff);
      return sendDocument(req, reply, staff, doc.id, { relationErrors: err.fields, relationForm: { relation: sent.form.relation ?? 'related', target: sent.form.target ?? '' }, status: err.status });
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${P.list}/:id/lien-quan/:rel/xoa`,
    needs: 'document.register',
    handler: async (req, reply, staff) => {
      const doc = await docOf(req, staff);
      await removeRelation(req.server.deps.db, staff, doc.id, idAt(req, 'rel'));
      return reply.redirect(`${P.item(doc.id)}?lien-quan=xoa`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: P.lists,
    needs: 'document.register',
    query: listQuery,
    handler: async (req, reply, staff, { query }) =>
      sendHtml(reply, renderPage(<ListsPage staff={staff} lists={await listsOf(req.server.deps.db, staff.siteId)} which={['type', 'issuer', 'field'].includes(query.them) ? query.them : undefined} notice={query['da-them'] ? t.listAdded : undefined} />)),
  });

  for (const [which, url] of [
    ['type', P.listTypes],
    ['issuer', P.listIssuers],
    ['field', P.listFields],
  ] as const) {
    backofficeRoute(app, {
      method: 'POST',
      url,
      needs: 'document.register',
      body: listEntryForm,
      handler: async (req, reply, staff, { body }) => {
        await addListEntry(req.server.deps.db, staff, which, body);
        return reply.redirect(`${P.lists}?da-them=1`, 303);
      },
      onError: async (err, req, reply, staff, sent) => {
        if (!(err instanceof FormInvalid)) return undefined;
        return sendHtml(reply, renderPage(<ListsPage staff={staff} lists={await listsOf(req.server.deps.db, staff.siteId)} errors={err.fields} form={sent.form} which={which} />), err.status);
      },
    });
  }
}
