// The calendar of days off and the questions' due dates: a declared day must change something (a
// make-up day on a working weekday, a day off on a Sunday are refused), and a change recounts the
// open cases' due dates, saying which moved.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sites, StaffSession, Staff } from './staff.js';
import { backofficeFixture } from './staff.js';
import type { TestApp } from './helpers.js';
import { FormInvalid } from '../src/errors/index.js';
import { addDeclaredDay, removeDeclaredDay, workCalendarFor } from '../src/calendar/service.js';
import { dayNumber } from '../src/workdays/calendar.js';
import { submitQuestion } from '../src/questions/service.js';
import { questionsModule } from '../src/questions/module.js';

let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;
before(async () => {
  ({ t, sites, staff } = await backofficeFixture('lich', s));
});
after(() => t.close());

// Monday 1 March 2027, 09:00 in Hà Nội.
const NOW = Date.parse('2027-03-01T02:00:00Z');
const sources = [questionsModule.deadlines!];
const who = () => ({ siteId: sites.main, userId: staff.admin, ip: '127.0.0.1', now: NOW, national: true });
const dueOf = async (id: number) => (await t.db.selectFrom('question_cases').select('due_day').where('id', '=', id).executeTakeFirstOrThrow()).due_day;

test('a declared day must change something: a make-up Monday or a Sunday off is refused, nothing stored', async () => {
  await assert.rejects(addDeclaredDay(t.db, who(), { day: '2027-03-08', working: true, note: 'Làm bù', scope: 'all' }, sources), (e: unknown) => e instanceof FormInvalid && /Thứ Hai/.test(Object.values(e.fields).join(' ')));
  await assert.rejects(addDeclaredDay(t.db, who(), { day: '2027-03-07', working: false, note: 'Nghỉ', scope: 'all' }, sources), FormInvalid);
  assert.equal((await t.db.selectFrom('calendar_days').select('id').execute()).length, 0);
});

test('a day off, then a make-up Saturday: the open case’s due date moves later, then back, and each move is listed', async () => {
  const fields = { name: 'Trần Thị Bình', email: 'binh@example.vn', phone: '', address: '', topic: '', title: 'Hỏi về hạn xử lý', body: 'Nội dung câu hỏi về hạn.' };
  const { id } = await submitQuestion(t.db, { siteId: sites.main, ip: '203.0.113.30', now: NOW, fields, files: [] });
  const first = await dueOf(id);
  assert.ok(first, 'a due date is counted at receipt');
  const off = await addDeclaredDay(t.db, who(), { day: '2027-03-03', working: false, note: 'Nghỉ theo quyết định', scope: 'all' }, sources);
  assert.equal((await workCalendarFor(t.db, sites.main)).isWorking(dayNumber('2027-03-03')), false);
  const later = await dueOf(id);
  assert.ok(later! > first!, `one working day fewer: ${first} → ${later}`);
  assert.deepEqual(off.map((m) => [m.from, m.to]), [[first, later]], 'the moved due date is reported');
  const row = await t.db.selectFrom('calendar_days').select('id').where('day', '=', '2027-03-03').executeTakeFirstOrThrow();
  await addDeclaredDay(t.db, who(), { day: '2027-03-06', working: true, note: 'Làm bù', scope: 'all' }, sources);
  assert.equal(await dueOf(id), first, 'a make-up Saturday gives the day back');
  await removeDeclaredDay(t.db, who(), row.id, sources);
  assert.ok((await dueOf(id))! < first!, 'without the day off, the make-up Saturday brings it earlier');
  assert.ok((await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'calendar.%').execute()).length >= 3, 'audited');
});
