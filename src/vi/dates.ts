/**
 * Dates and times for Loa, always in Asia/Ho_Chi_Minh (ICT).
 *
 * Vietnam has used UTC+7 with no daylight saving since 1975, so ICT is computed
 * by arithmetic: add 7 hours to the UTC epoch and read the fields with the
 * getUTC* methods. Neither `Intl` nor the process's TZ is consulted, so output
 * is identical on every server. Weekday names come from a fixed table because
 * `Intl` output (e.g. its capitalisation) has changed between ICU versions.
 */

/** Offset of Asia/Ho_Chi_Minh from UTC, in milliseconds. */
export const ICT_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Weekday names, indexed by `Date#getUTCDay()` of the ICT-shifted instant. */
export const WEEKDAYS = [
  'Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy',
] as const;

export type DateInput = Date | string | number;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;
// Strings that carry their own zone, so Date.parse reads them the same
// everywhere: ISO with "Z" or "+hh:mm", or RFC 2822 / toUTCString() with GMT.
const ZONED_RE = /(?:Z|[+-]\d{2}:?\d{2}|\bGMT|\bUTC)$/i;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

function isValidYmd(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Epoch ms of y-m-d h:mi:s.ms read as a UTC wall clock (years 1–99 kept as is). */
function utcMs(y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const t = new Date(Date.UTC(2000, m - 1, d, h, mi, s, ms));
  t.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  return t.getTime();
}

/** Parse a strict "YYYY-MM-DD"; throws RangeError if it is not a real date. */
function parseDay(day: string): [number, number, number] {
  const m = DAY_RE.exec(day);
  if (m) {
    const ymd: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidYmd(...ymd)) return ymd;
  }
  throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
}

/**
 * Turn a Date, epoch milliseconds or a string into a (new) Date.
 * Strings:
 *  - with a zone ("…Z", "…+07:00", "… GMT"): that instant;
 *  - "YYYY-MM-DD" or "dd/mm/yyyy": the start of that ICT day;
 *  - "YYYY-MM-DDTHH:mm[:ss]" without a zone: that ICT wall-clock time
 *    (JavaScript would read it in the server's zone, which we never want).
 * Anything else, or an invalid date, throws RangeError.
 */
export function toDate(d: DateInput): Date {
  let t: number;
  if (d instanceof Date) t = d.getTime();
  else if (typeof d === 'number') t = d;
  else {
    const s = d.trim();
    const local = LOCAL_DATETIME_RE.exec(s);
    const viDay = DAY_RE.test(s) ? s : parseViDate(s);
    if (viDay) t = ictMidnightUtc(viDay).getTime();
    else if (local) {
      const [y, mo, day, h, mi, sec] = local.slice(1, 7).map((x) => Number(x ?? 0)) as number[];
      const ms = Number((local[7] ?? '0').padEnd(3, '0'));
      if (!isValidYmd(y!, mo!, day!) || h! > 23 || mi! > 59 || sec! > 59) t = NaN;
      else t = utcMs(y!, mo!, day!, h!, mi!, sec!, ms) - ICT_OFFSET_MS;
    } else if (ZONED_RE.test(s)) t = Date.parse(s);
    else t = NaN;
  }
  if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) {
    throw new RangeError(`Invalid date: ${JSON.stringify(String(d))}`);
  }
  return new Date(t);
}

/** The instant shifted by +7 h: its getUTC* fields are the ICT wall clock. */
function ictShifted(d: DateInput): Date {
  return new Date(toDate(d).getTime() + ICT_OFFSET_MS);
}

/** "07/12/2023" (dd/MM/yyyy in ICT). */
export function formatDate(d: DateInput): string {
  const s = ictShifted(d);
  return `${pad2(s.getUTCDate())}/${pad2(s.getUTCMonth() + 1)}/${pad4(s.getUTCFullYear())}`;
}

/** "Thứ Năm, 07/12/2023". */
export function formatWeekdayDate(d: DateInput): string {
  return `${WEEKDAYS[ictShifted(d).getUTCDay()]}, ${formatDate(d)}`;
}

/** "14:05" (24-hour HH:mm in ICT). */
export function formatTime(d: DateInput): string {
  const s = ictShifted(d);
  return `${pad2(s.getUTCHours())}:${pad2(s.getUTCMinutes())}`;
}

/** "07/12/2023 14:05". */
export function formatDateTime(d: DateInput): string {
  return `${formatDate(d)} ${formatTime(d)}`;
}

/** The ICT calendar day as "YYYY-MM-DD" (e.g. for "today" in visitor statistics). */
export function ictDay(d: DateInput): string {
  const s = ictShifted(d);
  return `${pad4(s.getUTCFullYear())}-${pad2(s.getUTCMonth() + 1)}-${pad2(s.getUTCDate())}`;
}

/** The UTC instant at which an ICT day starts: "2023-12-07" → 2023-12-06T17:00:00.000Z. */
export function ictMidnightUtc(day: string): Date {
  const [y, m, d] = parseDay(day);
  return new Date(utcMs(y, m, d) - ICT_OFFSET_MS);
}

/** Calendar arithmetic on "YYYY-MM-DD": addDays("2023-12-31", 1) → "2024-01-01". */
export function addDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number of days, got ${n}`);
  const [y, m, d] = parseDay(day);
  const t = new Date(utcMs(y, m, d) + n * 86_400_000);
  return `${pad4(t.getUTCFullYear())}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/**
 * Machine-readable ICT timestamp for `<time datetime="…">`, with the offset:
 * "2023-12-07T14:05:00+07:00".
 */
export function isoDate(d: DateInput): string {
  const s = ictShifted(d);
  return `${ictDay(d)}T${pad2(s.getUTCHours())}:${pad2(s.getUTCMinutes())}:${pad2(s.getUTCSeconds())}+07:00`;
}

/**
 * Parse a date typed by a person: "dd/mm/yyyy" or "d/m/yyyy" (also with "-"
 * or "." as separators, as Vietnamese writers often use), or "yyyy-mm-dd".
 * Validates the calendar date (no 31/02, 29/02 only in leap years).
 * Returns "YYYY-MM-DD", or null.
 */
export function parseViDate(s: string): string | null {
  const t = s.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(t);
  if (match) {
    [d, m, y] = [Number(match[1]), Number(match[3]), Number(match[4])];
  } else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return null;
  }
  if (!isValidYmd(y, m, d)) return null;
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** "07:00, Thứ Sáu 04/12/2026": a time and its day, as the back office shows a publication time. */
export function formatTimeAndDay(d: DateInput): string {
  return `${formatTime(d)}, ${WEEKDAYS[ictShifted(d).getUTCDay()]} ${formatDate(d)}`;
}

/** What was wrong with a typed date and time: its shape, the calendar day, or the time of day. */
export type ViDateTimeProblem = 'shape' | 'day' | 'time';

/**
 * Reads a date and time typed by a person, in ICT, whatever the browser's language:
 * "04/12/2026 07:00" (also "4/12/2026 7:00", "04-12-2026 07.00", "04/12/2026 7h", "04/12/2026, 07:00",
 * "04/12/2026 lúc 7h30", the digits alone as a phone's number pad types them, "041220260700" or
 * "04122026 0700", and "2026-12-04T07:00" as a datetime-local field sends it). Returns the instant
 * as ISO-8601 UTC, or what was wrong ('day': no such day, 'time': no such time, 'shape': anything else).
 */
export function readViDateTime(s: string): { iso: string } | { problem: ViDateTimeProblem; typed: string } {
  const t = s.trim().replace(/\s+/g, ' ');
  let parts: number[] | undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(t);
  if (iso) parts = iso.slice(1).map(Number);
  else if (/^[\d /.:,-]*(?:[hg][\d ]*)?$/i.test(t.replace(/ lúc /i, ' '))) {
    const runs = t.match(/\d+/g) ?? [];
    const len = runs.map((r) => r.length).join(',');
    const hour = /[hg]/i.test(t);
    if (/^[12],[12],4,[12],2$/.test(len) || (hour && /^[12],[12],4,[12]$/.test(len))) {
      parts = [runs[2], runs[1], runs[0], runs[3], runs[4] ?? '0'].map(Number);
    } else if (len === '12' || len === '8,4') {
      const d = runs.join('');
      parts = [d.slice(4, 8), d.slice(2, 4), d.slice(0, 2), d.slice(8, 10), d.slice(10, 12)].map(Number);
    }
  }
  if (!parts) return { problem: 'shape', typed: t };
  const [y, mo, d, h, mi] = parts as [number, number, number, number, number];
  if (!isValidYmd(y, mo, d)) return { problem: 'day', typed: `${pad2(d)}/${pad2(mo)}/${pad4(y)}` };
  if (h > 23 || mi > 59) return { problem: 'time', typed: `${pad2(h)}:${pad2(mi)}` };
  return { iso: new Date(utcMs(y, mo, d, h, mi) - ICT_OFFSET_MS).toISOString() };
}
