// Back office of Hỏi đáp ('question.handle': Cán bộ tiếp nhận, Biên tập viên, Quản trị):
//   GET  /quan-tri/hoi-dap?loc=…                   the queue (sap-den-han, hom-nay, qua-han, cho-bo-sung, da-tra-loi, cua-toi)
//   GET  /quan-tri/hoi-dap/:id                     one case
//   POST /quan-tri/hoi-dap/:id/chuyen-trang-thai   a move of the state machine (move=…, note)
//   POST /quan-tri/hoi-dap/:id/giao                assign (assignee)
//   POST /quan-tri/hoi-dap/:id/chuyen              forward to another site (site, note)
//   POST /quan-tri/hoi-dap/:id/tra-loi             the answer (multipart: answer_html, public_title, public_body, files)
//   GET  /quan-tri/hoi-dap/:id/tep/:file           an attached file
//   GET/POST /quan-tri/hoi-dap/linh-vuc            the site's topics ('question.topics': editors, administrators)
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute } from '../backoffice/guard.js';
import { flag, line, oneOf, raw, rowId, text } from '../backoffice/form.js';
import { shownOnForm } from '../backoffice/fields.js';
import { currentUser } from '../backoffice/auth.js';
import { rowIdParam } from '../backoffice/request.js';
import type { AppError } from '../errors/index.js';
import { FormInvalid, notFound } from '../errors/index.js';
import { msg } from '../messages/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import type { Upload } from './service.js';
import { FILE_MAX_BYTES, MAX_FILES, assignCase, caseOf, dueFigures, dueOf, fileOf, filesOf, forwardCase, forwardTargets, handlersOf, historyOf, moveCase, queue, saveAnswer, saveTopics, topicsOf } from './service.js';
import type { QueueFilter } from './service.js';
import type { Move } from './machine.js';
import { TRANSITIONS } from './machine.js';
import { CasePage, QUEUE_PATH, QueuePage, TOPICS_PATH, TopicsPage } from './backoffice-views.js';

const t = msg.questions;
const CASE = `${QUEUE_PATH}/:id`;

const uploads = new WeakMap<FastifyRequest, Upload[]>();
async function readFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const keep = (await currentUser(this)) !== undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) if (keep && !part.file.truncated) chunks.push(chunk as Buffer);
  if (!keep || (!part.filename && chunks.length === 0)) return;
  const list = uploads.get(this) ?? [];
  list.push({ data: part.file.truncated ? Buffer.alloc(0) : Buffer.concat(chunks), name: part.filename ?? '', truncated: part.file.truncated });
  uploads.set(this, list);
}

const FILTERS = ['', 'sap-den-han', 'hom-nay', 'qua-han', 'cho-bo-sung', 'da-tra-loi', 'cua-toi'] as const;
const queueQuery = z.object({ loc: raw().transform((s): QueueFilter => ((FILTERS as readonly string[]).includes(s) ? (s as QueueFilter) : '')) });
const caseQuery = z.object({ xong: flag() });
const moveForm = z.object({ move: oneOf(Object.keys(TRANSITIONS) as [Move, ...Move[]], t.badMove), note: text({ label: 'Ghi chú', max: 1000 }) });
const assignForm = z.object({ assignee: raw() });
const forwardForm = z.object({ site: rowId(), forward_note: line({ label: t.forwardNote, max: 500 }) });
const answerForm = z.object({
  answer_html: text({ label: t.answerHtml, max: 50000 }, { trim: false }),
  public_title: line({ label: t.publicTitleLabel, max: 200, required: true }),
  public_body: text({ label: t.publicBodyLabel, max: 5000, required: true }),
});
const topicsForm = z.object({ topics: text({ label: t.topicsLabel, max: 5000 }) });

function idOf(req: FastifyRequest): number {
  const id = rowIdParam(req);
  if (id === undefined) throw notFound(t.notFound);
  return id;
}

async function showCase(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: { form?: Record<string, string>; errors?: Record<string, string>; error?: string; notice?: string; status?: number } = {}) {
  const { db } = req.server.deps;
  const row = await caseOf(db, staff.site.id, idOf(req));
  const [due, history, files, handlers, targets] = await Promise.all([dueOf(db, row), historyOf(db, row.id), filesOf(db, row.id), handlersOf(db, staff.site.id), forwardTargets(db, staff.site.id)]);
  return sendHtml(reply, renderPage(<CasePage staff={staff} row={row} due={due} history={history} files={files} handlers={handlers} targets={targets} {...o} />), o.status ?? 200);
}

const onCase = (err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff, sent: { form: Record<string, string> }) =>
  err.status === 404 ? undefined : showCase(req, reply, staff, { form: sent.form, ...shownOnForm(err), status: err.status });

declare module '../accounts/policy.js' {
  interface ModuleActions {
    'question.handle': true;
    'question.topics': true;
  }
}

export async function questionBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile: readFile,
    throwFileSizeLimit: false,
    limits: { fileSize: FILE_MAX_BYTES, files: MAX_FILES + 1, fields: 10, fieldSize: 256 * 1024, fieldNameSize: 40, parts: 20, headerPairs: 20 },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: QUEUE_PATH,
    needs: 'question.handle',
    query: queueQuery,
    handler: async (_req, reply, staff, { query }) => {
      const [rows, figures] = await Promise.all([queue(db, staff.site.id, staff.now, query.loc, staff.userId), dueFigures(db, staff.site.id, staff.now)]);
      return sendHtml(reply, renderPage(<QueuePage staff={staff} rows={rows} filter={query.loc} figures={figures} />));
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: TOPICS_PATH,
    needs: 'question.topics',
    query: caseQuery,
    handler: async (_req, reply, staff, { query }) => sendHtml(reply, renderPage(<TopicsPage staff={staff} topics={await topicsOf(db, staff.site.id)} notice={query.xong ? t.topicsSaved : undefined} />)),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: TOPICS_PATH,
    needs: 'question.topics',
    body: topicsForm,
    handler: async (_req, reply, staff, { body }) => {
      await saveTopics(db, staff, body.topics.split('\n'));
      return reply.redirect(`${TOPICS_PATH}?xong=1`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: CASE,
    needs: 'question.handle',
    query: caseQuery,
    handler: (req, reply, staff, { query }) => showCase(req, reply, staff, { notice: query.xong ? t.saved : undefined }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${CASE}/chuyen-trang-thai`,
    needs: 'question.handle',
    body: moveForm,
    handler: async (req, reply, staff, { body }) => {
      const id = idOf(req);
      await moveCase(db, staff, id, body.move, body.note);
      return reply.redirect(`${QUEUE_PATH}/${id}?xong=1`, 303);
    },
    onError: onCase,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${CASE}/giao`,
    needs: 'question.handle',
    body: assignForm,
    handler: async (req, reply, staff, { body }) => {
      const id = idOf(req);
      const userId = body.assignee === '' ? null : /^[1-9]\d{0,9}$/.test(body.assignee) ? Number(body.assignee) : -1;
      if (userId === -1) throw new FormInvalid({ assignee: t.badAssignee });
      await assignCase(db, staff, id, userId);
      return reply.redirect(`${QUEUE_PATH}/${id}?xong=1`, 303);
    },
    onError: onCase,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${CASE}/chuyen`,
    needs: 'question.handle',
    body: forwardForm,
    handler: async (req, reply, staff, { body }) => {
      const id = idOf(req);
      await caseOf(db, staff.site.id, id);
      if (body.site === undefined) throw new FormInvalid({ site: t.badTarget });
      await forwardCase(db, staff, id, body.site, body.forward_note);
      return reply.redirect(`${QUEUE_PATH}?loc=`, 303);
    },
    onError: onCase,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${CASE}/tra-loi`,
    needs: 'question.handle',
    body: answerForm,
    handler: async (req, reply, staff, { body }) => {
      const id = idOf(req);
      await caseOf(db, staff.site.id, id);
      await saveAnswer(db, staff, id, { answerHtml: body.answer_html, publicTitle: body.public_title, publicBody: body.public_body, files: uploads.get(req) ?? [] });
      return reply.redirect(`${QUEUE_PATH}/${id}?xong=1`, 303);
    },
    onError: onCase,
  });

  backofficeRoute(app, {
    method: 'GET',
    url: `${CASE}/tep/:file`,
    needs: 'question.handle',
    handler: async (req, reply, staff) => {
      const row = await caseOf(db, staff.site.id, idOf(req));
      const raw = (req.params as { file: string }).file;
      const file = /^[1-9]\d{0,9}$/.test(raw) ? await fileOf(db, row.id, Number(raw)) : undefined;
      if (!file) throw notFound(t.notFound);
      return reply
        .type(file.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.data));
    },
  });
}
