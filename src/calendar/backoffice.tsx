// Back office: the calendar of days off (administrators: 'calendar.manage').
//   GET  /quan-tri/lich-lam-viec?nam=2026       the year's declared and statutory days off, the forms
//   POST /quan-tri/lich-lam-viec                add a declared day
//   POST /quan-tri/lich-lam-viec/:id/xoa        remove one
//   POST /quan-tri/lich-lam-viec/thoi-han       the site's deadline length
// Each change answers with the page and the due dates it moved (the modules' `deadlines`).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute } from '../backoffice/guard.js';
import { formCheck, line, oneOf, raw } from '../backoffice/form.js';
import { shownOnForm } from '../backoffice/fields.js';
import { rowIdParam } from '../backoffice/request.js';
import type { AppError, FieldErrors } from '../errors/index.js';
import { notFound } from '../errors/index.js';
import { msg } from '../messages/index.js';
import type { DeadlineSource, MovedDeadline } from '../registry/sources.js';
import { WorkCalendar, dayNumber, dayString } from '../workdays/index.js';
import { ictDay, parseViDate } from '../vi/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import type { CalendarEditor } from './service.js';
import { addDeclaredDay, calendarOf, deadlineDaysOf, declaredRows, removeDeclaredDay, saveDeadlineDays } from './service.js';
import type { CalendarForm } from './views.js';
import { CALENDAR_DEADLINE_PATH, CALENDAR_PATH, CalendarPage } from './views.js';

const t = msg.calendar;

const yearQuery = z.object({ nam: raw().transform((s) => (/^\d{4}$/.test(s) && Number(s) >= 2000 && Number(s) <= 2100 ? Number(s) : undefined)) });

const dayForm = z
  .object({
    day: line(),
    kind: oneOf(['nghi', 'lam-bu'], t.badKind),
    note: line({ label: t.note, max: 300 }),
    scope: raw(),
  })
  .check(
    formCheck((f, add, refused) => {
      if (!parseViDate(f.day)) add('day', t.badDay);
      if (!refused('note') && !f.note) add('note', t.noteRequired);
      if (f.scope !== '' && f.scope !== 'all' && f.scope !== 'site') add('scope', t.badScope);
    }),
  )
  .transform((f) => ({ day: parseViDate(f.day)!, working: f.kind === 'lam-bu', note: f.note, scope: f.scope === 'all' ? ('all' as const) : ('site' as const) }));

const deadlineForm = z.object({ deadline_days: line() }).check(
  formCheck((f, add) => {
    if (!/^\d{1,2}$/.test(f.deadline_days) || Number(f.deadline_days) < 1 || Number(f.deadline_days) > 60) add('deadline_days', t.badDeadline);
  }),
);

const sourcesOf = (req: FastifyRequest): DeadlineSource[] => req.server.modules.flatMap((m) => (m.deadlines ? [m.deadlines] : []));
const editorOf = (staff: Staff): CalendarEditor => ({ ...staff, national: staff.site.is_default === 1 });

/** The days off of a year other than Saturdays and Sundays, with their reasons, as the site's calendar makes them. */
function holidaysOf(cal: WorkCalendar, year: number) {
  const out: { day: string; why: string }[] = [];
  for (let n = dayNumber(`${year}-01-01`); n <= dayNumber(`${year}-12-31`); n++) {
    const info = cal.info(n);
    if (!info.working && info.why !== 'Thứ Bảy' && info.why !== 'Chủ nhật') out.push({ day: dayString(n), why: info.why ?? '' });
  }
  return out;
}

interface Shown {
  year?: number;
  form?: Partial<CalendarForm>;
  errors?: FieldErrors;
  notice?: string;
  error?: string;
  moved?: MovedDeadline[];
  status?: number;
}

async function show(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: Shown = {}) {
  const { db } = req.server.deps;
  const year = o.year ?? Number(ictDay(staff.now).slice(0, 4));
  const [rows, cal, days] = await Promise.all([declaredRows(db, staff.site.id, year), calendarOf(db, staff.site.id), deadlineDaysOf(db, staff.site.id)]);
  const form: CalendarForm = { day: '', kind: 'nghi', note: '', scope: 'all', deadline_days: String(days), ...o.form };
  const html = renderPage(
    <CalendarPage staff={staff} year={year} national={staff.site.is_default === 1} rows={rows} holidays={holidaysOf(new WorkCalendar(cal), year)} form={form} errors={o.errors ?? {}} notice={o.notice} error={o.error} moved={o.moved} />,
  );
  return sendHtml(reply, html, o.status ?? 200);
}

const refusedOn = (err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff, sent: { form: Record<string, string> }) => {
  if (err.status !== 400 && err.status !== 403) return undefined;
  return show(req, reply, staff, { form: sent.form, ...shownOnForm(err), status: err.status });
};

export async function calendarBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  backofficeRoute(app, {
    method: 'GET',
    url: CALENDAR_PATH,
    needs: 'calendar.manage',
    query: yearQuery,
    handler: (req, reply, staff, { query }) => show(req, reply, staff, { year: query.nam }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: CALENDAR_PATH,
    needs: 'calendar.manage',
    body: dayForm,
    handler: async (req, reply, staff, { body }) => {
      const moved = await addDeclaredDay(db, editorOf(staff), body, sourcesOf(req));
      return show(req, reply, staff, { year: Number(body.day.slice(0, 4)), notice: t.added, moved });
    },
    onError: refusedOn,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${CALENDAR_PATH}/:id/xoa`,
    needs: 'calendar.manage',
    handler: async (req, reply, staff) => {
      const id = rowIdParam(req);
      if (id === undefined) throw notFound(t.notFound);
      const moved = await removeDeclaredDay(db, editorOf(staff), id, sourcesOf(req));
      return show(req, reply, staff, { notice: t.removed, moved });
    },
    onError: refusedOn,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: CALENDAR_DEADLINE_PATH,
    needs: 'calendar.manage',
    body: deadlineForm,
    handler: async (req, reply, staff, { body }) => {
      const moved = await saveDeadlineDays(db, editorOf(staff), Number(body.deadline_days), sourcesOf(req));
      return show(req, reply, staff, { notice: t.deadlineSaved, moved });
    },
    onError: refusedOn,
  });
}
