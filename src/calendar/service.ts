// The calendar of days off as stored: the government's declared days for every site (site_id null)
// and a site's own additions, the deadline length per site, and the changes an administrator makes
// (checked, audited, each followed in the same transaction by the recount of every module's due
// dates: registry/sources.ts DeadlineSource, which this module asks without importing anyone).
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { StaffContext } from '../backoffice/guard.js';
import type { DeadlineSource, MovedDeadline } from '../registry/sources.js';
import type { Calendar, DeclaredDay } from '../workdays/index.js';
import { WorkCalendar, dayNumber, weekday } from '../workdays/index.js';
import { FormInvalid, AppError, notFound } from '../errors/index.js';
import { WEEKDAYS, formatDate } from '../vi/index.js';
import { audit } from '../audit/log.js';
import { msg } from '../messages/index.js';

const t = msg.calendar;

export const DEFAULT_DEADLINE_DAYS = 15;
export const MAX_DEADLINE_DAYS = 60;

export interface DeclaredRow {
  id: number;
  siteId: number | null;
  day: string;
  working: boolean;
  note: string;
}

/** "10/01/2026" from "2026-01-10". */
export const shownDay = (day: string) => formatDate(`${day}T05:00:00.000Z`);

/** The declared days that apply to a site: the installation's, then the site's own (which win on the same day). */
export async function declaredRows(db: Db, siteId: number, year?: number): Promise<DeclaredRow[]> {
  let q = db
    .selectFrom('calendar_days')
    .select(['id', 'site_id', 'day', 'working', 'note'])
    .where((eb) => eb.or([eb('site_id', 'is', null), eb('site_id', '=', siteId)]));
  if (year !== undefined) q = q.where('day', '>=', `${year}-01-01`).where('day', '<=', `${year}-12-31`);
  const rows = await q.orderBy('day').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, siteId: r.site_id, day: r.day, working: r.working === 1, note: r.note }));
}

function calendarOfRows(rows: readonly DeclaredRow[]): Calendar {
  const byDay = new Map<string, DeclaredDay>();
  for (const r of rows.filter((r) => r.siteId === null)) byDay.set(r.day, { day: r.day, working: r.working, note: r.note });
  for (const r of rows.filter((r) => r.siteId !== null)) byDay.set(r.day, { day: r.day, working: r.working, note: r.note });
  return { declared: [...byDay.values()] };
}

/** The site's calendar of declared days (for workdays/ deadline()). */
export async function calendarOf(db: Db, siteId: number): Promise<Calendar> {
  return calendarOfRows(await declaredRows(db, siteId));
}

/** The site's working days, as the deadlines count them. */
export async function workCalendarFor(db: Db, siteId: number): Promise<WorkCalendar> {
  return new WorkCalendar(await calendarOf(db, siteId));
}

/** The site's deadline length in working days (15 unless an administrator changed it). */
export async function deadlineDaysOf(db: Db, siteId: number): Promise<number> {
  const row = await db.selectFrom('calendar_sites').select('deadline_days').where('site_id', '=', siteId).executeTakeFirst();
  return row?.deadline_days ?? DEFAULT_DEADLINE_DAYS;
}

/** Who changes the calendar: an administrator of `siteId`; `national` when that site is the installation's main one. */
export type CalendarEditor = Pick<StaffContext, 'siteId' | 'userId' | 'ip' | 'now'> & { national: boolean };

export interface NewDeclaredDay {
  /** YYYY-MM-DD. */
  day: string;
  working: boolean;
  note: string;
  scope: 'all' | 'site';
}

async function recountAll(trx: Db, sources: readonly DeadlineSource[], siteIds: readonly number[] | null, now: number): Promise<MovedDeadline[]> {
  const moved: MovedDeadline[] = [];
  for (const s of sources) moved.push(...(await s.recount(trx, siteIds, now)));
  return moved;
}

/** The day's meaning without a declaration of this scope (the law's, the installation's for a site's). */
function baseInfo(rows: readonly DeclaredRow[], day: string, scope: 'all' | 'site') {
  const others = rows.filter((r) => r.day !== day || (scope === 'site' && r.siteId === null));
  return new WorkCalendar(calendarOfRows(scope === 'all' ? others.filter((r) => r.siteId === null) : others)).info(dayNumber(day));
}

/**
 * Adds a declared day after checking it means something: a make-up day must be a day that is off
 * (a weekday that is already worked is refused), a day off must be a working day (a holiday or a
 * Sunday is already off). Audited; recounts the open due dates of the sites concerned.
 */
export async function addDeclaredDay(db: Db, who: CalendarEditor, input: NewDeclaredDay, sources: readonly DeadlineSource[]): Promise<MovedDeadline[]> {
  if (input.scope === 'all' && !who.national) throw new AppError('refused', 403, t.nationalOnly);
  const year = Number(input.day.slice(0, 4));
  if (year < 2000 || year > 2100) throw new FormInvalid({ day: t.outOfRange });
  return atomically(db, async (trx) => {
    const rows = await declaredRows(trx, who.siteId);
    const shown = shownDay(input.day);
    const clash = rows.find((r) => r.day === input.day && (input.scope === 'all' ? r.siteId === null : r.siteId !== null));
    if (clash) throw new FormInvalid({ day: t.alreadyDeclared(shown) });
    const base = baseInfo(rows, input.day, input.scope);
    if (input.working && base.working) throw new FormInvalid({ kind: t.alreadyWorking(shown, WEEKDAYS[weekday(dayNumber(input.day))]!) });
    if (!input.working && !base.working) throw new FormInvalid({ kind: t.alreadyOff(shown, base.why ?? '') });
    const at = new Date(who.now).toISOString();
    const siteId = input.scope === 'all' ? null : who.siteId;
    const row = await trx
      .insertInto('calendar_days')
      .values({ site_id: siteId, day: input.day, working: input.working ? 1 : 0, note: input.note, created_by: who.userId, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const moved = await recountAll(trx, sources, siteId === null ? null : [who.siteId], who.now);
    await audit(trx, { siteId: who.siteId, userId: who.userId, action: 'calendar.add', subjectType: 'calendar_day', subjectId: row.id, detail: { day: input.day, working: input.working, note: input.note, scope: input.scope, moved: moved.length }, ip: who.ip, at });
    return moved;
  });
}

/** Removes a declared day (an installation-wide one only from the main site). Audited; recounts. */
export async function removeDeclaredDay(db: Db, who: CalendarEditor, id: number, sources: readonly DeadlineSource[]): Promise<MovedDeadline[]> {
  return atomically(db, async (trx) => {
    const row = (await declaredRows(trx, who.siteId)).find((r) => r.id === id);
    if (!row) throw notFound(t.notFound);
    if (row.siteId === null && !who.national) throw new AppError('refused', 403, t.nationalOnly);
    await trx.deleteFrom('calendar_days').where('id', '=', id).execute();
    const moved = await recountAll(trx, sources, row.siteId === null ? null : [who.siteId], who.now);
    const at = new Date(who.now).toISOString();
    await audit(trx, { siteId: who.siteId, userId: who.userId, action: 'calendar.remove', subjectType: 'calendar_day', subjectId: id, detail: { day: row.day, working: row.working, note: row.note, scope: row.siteId === null ? 'all' : 'site', moved: moved.length }, ip: who.ip, at });
    return moved;
  });
}

/** Sets the site's deadline length; audited; recounts the site's open due dates. */
export async function saveDeadlineDays(db: Db, who: CalendarEditor, days: number, sources: readonly DeadlineSource[]): Promise<MovedDeadline[]> {
  if (!Number.isInteger(days) || days < 1 || days > MAX_DEADLINE_DAYS) throw new FormInvalid({ deadline_days: t.badDeadline });
  return atomically(db, async (trx) => {
    const before = await deadlineDaysOf(trx, who.siteId);
    if (before === days) return [];
    const at = new Date(who.now).toISOString();
    const exists = await trx.selectFrom('calendar_sites').select('site_id').where('site_id', '=', who.siteId).executeTakeFirst();
    if (exists) await trx.updateTable('calendar_sites').set({ deadline_days: days, updated_at: at }).where('site_id', '=', who.siteId).execute();
    else await trx.insertInto('calendar_sites').values({ site_id: who.siteId, deadline_days: days, updated_at: at }).execute();
    const moved = await recountAll(trx, sources, [who.siteId], who.now);
    await audit(trx, { siteId: who.siteId, userId: who.userId, action: 'calendar.deadline', subjectType: 'site', subjectId: who.siteId, detail: { from: before, to: days, moved: moved.length }, ip: who.ip, at });
    return moved;
  });
}
