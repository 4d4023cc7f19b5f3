// Back office: the media library — upload (a no-JS multipart form, or fetch + FormData from the
// editor answering JSON), search and reuse, and an item's alt text and caption. Uploads are parsed
// by @fastify/multipart registered in this plugin only, with strict limits; the file's type, size
// and content are judged by service.ts. Every route is declared through backoffice/guard.ts.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import { backofficeRoute, refusalJson } from '../backoffice/guard.js';
import type { Staff } from '../backoffice/guard.js';
import { flag, pageNumber, searchText } from '../backoffice/form.js';
import { PATHS } from '../backoffice/paths.js';
import { currentUser, sendBackofficeError } from '../backoffice/auth.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import { msg } from '../messages/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { UPLOAD_MAX_BYTES } from './detect.js';
import { mediaTextForm } from './fields.js';
import { presentMedia } from './presenter.js';
import type { MediaUsage, UploadedFile } from './service.js';
import { editorialKinds, editorialPaths } from '../registry/editorial.js';
import { MediaInUse, deleteMedia, editMedia, findMedia, listMedia, mediaUsage, uploadMedia } from './service.js';
import { can } from '../accounts/policy.js';
import type { TextFormState } from './backoffice-views.js';
import { ItemPage, LibraryPage, MediaDeletePage } from './backoffice-views.js';

/** The file of each multipart request, read by the parser before the route runs. */
const uploads = new WeakMap<FastifyRequest, UploadedFile>();
/** Requests whose body was parsed: an error before that is the upload's own fault (see uploadErrors). */
const parsed = new WeakSet<FastifyRequest>();

/**
 * Reads the one file of a multipart request into memory, up to UPLOAD_MAX_BYTES (the parser
 * drops the rest and marks it truncated). A request without a signed-in session is read through
 * and dropped, so nobody can make the server hold 20 MB without an account; the guard answers it.
 */
async function readUpload(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const keep = !uploads.has(this) && (await currentUser(this)) !== undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) if (keep && !part.file.truncated) chunks.push(chunk as Buffer);
  if (keep) uploads.set(this, { data: part.file.truncated ? Buffer.alloc(0) : Buffer.concat(chunks), name: part.filename ?? '', truncated: part.file.truncated });
}

function wantsJson(req: FastifyRequest): boolean {
  const accept = req.headers.accept ?? '';
  return req.url.startsWith(PATHS.mediaJson) || (/application\/json/.test(accept) && !/text\/html/.test(accept));
}

/** Malformed or over-limit multipart bodies (a second file, too many fields, a cut-off request): a clear 400/413, never a 500. */
function uploadErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError || parsed.has(req) || !req.isMultipart()) throw err;
  const status = err.statusCode === 413 ? 413 : 400;
  const message = err.code === 'FST_FILES_LIMIT' ? msg.media.oneFile : status === 413 ? msg.media.tooLarge : msg.media.badUpload;
  if (wantsJson(req)) return reply.code(status).header('cache-control', 'no-store').send({ error: message });
  return sendBackofficeError(req, reply, status, message);
}

/** The library's query string: the search, the page, the notice after a deletion. */
const libraryQuery = z.object({ q: searchText(200), trang: pageNumber(999_999), 'da-xoa': flag() });
type LibraryQuery = z.infer<typeof libraryQuery>;
const NO_QUERY: LibraryQuery = { q: '', trang: 1, 'da-xoa': false };

/** An item page's notices after a redirect. */
const itemQuery = z.object({ moi: flag(), trung: flag(), 'da-luu': flag() });

const EMPTY_FORM: TextFormState = { alt: '', caption: '', errors: {} };

async function sendLibrary(req: FastifyRequest, reply: FastifyReply, staff: Staff, query: LibraryQuery = NO_QUERY, form = EMPTY_FORM, status = 200) {
  const result = await listMedia(req.server.deps.db, staff.site.id, { q: query.q, page: query.trang });
  const notice = query['da-xoa'] ? staff.t.media.deleted : undefined;
  const html = renderPage(<LibraryPage staff={staff} items={result.rows.map(presentMedia)} total={result.total} page={result.page} pages={result.pages} q={query.q} form={form} notice={notice} />);
  return sendHtml(reply, html, status);
}

/** The upload, for the form (303 to the item) and for fetch (JSON). */
async function upload(req: FastifyRequest, reply: FastifyReply, staff: Staff, fields: z.infer<typeof mediaTextForm>) {
  const { media, duplicate } = await uploadMedia(req.server.deps.db, req.server.deps.storage, { ...staff, file: uploads.get(req), ...fields });
  if (wantsJson(req)) return reply.code(duplicate ? 200 : 201).send({ item: presentMedia(media), duplicate });
  return reply.redirect(`${PATHS.mediaItem(media.id)}?${duplicate ? 'trung=1' : 'moi=1'}`, 303);
}

/** A refused upload: JSON for fetch, else the form again with each reason beside its field. */
function uploadRefused(err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff, sent: { form: Record<string, string>; query?: LibraryQuery }) {
  if (!(err instanceof FormInvalid)) return undefined;
  if (wantsJson(req)) return reply.code(err.status).send(refusalJson(err));
  return sendLibrary(req, reply, staff, sent.query, { alt: sent.form.alt ?? '', caption: sent.form.caption ?? '', errors: err.fields }, err.status);
}

/** The item of this site named by the path; another site's id, or not an id at all, is a 404. */
async function itemOf(req: FastifyRequest, staff: Staff) {
  const raw = (req.params as Record<string, string>).id ?? '';
  const row = /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? await findMedia(req.server.deps.db, staff.site.id, Number(raw)) : undefined;
  if (!row) throw notFound(msg.media.notFound);
  return row;
}

/** Each item using a medium with its back office's address and its kind's name (the kinds the app declares). */
function linked(req: FastifyRequest, staff: Staff, usage: MediaUsage): MediaUsage {
  const kinds = editorialKinds(req.server.modules);
  return {
    items: usage.items.map((i) => {
      const kind = kinds.find((k) => k.kind === i.kind);
      return kind ? { ...i, href: editorialPaths(kind).item(i.id), kindLabel: kind.strings(staff.t).kindLabel } : i;
    }),
  };
}

function notice(q: z.infer<typeof itemQuery>, t: Staff['t']): string | undefined {
  if (q.moi) return t.media.uploaded;
  if (q.trung) return t.media.duplicate;
  if (q['da-luu']) return t.media.edited;
  return undefined;
}

export async function mediaBackofficeRoutes(app: FastifyInstance) {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile: readUpload,
    throwFileSizeLimit: false,
    limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 6, fieldSize: 8 * 1024, fieldNameSize: 40, parts: 8, headerPairs: 20 },
  });
  app.addHook('preHandler', async (req) => {
    parsed.add(req);
  });
  app.setErrorHandler(uploadErrors);

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.media,
    needs: 'media.upload',
    query: libraryQuery,
    handler: (req, reply, staff, { query }) => sendLibrary(req, reply, staff, query),
  });

  backofficeRoute(app, { method: 'POST', url: PATHS.media, needs: 'media.upload', query: libraryQuery, body: mediaTextForm, handler: (req, reply, staff, { body }) => upload(req, reply, staff, body), onError: uploadRefused });

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.mediaJson,
    needs: 'media.upload',
    json: true,
    query: libraryQuery,
    handler: async (req, reply, staff, { query }) => {
      const result = await listMedia(req.server.deps.db, staff.site.id, { q: query.q, page: query.trang });
      return reply.send({ items: result.rows.map(presentMedia), page: result.page, pages: result.pages, total: result.total });
    },
  });

  backofficeRoute(app, { method: 'POST', url: PATHS.mediaJson, needs: 'media.upload', json: true, body: mediaTextForm, handler: (req, reply, staff, { body }) => upload(req, reply, staff, body) });

  backofficeRoute(app, {
    method: 'GET',
    url: `${PATHS.media}/:id`,
    needs: 'media.upload',
    query: itemQuery,
    handler: async (req, reply, staff, { query }) => {
      const row = await itemOf(req, staff);
      const canDelete = can(staff.actor, 'media.delete');
      const usage = canDelete ? linked(req, staff, await mediaUsage(req.server.deps.db, staff.site.id, row)) : undefined;
      const html = renderPage(<ItemPage staff={staff} item={presentMedia(row)} form={{ alt: row.alt, caption: row.caption, errors: {} }} notice={notice(query, staff.t)} usage={usage} canDelete={canDelete} />);
      return sendHtml(reply, html);
    },
  });

  // "Bạn có chắc…?" before deleting for good (the item page's button leads here); one in use is told where.
  backofficeRoute(app, {
    method: 'GET',
    url: `${PATHS.media}/:id/xoa`,
    needs: 'media.delete',
    handler: async (req, reply, staff) => {
      const row = await itemOf(req, staff);
      const usage = linked(req, staff, await mediaUsage(req.server.deps.db, staff.site.id, row));
      return sendHtml(reply, renderPage(<MediaDeletePage staff={staff} item={presentMedia(row)} usage={usage} />));
    },
  });

  // Deleting an item no article uses: its row, then every stored width. One in use is refused, saying where.
  backofficeRoute(app, {
    method: 'POST',
    url: `${PATHS.media}/:id/xoa`,
    needs: 'media.delete',
    handler: async (req, reply, staff) => {
      const { db, storage } = req.server.deps;
      const row = await itemOf(req, staff);
      await deleteMedia(db, storage, { ...staff, id: row.id });
      return reply.redirect(`${PATHS.media}?da-xoa=1`, 303);
    },
    onError: async (err, req, reply, staff) => {
      if (!(err instanceof MediaInUse)) return undefined;
      const row = await itemOf(req, staff);
      const html = renderPage(<ItemPage staff={staff} item={presentMedia(row)} form={{ alt: row.alt, caption: row.caption, errors: {} }} usage={linked(req, staff, err.usage)} canDelete error={err.publicMessage} />);
      return sendHtml(reply, html, 409);
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${PATHS.media}/:id`,
    needs: 'media.upload',
    body: mediaTextForm,
    handler: async (req, reply, staff, { body }) => {
      const { db } = req.server.deps;
      const row = await itemOf(req, staff);
      await editMedia(db, { ...staff, id: row.id, ...body });
      return reply.redirect(`${PATHS.mediaItem(row.id)}?da-luu=1`, 303);
    },
    // The form again as typed, each problem beside its field.
    onError: async (err, req, reply, staff, { form }) => {
      if (!(err instanceof FormInvalid)) return undefined;
      const row = await itemOf(req, staff);
      const html = renderPage(<ItemPage staff={staff} item={presentMedia(row)} form={{ alt: form.alt ?? '', caption: form.caption ?? '', errors: err.fields }} />);
      return sendHtml(reply, html, 400);
    },
  });
}
