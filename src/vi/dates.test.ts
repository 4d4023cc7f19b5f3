import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  WEEKDAYS, addDays, formatDate, formatDateTime, formatTime, formatWeekdayDate, ictDay,
  ictMidnightUtc, isoDate, parseViDate, toDate, formatTimeAndDay, readViDateTime,
} from './index.js';

// 14:05 on Thursday 7 December 2023 in Hà Nội.
const THU_1405 = '2023-12-07T07:05:00Z';

test('formats in ICT', () => {
  assert.equal(formatWeekdayDate(THU_1405), 'Thứ Năm, 07/12/2023');
  assert.equal(formatDate(THU_1405), '07/12/2023');
  assert.equal(formatTime(THU_1405), '14:05');
  assert.equal(formatDateTime(THU_1405), '07/12/2023 14:05');
  assert.equal(isoDate(THU_1405), '2023-12-07T14:05:00+07:00');
  assert.equal(formatWeekdayDate(new Date('2024-06-18T01:00:00Z')), 'Thứ Ba, 18/06/2024');
  assert.equal(formatTime('2023-12-07T16:59:00Z'), '23:59');
  assert.equal(formatTime('2023-12-06T17:00:00Z'), '00:00');
});

test('weekday-date for the ICT day 2023-12-07', () => {
  assert.equal(formatWeekdayDate(ictMidnightUtc('2023-12-07')), 'Thứ Năm, 07/12/2023');
  assert.equal(formatWeekdayDate('2023-12-07'), 'Thứ Năm, 07/12/2023');
});

test('all seven weekday names, from Sunday 3 to Saturday 9 December 2023', () => {
  assert.deepEqual([...WEEKDAYS], ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
  const expected = [
    'Chủ Nhật, 03/12/2023', 'Thứ Hai, 04/12/2023', 'Thứ Ba, 05/12/2023', 'Thứ Tư, 06/12/2023',
    'Thứ Năm, 07/12/2023', 'Thứ Sáu, 08/12/2023', 'Thứ Bảy, 09/12/2023',
  ];
  for (let i = 0; i < 7; i++) {
    const day = addDays('2023-12-03', i);
    const start = ictMidnightUtc(day);
    const lastMinute = new Date(start.getTime() + 24 * 3600e3 - 60e3);
    assert.equal(formatWeekdayDate(start), expected[i]);
    assert.equal(formatWeekdayDate(lastMinute), expected[i]);
  }
});

test('ICT midnight boundary', () => {
  assert.equal(formatDate('2023-12-06T16:59:59Z'), '06/12/2023');
  assert.equal(formatWeekdayDate('2023-12-06T16:59:59Z'), 'Thứ Tư, 06/12/2023');
  assert.equal(ictDay('2023-12-06T16:59:59Z'), '2023-12-06');
  assert.equal(formatDate('2023-12-06T17:00:00Z'), '07/12/2023');
  assert.equal(ictDay('2023-12-06T17:00:00Z'), '2023-12-07');
  assert.equal(ictDay('2023-12-06T17:30:00Z'), '2023-12-07');
  assert.equal(ictDay(Date.UTC(2023, 11, 31, 17)), '2024-01-01');
});

test('ictMidnightUtc and addDays', () => {
  assert.equal(ictMidnightUtc('2023-12-07').toISOString(), '2023-12-06T17:00:00.000Z');
  assert.equal(ictMidnightUtc('2024-01-01').toISOString(), '2023-12-31T17:00:00.000Z');
  assert.throws(() => ictMidnightUtc('2023-02-30'), RangeError);
  assert.throws(() => ictMidnightUtc('7/12/2023'), RangeError);
  assert.equal(addDays('2023-12-31', 1), '2024-01-01');
  assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  assert.equal(addDays('2023-03-01', -1), '2023-02-28');
  assert.equal(addDays('2023-12-07', 0), '2023-12-07');
  assert.equal(addDays('2023-12-07', 366), '2024-12-07');
  assert.throws(() => addDays('2023-12-07', 0.5), RangeError);
});

test('toDate', () => {
  const d = new Date(THU_1405);
  assert.notEqual(toDate(d), d); // a copy
  assert.equal(toDate(d).getTime(), d.getTime());
  assert.equal(toDate(d.getTime()).getTime(), d.getTime());
  assert.equal(toDate('2023-12-07T14:05:00+07:00').toISOString(), '2023-12-07T07:05:00.000Z');
  assert.equal(toDate('Thu, 07 Dec 2023 07:05:00 GMT').toISOString(), '2023-12-07T07:05:00.000Z');
  // Without a zone, strings mean ICT (never the server's zone).
  assert.equal(toDate('2023-12-07').toISOString(), '2023-12-06T17:00:00.000Z');
  assert.equal(toDate('07/12/2023').toISOString(), '2023-12-06T17:00:00.000Z');
  assert.equal(toDate('2023-12-07T14:05').toISOString(), '2023-12-07T07:05:00.000Z');
  assert.equal(toDate('2023-12-07 14:05:09.5').toISOString(), '2023-12-07T07:05:09.500Z');
  for (const bad of ['hello', '2023-02-30', '2023-12-07T25:00', 'Dec 7 2023', '', NaN]) {
    assert.throws(() => toDate(bad), RangeError, String(bad));
  }
  assert.throws(() => formatDate(new Date('nope')), RangeError);
});

test('parseViDate', () => {
  const cases: Array<[string, string | null]> = [
    ['07/12/2023', '2023-12-07'], ['7/12/2023', '2023-12-07'], ['7/1/2024', '2024-01-07'],
    ['2023-12-07', '2023-12-07'], [' 07-12-2023 ', '2023-12-07'], ['7.12.2023', '2023-12-07'],
    ['29/02/2024', '2024-02-29'], ['29/02/2000', '2000-02-29'],
    ['31/02/2023', null], ['29/02/2023', null], ['29/02/1900', null], ['31/04/2023', null],
    ['32/01/2023', null], ['00/01/2023', null], ['1/13/2023', null], ['2023-13-01', null],
    ['07/12/23', null], ['2023/12/07', null], ['07/12-2023', null], ['', null], ['hôm nay', null],
  ];
  for (const [input, expected] of cases) assert.equal(parseViDate(input), expected, input);
});

// Run a tiny script in a child process with another TZ and compare.
const DATES_URL = new URL('./dates.ts', import.meta.url).href;
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// 00:30 ICT on Thu 7 Dec (still Wed 6 Dec in New York) and 23:30 ICT on
// Thu 7 Dec (already Fri 8 Dec on Kiritimati, UTC+14).
const INSTANTS = ['2023-12-06T17:30:00Z', '2023-12-07T16:30:00Z'];

function runWithTz(tz: string): { out: string[]; offset: number } {
  const script = `
    const m = await import(${JSON.stringify(DATES_URL)});
    const instants = ${JSON.stringify(INSTANTS)};
    console.log(JSON.stringify({
      out: instants.flatMap((i) => [m.formatWeekdayDate(i), m.formatDateTime(i), m.ictDay(i), m.isoDate(i)]),
      offset: new Date(instants[0]).getTimezoneOffset(),
    }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as { out: string[]; offset: number };
}

const EXPECTED_OUT = [
  'Thứ Năm, 07/12/2023', '07/12/2023 00:30', '2023-12-07', '2023-12-07T00:30:00+07:00',
  'Thứ Năm, 07/12/2023', '07/12/2023 23:30', '2023-12-07', '2023-12-07T23:30:00+07:00',
];

test('same output in this process', () => {
  assert.deepEqual(INSTANTS.flatMap((i) => [formatWeekdayDate(i), formatDateTime(i), ictDay(i), isoDate(i)]), EXPECTED_OUT);
});

for (const [tz, offset] of [['America/New_York', 300], ['Pacific/Kiritimati', -840]] as const) {
  test(`same output with TZ=${tz}`, () => {
    const result = runWithTz(tz);
    assert.equal(result.offset, offset, 'the child really ran in that zone');
    assert.deepEqual(result.out, EXPECTED_OUT);
  });
}

test('a publication time is shown as "07:00, Thứ Sáu 04/12/2026"', () => {
  assert.equal(formatTimeAndDay('2026-12-04T00:00:00.000Z'), '07:00, Thứ Sáu 04/12/2026');
  assert.equal(formatTimeAndDay('2026-12-03T17:00:00.000Z'), '00:00, Thứ Sáu 04/12/2026');
  assert.equal(formatTimeAndDay('2026-12-03T16:59:00.000Z'), '23:59, Thứ Năm 03/12/2026');
});

test('readViDateTime: dd/mm/yyyy HH:mm in ICT, the shapes people type, and what was wrong', () => {
  const at0700 = { iso: '2026-12-04T00:00:00.000Z' };
  for (const typed of ['04/12/2026 07:00', '4/12/2026 7:00', ' 04/12/2026   07:00 ', '04-12-2026 07.00', '04.12.2026 7h', '04/12/2026, 07:00', '04/12/2026 lúc 7h00', '4/12/2026 7g', '041220260700', '04122026 0700', '2026-12-04T07:00']) {
    assert.deepEqual(readViDateTime(typed), at0700, typed);
  }
  assert.deepEqual(readViDateTime('29/02/2028 23:59'), { iso: '2028-02-29T16:59:00.000Z' });
  assert.deepEqual(readViDateTime('31/02/2026 08:00'), { problem: 'day', typed: '31/02/2026' });
  assert.deepEqual(readViDateTime('29/02/2026 08:00'), { problem: 'day', typed: '29/02/2026' });
  assert.deepEqual(readViDateTime('04/12/2026 25:00'), { problem: 'time', typed: '25:00' });
  assert.deepEqual(readViDateTime('04/12/2026 07:60'), { problem: 'time', typed: '07:60' });
  for (const bad of ['', 'mai', '12/04/2026, 07:00 AM', '04/12/26 07:00', '04/12/2026', '04/12/2026 7', '04/12/2026 07:00:30', '2026-12-04', '<script>04/12/2026 07:00']) {
    assert.equal((readViDateTime(bad) as { problem?: string }).problem, 'shape', bad);
  }
});
