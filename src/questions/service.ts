// Citizens' questions as cases: receiving one from the public form (checked attachments, a tracking
// code, the due date counted on the site's working-day calendar), the tracking page's lookup
// (limited against guessing), the state machine's moves (audited, each refusal in Vietnamese), the
// answer, assigning, forwarding to another site of the installation (history and code kept), the
// recount the calendar asks for, and what the public sees once published (no personal data).
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { QuestionStatus } from '../db/schema.js';
import type { StaffContext } from '../backoffice/guard.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import { audit } from '../audit/log.js';
import { publicChange } from '../web/page-cache.js';
import { reindex } from '../search/index.js';
import { sanitizeBody } from '../richtext/sanitize.js';
import { ictDay } from '../vi/index.js';
import { deadline, deadlineState } from '../workdays/index.js';
import type { Deadline, DeadlineState, Stop } from '../workdays/index.js';
import { deadlineDaysOf, workCalendarFor } from '../calendar/service.js';
import type { MovedDeadline } from '../registry/sources.js';
import { detectUpload, isCompletePdf } from '../media/detect.js';
import { fileName } from '../media/service.js';
import { msg } from '../messages/index.js';
import { newTrackingCode, readCode, shownCode } from './code.js';
import type { Move } from './machine.js';
import { FORWARDABLE, OPEN, STATUS_LABELS, TRANSITIONS, whyNotMove } from './machine.js';

const t = msg.questions;

export const QUESTION_KIND = 'question';
export const MAX_FILES = 3;
export const FILE_MAX_BYTES = 5 * 1024 * 1024;
/** Failed lookups of the tracking page per address, and per site, in LOOKUP_WINDOW_MS. */
export const LOOKUPS_PER_ADDRESS = 10;
export const LOOKUPS_PER_SITE = 300;
export const LOOKUP_WINDOW_MS = 15 * 60_000;

export const questionPath = (id: number) => `/hoi-dap/${id}`;
export const casePath = (id: number) => `/quan-tri/hoi-dap/${id}`;

type Who = Pick<StaffContext, 'siteId' | 'userId' | 'ip' | 'now'>;

export interface Upload {
  data: Buffer;
  name: string;
  truncated: boolean;
}

export interface QuestionFields {
  name: string;
  email: string;
  phone: string;
  address: string;
  topic: string;
  title: string;
  body: string;
}

export type CaseRow = Awaited<ReturnType<typeof caseRow>>;

async function caseRow(db: Db, siteId: number, id: number) {
  return db.selectFrom('question_cases').selectAll().where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
}

export async function caseOf(db: Db, siteId: number, id: number) {
  const row = await caseRow(db, siteId, id);
  if (!row) throw notFound(t.notFound);
  return row;
}

const stopsOf = (row: { stops: string }): Stop[] => JSON.parse(row.stops) as Stop[];

/** The initials a published question is signed with ("Nguyễn Văn An" → "N.V.A."), or "Công dân". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 'Công dân';
  return words.map((w) => [...w.normalize('NFC')].find((c) => /\p{L}/u.test(c))!.toUpperCase() + '.').join('');
}

/** The topics a site offers on its form, in order. */
export async function topicsOf(db: Db, siteId: number): Promise<string[]> {
  const rows = await db.selectFrom('question_topics').select('name').where('site_id', '=', siteId).orderBy('position').orderBy('id').execute();
  return rows.map((r) => r.name);
}

/** Replaces a site's topics with `names` (one a line, blanks dropped, duplicates once). */
export async function saveTopics(db: Db, who: Who, names: string[]): Promise<void> {
  const clean = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  await atomically(db, async (trx) => {
    await trx.deleteFrom('question_topics').where('site_id', '=', who.siteId).execute();
    for (const [i, name] of clean.entries()) await trx.insertInto('question_topics').values({ site_id: who.siteId, name, position: i }).execute();
    await audit(trx, { siteId: who.siteId, userId: who.userId, action: 'question.topics', subjectType: 'site', subjectId: who.siteId, detail: { topics: clean }, ip: who.ip, at: new Date(who.now).toISOString() });
  });
}

/** Each attachment typed from its bytes (PDF, JPEG/PNG/WebP/GIF), within the size limit; all problems under `files`. */
export async function checkedFiles(files: readonly Upload[]): Promise<{ name: string; mime: string; data: Buffer }[]> {
  const real = files.filter((f) => f.data.length > 0 || f.truncated);
  if (real.length > MAX_FILES) throw new FormInvalid({ files: t.tooManyFiles(MAX_FILES) });
  const out: { name: string; mime: string; data: Buffer }[] = [];
  for (const f of real) {
    const name = fileName(f.name) || 'tep-dinh-kem';
    if (f.truncated || f.data.length > FILE_MAX_BYTES) throw new FormInvalid({ files: t.fileTooLarge(name, FILE_MAX_BYTES / 1024 / 1024) }, { status: 413 });
    const type = await detectUpload(f.data);
    if (!type) throw new FormInvalid({ files: t.fileType(name) }, { status: 415 });
    if (type.kind === 'file' && !isCompletePdf(f.data)) throw new FormInvalid({ files: t.fileBroken(name) });
    out.push({ name, mime: type.mime, data: f.data });
  }
  return out;
}

async function countDue(db: Db, siteId: number, receivedDay: string, days: number, stops: readonly Stop[]): Promise<Deadline> {
  return deadline(receivedDay, days, await workCalendarFor(db, siteId), stops);
}

/** How the case's due date was counted (the days skipped and why), on its site's calendar now. */
export async function dueOf(db: Db, row: { site_id: number; received_day: string; deadline_days: number; stops: string }): Promise<Deadline> {
  return countDue(db, row.site_id, row.received_day, row.deadline_days, stopsOf(row));
}

async function event(trx: Db, caseId: number, siteId: number, userId: number | null, action: string, from: string, to: string, note: string, at: string) {
  await trx.insertInto('question_events').values({ case_id: caseId, site_id: siteId, user_id: userId, action, from_status: from, to_status: to, note, at }).execute();
}

export interface SubmitInput {
  siteId: number;
  ip: string;
  now: number;
  fields: QuestionFields;
  files: readonly Upload[];
  /** Runs first inside the write's transaction (the citizen forms' guard): a refusal stores nothing. */
  admit?: (trx: Db) => Promise<void>;
}

/** Receives a question; returns its id and tracking code. */
export async function submitQuestion(db: Db, input: SubmitInput): Promise<{ id: number; code: string }> {
  const topics = await topicsOf(db, input.siteId);
  if (input.fields.topic && !topics.includes(input.fields.topic)) throw new FormInvalid({ topic: t.badTopic });
  const files = await checkedFiles(input.files);
  return atomically(db, async (trx) => {
    if (input.admit) await input.admit(trx);
    const at = new Date(input.now).toISOString();
    const day = ictDay(input.now);
    const days = await deadlineDaysOf(trx, input.siteId);
    const due = await countDue(trx, input.siteId, day, days, []);
    let code = newTrackingCode();
    while (await trx.selectFrom('question_cases').select('id').where('code', '=', code).executeTakeFirst()) code = newTrackingCode();
    const row = await trx
      .insertInto('question_cases')
      .values({
        site_id: input.siteId,
        origin_site_id: input.siteId,
        code,
        status: 'new',
        ...input.fields,
        submitted_at: at,
        received_at: at,
        received_day: day,
        due_day: due.due,
        deadline_days: days,
        stops: '[]',
        assignee_id: null,
        refusal_reason: '',
        answer_html: '',
        answered_at: null,
        answered_by: null,
        public_title: input.fields.title,
        public_body: input.fields.body,
        published_at: null,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const f of files) await trx.insertInto('question_files').values({ case_id: row.id, part: 'question', name: f.name, mime: f.mime, bytes: f.data.length, data: f.data, created_at: at }).execute();
    await event(trx, row.id, input.siteId, null, 'submit', '', 'new', '', at);
    await audit(trx, { siteId: input.siteId, userId: null, action: 'question.submit', subjectType: 'question', subjectId: row.id, detail: { files: files.length }, ip: input.ip, at });
    return { id: row.id, code };
  });
}

export class LookupLimited extends AppError {
  constructor() {
    super('too_many_lookups', 429, t.lookupLimited);
  }
}

export interface TrackedCase {
  code: string;
  title: string;
  status: QuestionStatus;
  statusLabel: string;
  submittedAt: string;
  dueDay: string | null;
  refusalReason: string;
  /** Once published: its public page. */
  publicPath?: string;
  answerHtml?: string;
  siteName: string;
}

/**
 * The tracking page's lookup. Every attempt is recorded first (committed at once, so a burst sent
 * together counts in full on every instance) and refused past the limits per address and per site;
 * a found case takes its record back. An unknown code and one that cannot exist get the same answer.
 */
export async function lookupCase(db: Db, siteId: number, ip: string, now: number, typed: string): Promise<TrackedCase | null> {
  const at = new Date(now).toISOString();
  const since = new Date(now - LOOKUP_WINDOW_MS).toISOString();
  const mine = await db.insertInto('question_lookups').values({ site_id: siteId, ip, at }).returning('id').executeTakeFirstOrThrow();
  const [byIp, bySite] = await Promise.all([
    db.selectFrom('question_lookups').select((eb) => eb.fn.countAll<number>().as('n')).where('ip', '=', ip).where('at', '>', since).executeTakeFirstOrThrow(),
    db.selectFrom('question_lookups').select((eb) => eb.fn.countAll<number>().as('n')).where('site_id', '=', siteId).where('at', '>', since).executeTakeFirstOrThrow(),
  ]);
  if (Number(byIp.n) > LOOKUPS_PER_ADDRESS || Number(bySite.n) > LOOKUPS_PER_SITE) throw new LookupLimited();
  const code = readCode(typed);
  // Any site's case: a question forwarded to the province is still found where it was sent.
  const row = code ? await db.selectFrom('question_cases').innerJoin('sites', 'sites.id', 'question_cases.site_id').selectAll('question_cases').select('sites.name as site_name').where('code', '=', code).executeTakeFirst() : undefined;
  if (!row) return null;
  await db.deleteFrom('question_lookups').where('id', '=', mine.id).execute();
  const published = row.status === 'published';
  return {
    code: shownCode(row.code),
    title: row.title,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    submittedAt: row.submitted_at,
    dueDay: OPEN.includes(row.status) ? row.due_day : null,
    refusalReason: row.status === 'refused' ? row.refusal_reason : '',
    publicPath: published && row.site_id === siteId ? questionPath(row.id) : undefined,
    answerHtml: published || row.status === 'answered' ? row.answer_html : undefined,
    siteName: row.site_name,
  };
}

/** Drops lookup records older than the window (run with the hourly jobs, or any time). */
export async function forgetOldLookups(db: Db, now: number): Promise<void> {
  await db.deleteFrom('question_lookups').where('at', '<', new Date(now - LOOKUP_WINDOW_MS).toISOString()).execute();
}

// ---- The back office ------------------------------------------------------------------------

export type QueueFilter = '' | 'sap-den-han' | 'hom-nay' | 'qua-han' | 'cho-bo-sung' | 'da-tra-loi' | 'cua-toi';

export interface QueueRow {
  id: number;
  code: string;
  title: string;
  status: QuestionStatus;
  topic: string;
  submittedAt: string;
  dueDay: string | null;
  dueState: DeadlineState | 'done';
  assignee: string | null;
  forwarded: boolean;
}

/** The figures the queue's filters show (and the dashboard reads): due in 3 working days, today, late. */
export async function dueFigures(db: Db, siteId: number, now: number): Promise<{ soon: number; today: number; late: number }> {
  const rows = await queue(db, siteId, now, '');
  return { soon: rows.filter((r) => r.dueState === 'soon').length, today: rows.filter((r) => r.dueState === 'today').length, late: rows.filter((r) => r.dueState === 'late').length };
}

export async function queue(db: Db, siteId: number, now: number, filter: QueueFilter, userId?: number): Promise<QueueRow[]> {
  let q = db
    .selectFrom('question_cases')
    .leftJoin('users', 'users.id', 'question_cases.assignee_id')
    .select(['question_cases.id', 'question_cases.code', 'question_cases.title', 'question_cases.status', 'question_cases.topic', 'question_cases.submitted_at', 'question_cases.due_day', 'question_cases.origin_site_id', 'users.display_name as assignee'])
    .where('question_cases.site_id', '=', siteId);
  if (filter === 'cho-bo-sung') q = q.where('question_cases.status', '=', 'waiting');
  else if (filter === 'da-tra-loi') q = q.where('question_cases.status', 'in', ['answered', 'published', 'refused']);
  else if (filter !== '') q = q.where('question_cases.status', 'in', OPEN);
  if (filter === 'cua-toi' && userId !== undefined) q = q.where('question_cases.assignee_id', '=', userId);
  const rows = await q.orderBy('question_cases.due_day').orderBy('question_cases.id', 'desc').limit(500).execute();
  const cal = await workCalendarFor(db, siteId);
  const today = ictDay(now);
  const out = rows.map(
    (r): QueueRow => ({
      id: r.id,
      code: shownCode(r.code),
      title: r.title,
      status: r.status,
      topic: r.topic,
      submittedAt: r.submitted_at,
      dueDay: r.due_day,
      dueState: OPEN.includes(r.status) ? (r.status === 'waiting' ? 'stopped' : deadlineState(r.due_day, today, cal)) : 'done',
      assignee: r.assignee,
      forwarded: r.origin_site_id !== siteId,
    }),
  );
  const wanted: Partial<Record<QueueFilter, DeadlineState>> = { 'sap-den-han': 'soon', 'hom-nay': 'today', 'qua-han': 'late' };
  const state = wanted[filter];
  return state ? out.filter((r) => r.dueState === state) : out;
}

export async function historyOf(db: Db, caseId: number) {
  return db
    .selectFrom('question_events')
    .leftJoin('users', 'users.id', 'question_events.user_id')
    .innerJoin('sites', 'sites.id', 'question_events.site_id')
    .select(['question_events.id', 'question_events.action', 'question_events.from_status', 'question_events.to_status', 'question_events.note', 'question_events.at', 'users.display_name as who', 'sites.name as site'])
    .where('question_events.case_id', '=', caseId)
    .orderBy('question_events.id')
    .execute();
}

export async function filesOf(db: Db, caseId: number) {
  return db.selectFrom('question_files').select(['id', 'part', 'name', 'mime', 'bytes']).where('case_id', '=', caseId).orderBy('id').execute();
}

export async function fileOf(db: Db, caseId: number, fileId: number) {
  return db.selectFrom('question_files').selectAll().where('case_id', '=', caseId).where('id', '=', fileId).executeTakeFirst();
}

/** What a move's refusal needs of a note: asking the citizen says what is missing, a refusal says why. */
function noteProblem(move: Move, note: string): string | null {
  if (move === 'ask' && !note) return t.askNoteRequired;
  if (move === 'refuse' && !note) return t.refuseReasonRequired;
  return null;
}

async function lockCase(trx: Db, siteId: number, id: number) {
  // A row lock on PostgreSQL (SQLite runs one writer anyway): two moves of one case wait for each other.
  await trx
    .updateTable('question_cases')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .where('site_id', '=', siteId)
    .execute();
  const row = await trx.selectFrom('question_cases').selectAll().where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
  if (!row) throw notFound(t.notFound);
  return row;
}

/**
 * A move of the state machine (machine.ts): checked against the transitions table, the clock
 * stopped on "Yêu cầu bổ sung" and running again when the information arrives (the due date
 * recounted), published or taken down with the page cache and search told. Audited, in history.
 */
export async function moveCase(db: Db, who: Who, id: number, move: Move, note: string): Promise<QuestionStatus> {
  if (move === 'answer') throw new AppError('refused', 400, t.answerThroughForm);
  return atomically(db, async (trx) => {
    const row = await lockCase(trx, who.siteId, id);
    const why = whyNotMove(row.status, move);
    if (why) throw new AppError('refused', 409, why);
    const problem = noteProblem(move, note);
    if (problem) throw new FormInvalid({ note: problem });
    if (move === 'publish' && (!row.answer_html || !row.public_title || !row.public_body)) throw new AppError('refused', 409, t.publishNeedsAnswer);
    const to = TRANSITIONS[move].to;
    const at = new Date(who.now).toISOString();
    const day = ictDay(who.now);
    const changes: Record<string, unknown> = { status: to, updated_at: at };
    let stops = stopsOf(row);
    if (move === 'ask') stops = [...stops, { from: day }];
    if (move === 'resume') stops = stops.map((s) => (s.to === undefined ? { from: s.from, to: day < s.from ? s.from : day } : s));
    if (move === 'ask' || move === 'resume') {
      changes.stops = JSON.stringify(stops);
      changes.due_day = (await countDue(trx, row.site_id, row.received_day, row.deadline_days, stops)).due;
    }
    if (move === 'refuse') changes.refusal_reason = note;
    if (move === 'publish') changes.published_at = at;
    if (move === 'unpublish') changes.published_at = null;
    await trx.updateTable('question_cases').set(changes).where('id', '=', id).execute();
    await event(trx, id, who.siteId, who.userId, move, row.status, to, note, at);
    await audit(trx, { siteId: who.siteId, userId: who.userId, action: `question.${move}`, subjectType: 'question', subjectId: id, detail: { from: row.status, to, note }, ip: who.ip, at });
    if (move === 'publish' || move === 'unpublish') {
      await reindex(trx, QUESTION_KIND, id);
      await publicChange(trx, who.siteId);
    }
    return to;
  });
}

export interface AnswerInput {
  answerHtml: string;
  publicTitle: string;
  publicBody: string;
  files: readonly Upload[];
}

/** Writes (or rewrites) the answer and the question's public wording; the case is then "Đã trả lời". */
export async function saveAnswer(db: Db, who: Who, id: number, input: AnswerInput): Promise<void> {
  const html = sanitizeBody(input.answerHtml);
  if (!html.replace(/<[^>]*>/g, '').trim()) throw new FormInvalid({ answer_html: t.answerRequired });
  const files = await checkedFiles(input.files);
  await atomically(db, async (trx) => {
    const row = await lockCase(trx, who.siteId, id);
    const why = whyNotMove(row.status, 'answer');
    if (why) throw new AppError('refused', 409, why);
    const at = new Date(who.now).toISOString();
    await trx
      .updateTable('question_cases')
      .set({ status: 'answered', answer_html: html, public_title: input.publicTitle, public_body: input.publicBody, answered_at: at, answered_by: who.userId, updated_at: at })
      .where('id', '=', id)
      .execute();
    for (const f of files) await trx.insertInto('question_files').values({ case_id: id, part: 'answer', name: f.name, mime: f.mime, bytes: f.data.length, data: f.data, created_at: at }).execute();
    await event(trx, id, who.siteId, who.userId, 'answer', row.status, 'answered', '', at);
    await audit(trx, { siteId: who.siteId, userId: who.userId, action: 'question.answer', subjectType: 'question', subjectId: id, detail: { from: row.status, files: files.length }, ip: who.ip, at });
  });
}

/** The people of the site who may be given a case (handlers, editors, administrators). */
export async function handlersOf(db: Db, siteId: number) {
  return db
    .selectFrom('site_memberships')
    .innerJoin('users', 'users.id', 'site_memberships.user_id')
    .select(['users.id', 'users.display_name', 'site_memberships.role'])
    .where('site_memberships.site_id', '=', siteId)
    .where('site_memberships.role', 'in', ['handler', 'editor', 'admin'])
    .where('users.disabled', '=', 0)
    .orderBy('users.display_name')
    .execute();
}

/** Gives the case to a person of the site (null: nobody). */
export async function assignCase(db: Db, who: Who, id: number, userId: number | null): Promise<void> {
  await atomically(db, async (trx) => {
    const row = await lockCase(trx, who.siteId, id);
    let name = '';
    if (userId !== null) {
      const person = (await handlersOf(trx, who.siteId)).find((p) => p.id === userId);
      if (!person) throw new FormInvalid({ assignee: t.badAssignee });
      name = person.display_name;
    }
    const at = new Date(who.now).toISOString();
    await trx.updateTable('question_cases').set({ assignee_id: userId, updated_at: at }).where('id', '=', id).execute();
    await event(trx, id, who.siteId, who.userId, 'assign', row.status, row.status, name, at);
    await audit(trx, { siteId: who.siteId, userId: who.userId, action: 'question.assign', subjectType: 'question', subjectId: id, detail: { assignee: userId }, ip: who.ip, at });
  });
}

/** The other sites of the installation a case may be forwarded to. */
export async function forwardTargets(db: Db, siteId: number) {
  return db.selectFrom('sites').select(['id', 'name']).where('id', '!=', siteId).orderBy('name').execute();
}

/**
 * Forwards a case not yet answered to another site of the installation: it keeps its code, its
 * history and its files; it arrives there as "Mới", unassigned, and its due date is counted anew
 * from the day it arrives, on that site's calendar and deadline length.
 */
export async function forwardCase(db: Db, who: Who, id: number, targetSiteId: number, note: string): Promise<void> {
  await atomically(db, async (trx) => {
    const row = await lockCase(trx, who.siteId, id);
    if (!FORWARDABLE.includes(row.status)) throw new AppError('refused', 409, t.notForwardable(STATUS_LABELS[row.status]));
    const target = (await forwardTargets(trx, who.siteId)).find((s) => s.id === targetSiteId);
    if (!target) throw new FormInvalid({ site: t.badTarget });
    if (!note) throw new FormInvalid({ note: t.forwardNoteRequired });
    const at = new Date(who.now).toISOString();
    const day = ictDay(who.now);
    const days = await deadlineDaysOf(trx, target.id);
    const due = await countDue(trx, target.id, day, days, []);
    await trx
      .updateTable('question_cases')
      .set({ site_id: target.id, status: 'new', assignee_id: null, received_at: at, received_day: day, deadline_days: days, stops: '[]', due_day: due.due, updated_at: at })
      .where('id', '=', id)
      .execute();
    await event(trx, id, who.siteId, who.userId, 'forward', row.status, 'new', `${target.name}: ${note}`, at);
    await audit(trx, { siteId: who.siteId, userId: who.userId, action: 'question.forward', subjectType: 'question', subjectId: id, detail: { to: target.id, note }, ip: who.ip, at });
    await audit(trx, { siteId: target.id, userId: who.userId, action: 'question.forwarded', subjectType: 'question', subjectId: id, detail: { from: who.siteId, note }, ip: who.ip, at });
  });
}

/** The calendar's recount (registry/sources.ts DeadlineSource): every open case of the sites, due dates that moved. */
export async function recountDeadlines(db: Db, siteIds: readonly number[] | null, now: number): Promise<MovedDeadline[]> {
  let q = db.selectFrom('question_cases').select(['id', 'site_id', 'code', 'title', 'status', 'received_day', 'deadline_days', 'stops', 'due_day']).where('status', 'in', OPEN);
  if (siteIds) q = q.where('site_id', 'in', siteIds.length ? siteIds : [0]);
  const rows = await q.orderBy('id').execute();
  const at = new Date(now).toISOString();
  const moved: MovedDeadline[] = [];
  const cals = new Map<number, Awaited<ReturnType<typeof workCalendarFor>>>();
  for (const r of rows) {
    let cal = cals.get(r.site_id);
    if (!cal) cals.set(r.site_id, (cal = await workCalendarFor(db, r.site_id)));
    const days = await deadlineDaysOf(db, r.site_id);
    const due = deadline(r.received_day, days, cal, stopsOf(r)).due;
    if (due === r.due_day && days === r.deadline_days) continue;
    await db.updateTable('question_cases').set({ due_day: due, deadline_days: days }).where('id', '=', r.id).execute();
    await event(db, r.id, r.site_id, null, 'recount', r.status, r.status, `${r.due_day ?? '—'} → ${due ?? '—'}`, at);
    if (due !== r.due_day) moved.push({ siteId: r.site_id, label: `${shownCode(r.code)} — ${r.title}`, path: casePath(r.id), from: r.due_day, to: due });
  }
  return moved;
}

// ---- The public side ------------------------------------------------------------------------

export interface PublicQuestion {
  id: number;
  title: string;
  body: string;
  asker: string;
  topic: string;
  submittedAt: string;
  answerHtml: string;
  answeredAt: string;
  publishedAt: string;
  site: string;
}

const PUBLIC_PAGE = 20;

function presentPublic(r: { id: number; public_title: string; public_body: string; name: string; topic: string; submitted_at: string; answer_html: string; answered_at: string | null; published_at: string | null }, site: string): PublicQuestion {
  return { id: r.id, title: r.public_title, body: r.public_body, asker: initials(r.name), topic: r.topic, submittedAt: r.submitted_at, answerHtml: r.answer_html, answeredAt: r.answered_at ?? '', publishedAt: r.published_at ?? '', site };
}

const PUBLIC_COLUMNS = ['id', 'public_title', 'public_body', 'name', 'topic', 'submitted_at', 'answer_html', 'answered_at', 'published_at'] as const;

export async function publishedQuestions(db: Db, siteId: number, page: number, topic = ''): Promise<{ rows: PublicQuestion[]; total: number; pages: number }> {
  let base = db.selectFrom('question_cases').where('site_id', '=', siteId).where('status', '=', 'published');
  if (topic) base = base.where('topic', '=', topic);
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select([...PUBLIC_COLUMNS])
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(PUBLIC_PAGE)
    .offset((page - 1) * PUBLIC_PAGE)
    .execute();
  return { rows: rows.map((r) => presentPublic(r, '')), total: Number(n), pages: Math.max(1, Math.ceil(Number(n) / PUBLIC_PAGE)) };
}

export async function publishedQuestion(db: Db, siteId: number, id: number): Promise<PublicQuestion | undefined> {
  const r = await db.selectFrom('question_cases').select([...PUBLIC_COLUMNS]).where('id', '=', id).where('site_id', '=', siteId).where('status', '=', 'published').executeTakeFirst();
  return r && presentPublic(r, '');
}

export async function publicFiles(db: Db, siteId: number, id: number) {
  const q = await publishedQuestion(db, siteId, id);
  if (!q) return [];
  return (await filesOf(db, id)).filter((f) => f.part === 'answer');
}
