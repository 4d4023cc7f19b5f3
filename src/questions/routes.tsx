// Public routes of Hỏi đáp:
//   GET  /hoi-dap                 published questions with their answers, newest first (?trang=)
//   GET  /hoi-dap/:id             one published question and its answer
//   GET  /hoi-dap/:id/tep/:file   a file attached to a published answer
//   GET  /hoi-dap/gui-cau-hoi     the form; POST (multipart, up to 3 files) → the tracking code
//   GET  /hoi-dap/tra-cuu         the tracking page; POST (or GET ?ma=) looks a code up, limited
// Pages showing a code or a lookup are never stored by a cache nor sent as a referrer.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import { readInput, raw } from '../backoffice/form.js';
import { z } from 'zod';
import { pageContext } from '../web/context.js';
import { renderPage } from '../web/render.js';
import { sendPage } from '../cache/page.js';
import { idParam, pageParam } from '../web/params.js';
import { msg } from '../messages/index.js';
import { deadlineDaysOf } from '../calendar/service.js';
import { CitizenFormFields, admitCitizen } from '../citizen/guard.js';
import type { Upload } from './service.js';
import { FILE_MAX_BYTES, MAX_FILES, fileOf, lookupCase, publicFiles, publishedQuestion, publishedQuestions, submitQuestion, topicsOf } from './service.js';
import { shownCode } from './code.js';
import { askForm } from './fields.js';
import type { AskForm } from './public-views.js';
import { ASK_PATH, AskPage, EMPTY_ASK, LIST_PATH, QuestionListPage, QuestionPage, SentPage, TRACK_PATH, TrackPage } from './public-views.js';

const t = msg.questions;

/** The files of each multipart request, read by the parser before the route runs. */
const uploads = new WeakMap<FastifyRequest, Upload[]>();

async function readFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) if (!part.file.truncated) chunks.push(chunk as Buffer);
  const list = uploads.get(this) ?? [];
  // A file input left empty sends a part with no name and no bytes.
  if (part.filename || chunks.length > 0 || part.file.truncated) list.push({ data: part.file.truncated ? Buffer.alloc(0) : Buffer.concat(chunks), name: part.filename ?? '', truncated: part.file.truncated });
  uploads.set(this, list);
}

const trackQuery = z.object({ ma: raw() });

const personal = (reply: FastifyReply) => reply.header('referrer-policy', 'no-referrer');

export async function questionRoutes(app: FastifyInstance) {
  const { db, clock } = app.deps;
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile: readFile,
    throwFileSizeLimit: false,
    limits: { fileSize: FILE_MAX_BYTES, files: MAX_FILES + 1, fields: 20, fieldSize: 64 * 1024, fieldNameSize: 40, parts: 30, headerPairs: 20 },
  });
  // The form's and the tracking page's answers are the reader's own: never kept by a shared cache.
  app.addHook('onSend', async (req, reply) => {
    const path = req.url.split('?')[0];
    if (path === ASK_PATH || path === TRACK_PATH) reply.header('cache-control', 'no-store');
  });

  const showAsk = async (req: FastifyRequest, reply: FastifyReply, form: AskForm, errors: Record<string, string>, status: number, error?: string) => {
    const [topics, days] = await Promise.all([topicsOf(db, req.site.id), deadlineDaysOf(db, req.site.id)]);
    return sendPage(req, reply, { status, render: async () => ({ html: renderPage(<AskPage ctx={await pageContext(req)} topics={topics} form={form} errors={errors} error={error} days={days} guard={<CitizenFormFields form="question" now={clock()} />} />) }) });
  };

  // A malformed or over-limit multipart body (too many files, cut off): the form again with the reason.
  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    if (err instanceof AppError || !req.isMultipart() || req.url.split('?')[0] !== ASK_PATH) throw err;
    const message = err.code === 'FST_FILES_LIMIT' ? t.tooManyFiles(MAX_FILES) : t.badUpload;
    return showAsk(req, reply, EMPTY_ASK, { files: message }, err.statusCode === 413 ? 413 : 400);
  });

  app.get(LIST_PATH, async (req, reply) => {
    const page = pageParam(req.query);
    return sendPage(req, reply, {
      key: page === 1 ? LIST_PATH : `${LIST_PATH}?trang=${page}`,
      render: async () => {
        const [list, ctx] = await Promise.all([publishedQuestions(db, req.site.id, page), pageContext(req)]);
        if (page > list.pages) throw notFound();
        return { html: renderPage(<QuestionListPage ctx={ctx} rows={list.rows} page={page} pages={list.pages} total={list.total} />) };
      },
    });
  });

  app.get(ASK_PATH, async (req, reply) => showAsk(req, reply, EMPTY_ASK, {}, 200));

  app.post(ASK_PATH, async (req, reply) => {
    const typed = { ...EMPTY_ASK };
    const body = (req.body ?? {}) as Record<string, unknown>;
    try {
      const fields = readInput(askForm, body);
      Object.assign(typed, fields);
      const admit = (trx: typeof db) => admitCitizen(trx, req, { form: 'question', siteId: req.site.id, body, text: `${fields.title}\n${fields.body}`, now: clock() });
      const { code } = await submitQuestion(db, { siteId: req.site.id, ip: req.ip, now: clock(), fields, files: uploads.get(req) ?? [], admit });
      personal(reply);
      return sendPage(req, reply, { render: async () => ({ html: renderPage(<SentPage ctx={await pageContext(req)} code={shownCode(code)} />) }) });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      for (const k of Object.keys(EMPTY_ASK) as (keyof AskForm)[]) if (typeof body[k] === 'string') typed[k] = (body[k] as string).normalize('NFC');
      return err instanceof FormInvalid ? showAsk(req, reply, typed, err.fields, err.status) : showAsk(req, reply, typed, {}, err.status, err.publicMessage);
    }
  });

  const track = async (req: FastifyRequest, reply: FastifyReply, typedRaw: string) => {
    const typed = typedRaw.normalize('NFC').trim().slice(0, 20);
    personal(reply);
    let found: Awaited<ReturnType<typeof lookupCase>> | undefined;
    let error: string | undefined;
    let status = 200;
    if (typed) {
      try {
        found = await lookupCase(db, req.site.id, req.ip, clock(), typed);
        if (!found) error = t.notFoundCode;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        error = err.publicMessage;
        status = err.status;
      }
    }
    return sendPage(req, reply, { status, render: async () => ({ html: renderPage(<TrackPage ctx={await pageContext(req)} typed={typed} found={found} error={error} />) }) });
  };

  app.get(TRACK_PATH, async (req, reply) => track(req, reply, readInput(trackQuery, req.query).ma));
  app.post(TRACK_PATH, async (req, reply) => track(req, reply, readInput(trackQuery, req.body).ma));

  app.get('/hoi-dap/:id', async (req, reply) => {
    const id = idParam((req.params as { id: string }).id);
    return sendPage(req, reply, {
      key: `${LIST_PATH}/${id}`,
      render: async () => {
        const q = await publishedQuestion(db, req.site.id, id);
        if (!q) throw notFound();
        const [files, ctx] = await Promise.all([publicFiles(db, req.site.id, id), pageContext(req)]);
        return { html: renderPage(<QuestionPage ctx={ctx} q={q} files={files} />) };
      },
    });
  });

  app.get('/hoi-dap/:id/tep/:file', async (req, reply) => {
    const p = req.params as { id: string; file: string };
    const id = idParam(p.id);
    const fileId = idParam(p.file);
    const allowed = (await publicFiles(db, req.site.id, id)).some((f) => f.id === fileId);
    const file = allowed ? await fileOf(db, id, fileId) : undefined;
    if (!file) throw notFound();
    return reply
      .type(file.mime)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-cache')
      .send(Buffer.from(file.data));
  });
}
