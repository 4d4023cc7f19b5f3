import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jdn, lunarNewYear, lunarOf, solarOf, ymdOf } from './lunar.js';
import { WorkCalendar, dayNumber, dayString, statutoryHolidays, weekday } from './calendar.js';
import { WAITING_WHY, deadline, deadlineState } from './clock.js';

const ymd = (n: number) => ymdOf(n).join('-');

test('Tết and Giỗ Tổ fall where Vietnam keeps them (UTC+7), not where a Chinese calendar would', () => {
  const tet: Record<number, string> = { 1985: '1985-1-21', 2007: '2007-2-17', 2020: '2020-1-25', 2023: '2023-1-22', 2024: '2024-2-10', 2025: '2025-1-29', 2026: '2026-2-17', 2027: '2027-2-6' };
  for (const [y, day] of Object.entries(tet)) assert.equal(ymd(lunarNewYear(Number(y))), day, `Tết ${y}`);
  const gioTo: Record<number, string> = { 2023: '2023-4-29', 2024: '2024-4-18', 2025: '2025-4-7', 2026: '2026-4-26' };
  for (const [y, day] of Object.entries(gioTo)) assert.equal(ymd(solarOf({ day: 10, month: 3, year: Number(y), leap: false })!), day, `Giỗ Tổ ${y}`);
});

test('leap months: 2/2023, 4/2020 and 6/2025 are repeated; a leap month a year lacks does not exist', () => {
  assert.deepEqual(lunarOf(jdn(2023, 3, 22)), { day: 1, month: 2, year: 2023, leap: true });
  assert.deepEqual(lunarOf(jdn(2023, 2, 20)), { day: 1, month: 2, year: 2023, leap: false });
  assert.deepEqual(lunarOf(jdn(2020, 5, 23)), { day: 1, month: 4, year: 2020, leap: true });
  assert.deepEqual(lunarOf(jdn(2025, 7, 25)), { day: 1, month: 6, year: 2025, leap: true });
  assert.equal(solarOf({ day: 1, month: 5, year: 2023, leap: true }), undefined);
  assert.equal(solarOf({ day: 1, month: 2, year: 2024, leap: true }), undefined);
  // The day before Tết is the last of the old year: 30 tháng Chạp in 2026's case (year 2025 in the lunar count).
  assert.deepEqual(lunarOf(jdn(2026, 2, 16)), { day: 29, month: 12, year: 2025, leap: false });
});

test('every day from 1950 to 2050 goes to its lunar date and back', () => {
  for (let n = jdn(1950, 1, 1); n <= jdn(2050, 12, 31); n++) {
    const l = lunarOf(n);
    assert.ok(l.day >= 1 && l.day <= 30 && l.month >= 1 && l.month <= 12, `${ymd(n)}: ${JSON.stringify(l)}`);
    if (solarOf(l) !== n) assert.fail(`${ymd(n)} → ${JSON.stringify(l)} → ${solarOf(l) === undefined ? 'none' : ymd(solarOf(l)!)}`);
  }
});

test('days off: the statutory holidays, and a day in lieu for those on a weekend', () => {
  const cal = new WorkCalendar();
  const off = (day: string) => cal.info(dayNumber(day));
  assert.equal(off('2026-01-01').why, 'Tết Dương lịch');
  assert.deepEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) => off(d).working), [false, false, false, false, false], 'Tết 2026: the last day of the year and mùng 1–4');
  assert.equal(off('2026-02-23').working, true);
  // Giỗ Tổ 2026 is a Sunday: Monday is off in lieu.
  assert.equal(weekday(dayNumber('2026-04-26')), 0);
  assert.equal(off('2026-04-27').why, 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  // 30/4/2022 a Saturday and 1/5 a Sunday: Monday and Tuesday off, as they were.
  assert.equal(off('2022-05-02').working, false);
  assert.equal(off('2022-05-03').working, false);
  assert.equal(off('2022-05-04').working, true);
  // Quốc khánh and its neighbour, as the decisions of 2021–2025 chose.
  for (const [y, d] of [[2021, '2021-09-03'], [2022, '2022-09-01'], [2023, '2023-09-01'], [2024, '2024-09-03'], [2025, '2025-09-01']] as const) {
    assert.equal(off(d).working, false, `${y}: ${d}`);
    assert.equal(statutoryHolidays(y).filter((h) => h.name.startsWith('Quốc khánh')).length, 2);
  }
  assert.equal(off('2023-09-04').why, 'Nghỉ bù Quốc khánh (2/9)', '2/9/2023 a Saturday: Monday in lieu');
  assert.deepEqual(off('2026-06-06'), { working: false, why: 'Thứ Bảy' });
  assert.deepEqual(off('2026-06-08'), { working: true });
});

test('fifteen working days from the day after receipt, skipping weekends', () => {
  const d = deadline('2026-06-01', 15, { declared: [] });
  assert.equal(d.due, '2026-06-22');
  assert.equal(d.counted, 15);
  assert.deepEqual(d.skipped.map((s) => s.day), ['2026-06-06', '2026-06-07', '2026-06-13', '2026-06-14', '2026-06-20', '2026-06-21']);
  // Received on a Saturday: counting starts on Sunday, so Monday is day 1.
  assert.equal(deadline('2026-06-06', 1, { declared: [] }).due, '2026-06-08');
});

test('across Tết: the five days off and the weekends around them are skipped, each with its reason', () => {
  const d = deadline('2026-02-13', 15, { declared: [] });
  assert.equal(d.due, '2026-03-13');
  assert.deepEqual(
    d.skipped.slice(0, 9).map((s) => `${s.day} ${s.why}`),
    [
      '2026-02-14 Thứ Bảy',
      '2026-02-15 Chủ nhật',
      '2026-02-16 Tết Nguyên đán (ngày cuối năm âm lịch)',
      '2026-02-17 Tết Nguyên đán (mùng 1)',
      '2026-02-18 Tết Nguyên đán (mùng 2)',
      '2026-02-19 Tết Nguyên đán (mùng 3)',
      '2026-02-20 Tết Nguyên đán (mùng 4)',
      '2026-02-21 Thứ Bảy',
      '2026-02-22 Chủ nhật',
    ],
  );
});

test("the year's decisions: a swapped day off and a make-up Saturday", () => {
  // Say the government gives Monday 23/02/2026 off and has Saturday 07/03/2026 worked instead.
  const declared = [
    { day: '2026-02-23', working: false, note: 'Nghỉ Tết (hoán đổi)' },
    { day: '2026-03-07', working: true, note: 'Làm bù cho ngày 23/02' },
  ];
  const d = deadline('2026-02-13', 15, { declared });
  assert.equal(d.due, '2026-03-13', 'one day lost, one gained');
  assert.ok(d.skipped.some((s) => s.day === '2026-02-23' && s.why === 'Nghỉ Tết (hoán đổi)'));
  assert.deepEqual(d.workedWeekends, [{ day: '2026-03-07', why: 'Làm bù cho ngày 23/02' }]);
  // A declared working day also cancels an assumed holiday (a decision choosing 1/9 instead of 3/9).
  const moved = new WorkCalendar({ declared: [{ day: '2026-09-03', working: true, note: 'Theo quyết định: nghỉ 1/9' }, { day: '2026-09-01', working: false, note: 'Quốc khánh (ngày liền kề, theo quyết định)' }] });
  assert.equal(moved.isWorking(dayNumber('2026-09-03')), true);
  assert.equal(moved.isWorking(dayNumber('2026-09-01')), false);
});

test('the clock stops while the case waits for the citizen, and resumes the day after the information arrives', () => {
  const plain = deadline('2026-06-01', 15, { declared: [] });
  // Asked on Wed 03/06 (a counted day), answered on Tue 09/06: Thu 4, Fri 5, Mon 8, Tue 9 are not counted.
  const stopped = deadline('2026-06-01', 15, { declared: [] }, [{ from: '2026-06-03', to: '2026-06-09' }]);
  assert.equal(plain.due, '2026-06-22');
  assert.equal(stopped.due, '2026-06-26');
  assert.deepEqual(stopped.skipped.filter((s) => s.why === WAITING_WHY).map((s) => s.day), ['2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08', '2026-06-09']);
  const open = deadline('2026-06-01', 15, { declared: [] }, [{ from: '2026-06-03' }]);
  assert.equal(open.due, null, 'no due date while waiting');
  assert.equal(open.counted, 2);
});

test('a change of calendar moves a due date', () => {
  const before = deadline('2026-06-01', 15, { declared: [] });
  const after = deadline('2026-06-01', 15, { declared: [{ day: '2026-06-10', working: false, note: 'Nghỉ đột xuất' }] });
  assert.equal(before.due, '2026-06-22');
  assert.equal(after.due, '2026-06-23');
});

test('where a case stands: late, due today, due within three working days, later, stopped', () => {
  const cal = { declared: [] };
  assert.equal(deadlineState('2026-06-22', '2026-06-23', cal), 'late');
  assert.equal(deadlineState('2026-06-22', '2026-06-22', cal), 'today');
  assert.equal(deadlineState('2026-06-22', '2026-06-17', cal), 'soon', 'Thu 18, Fri 19, Mon 22: three working days');
  assert.equal(deadlineState('2026-06-22', '2026-06-16', cal), 'open');
  assert.equal(deadlineState(null, '2026-06-16', cal), 'stopped');
});

test('bad input is refused, not guessed', () => {
  assert.throws(() => dayNumber('2026-02-30'), RangeError);
  assert.throws(() => dayNumber('30/06/2026'), RangeError);
  assert.throws(() => deadline('2026-06-01', 0, { declared: [] }), RangeError);
  assert.equal(dayString(dayNumber('2026-12-31')), '2026-12-31');
});
