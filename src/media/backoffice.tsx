// Back office: the media library — upload (a no-JS multipart form, or fetch + FormData from the
// editor answering JSON), search and reuse, and an item's alt text and caption. Uploads are parsed
// by @fastify/multipart registered in this plugin only, with strict limits; the file's type, size
// and content are judged by service.ts. Every route is declared through backoffice/guard.ts.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import { backofficeRoute } from '../backoffice/guard.js';
import type { Staff } from '../backoffice/guard.js';
import { queryField, readFields } from '../backoffice/form.js';
import type { FieldErrors } from '../backoffice/form.js';
import { PATHS } from '../backoffice/paths.js';
import { currentUser, sendBackofficeError } from '../backoffice/auth.js';
import { AppError } from '../errors/index.js';
import { nowIso } from '../db/index.js';
import { msg } from '../messages/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { cleanLine } from '../vi/index.js';
import { UPLOAD_MAX_BYTES } from './detect.js';
import { mediaTextRules } from './fields.js';
import { presentMedia } from './presenter.js';
import type { UploadedFile } from './service.js';
import { MediaError, MediaInUse, deleteMedia, editMedia, findMedia, listMedia, mediaUsage, uploadMedia } from './service.js';
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

function pageOf(req: FastifyRequest): number {
  const raw = queryField(req, 'trang');
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

const searchOf = (req: FastifyRequest) => cleanLine(queryField(req, 'q')).slice(0, 200);

const EMPTY_FORM: TextFormState = { alt: '', caption: '', errors: {} };

async function sendLibrary(req: FastifyRequest, reply: FastifyReply, staff: Staff, form = EMPTY_FORM, status = 200) {
  const q = searchOf(req);
  const result = await listMedia(req.server.deps.db, staff.site.id, { q, page: pageOf(req) });
  const notice = queryField(req, 'da-xoa') ? staff.t.media.deleted : undefined;
  const html = renderPage(<LibraryPage staff={staff} items={result.rows.map(presentMedia)} total={result.total} page={result.page} pages={result.pages} q={q} form={form} notice={notice} />);
  return sendHtml(reply, html, status);
}

/** The upload, for the form (303 to the item, or the form again with the reason) and for fetch (JSON). */
async function upload(req: FastifyRequest, reply: FastifyReply, staff: Staff) {
  const json = wantsJson(req);
  const errors: FieldErrors = {};
  const fields = readFields(req, mediaTextRules(staff.t), errors);
  try {
    const fieldError = Object.entries(errors)[0];
    if (fieldError) throw new MediaError('bad_field', 400, fieldError[1], fieldError[0] as 'alt' | 'caption');
    const { media, duplicate } = await uploadMedia(req.server.deps.db, req.server.deps.storage, {
      siteId: staff.site.id,
      userId: staff.actor.userId,
      ip: req.ip,
      at: nowIso(() => staff.now),
      file: uploads.get(req),
      ...fields,
    });
    if (json) return reply.code(duplicate ? 200 : 201).send({ item: presentMedia(media), duplicate });
    return reply.redirect(`${PATHS.mediaItem(media.id)}?${duplicate ? 'trung=1' : 'moi=1'}`, 303);
  } catch (err) {
    if (!(err instanceof MediaError)) throw err;
    if (json) return reply.code(err.status).send({ error: err.publicMessage, field: err.field });
    return sendLibrary(req, reply, staff, { ...fields, errors: { ...errors, [err.field]: err.publicMessage } }, err.status);
  }
}

/** The item of this site named by the path, or null (another site's id, or not an id at all: a 404). */
async function itemOf(req: FastifyRequest, staff: Staff) {
  const raw = (req.params as Record<string, string>).id ?? '';
  if (!/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > 2_147_483_647) return null;
  return (await findMedia(req.server.deps.db, staff.site.id, Number(raw))) ?? null;
}

function notice(req: FastifyRequest, t: Staff['t']): string | undefined {
  if (queryField(req, 'moi')) return t.media.uploaded;
  if (queryField(req, 'trung')) return t.media.duplicate;
  if (queryField(req, 'da-luu')) return t.media.edited;
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
    handler: (req, reply, staff) => sendLibrary(req, reply, staff),
  });

  backofficeRoute(app, { method: 'POST', url: PATHS.media, needs: 'media.upload', handler: upload });

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.mediaJson,
    needs: 'media.upload',
    json: true,
    handler: async (req, reply, staff) => {
      const result = await listMedia(req.server.deps.db, staff.site.id, { q: searchOf(req), page: pageOf(req) });
      return reply.send({ items: result.rows.map(presentMedia), page: result.page, pages: result.pages, total: result.total });
    },
  });

  backofficeRoute(app, { method: 'POST', url: PATHS.mediaJson, needs: 'media.upload', json: true, handler: upload });

  backofficeRoute(app, {
    method: 'GET',
    url: `${PATHS.media}/:id`,
    needs: 'media.upload',
    handler: async (req, reply, staff) => {
      const row = await itemOf(req, staff);
      if (!row) return sendBackofficeError(req, reply, 404, staff.t.media.notFound, staff.auth);
      const canDelete = can(staff.actor, 'media.delete');
      const usage = canDelete ? await mediaUsage(req.server.deps.db, staff.site.id, row) : undefined;
      const html = renderPage(<ItemPage staff={staff} item={presentMedia(row)} form={{ alt: row.alt, caption: row.caption, errors: {} }} notice={notice(req, staff.t)} usage={usage} canDelete={canDelete} />);
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
      if (!row) return sendBackofficeError(req, reply, 404, staff.t.media.notFound, staff.auth);
      const usage = await mediaUsage(req.server.deps.db, staff.site.id, row);
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
      if (!row) return sendBackofficeError(req, reply, 404, staff.t.media.notFound, staff.auth);
      try {
        await deleteMedia(db, storage, { siteId: staff.site.id, id: row.id, userId: staff.actor.userId, ip: req.ip, at: nowIso(() => staff.now) });
      } catch (err) {
        if (!(err instanceof MediaInUse)) throw err;
        const html = renderPage(<ItemPage staff={staff} item={presentMedia(row)} form={{ alt: row.alt, caption: row.caption, errors: {} }} usage={err.usage} canDelete error={err.publicMessage} />);
        return sendHtml(reply, html, 409);
      }
      return reply.redirect(`${PATHS.media}?da-xoa=1`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${PATHS.media}/:id`,
    needs: 'media.upload',
    handler: async (req, reply, staff) => {
      const { db } = req.server.deps;
      const row = await itemOf(req, staff);
      if (!row) return sendBackofficeError(req, reply, 404, staff.t.media.notFound, staff.auth);
      const errors: FieldErrors = {};
      const fields = readFields(req, mediaTextRules(staff.t), errors);
      try {
        if (Object.keys(errors).length === 0) {
          await editMedia(db, { siteId: staff.site.id, id: row.id, userId: staff.actor.userId, ip: req.ip, at: nowIso(() => staff.now), ...fields });
          return reply.redirect(`${PATHS.mediaItem(row.id)}?da-luu=1`, 303);
        }
      } catch (err) {
        if (!(err instanceof MediaError)) throw err;
        errors[err.field] = err.publicMessage;
      }
      const html = renderPage(<ItemPage staff={staff} item={presentMedia(row)} form={{ ...fields, errors }} />);
      return sendHtml(reply, html, 400);
    },
  });
}
