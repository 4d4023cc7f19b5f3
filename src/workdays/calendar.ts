// Which days are working days for a state agency: Monday to Friday, except the public holidays of the
// Labour Code 2019 (Điều 112) — Tết Dương lịch 1/1; Tết Nguyên đán, five days; Giỗ Tổ Hùng Vương
// 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9 and a day next to it — with a day off in lieu (nghỉ bù) on
// the next working day when a holiday falls on a Saturday or Sunday (Điều 111), and except what the
// government declares each year: days swapped or added off, and Saturdays worked to make up (làm bù).
//
// The five days of Tết and the day next to 2/9 are chosen each year by the Prime Minister. Until an
// administrator enters that year's decision, Loa assumes the usual choice: the last day of the lunar
// year and mùng 1–4; and for 2/9 the weekday that joins it to a weekend (see `nationalDayNeighbour`).
// A declared day always wins over these assumptions.
import { jdn, lunarNewYear, solarOf, ymdOf } from './lunar.js';

/** A day a decision makes a day off or a working day, with the decision's words. */
export interface DeclaredDay {
  /** YYYY-MM-DD. */
  day: string;
  working: boolean;
  note: string;
}

export interface Calendar {
  declared: readonly DeclaredDay[];
}

export const EMPTY_CALENDAR: Calendar = { declared: [] };

export interface DayInfo {
  working: boolean;
  /** Why the day is off, or why a Saturday/Sunday is worked (shown beside a deadline). */
  why?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD day as a Julian day number (the arithmetic's unit). */
export function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = jdn(y, mo, d);
  const [yy, mm, dd] = ymdOf(n);
  if (yy !== y || mm !== mo || dd !== d) throw new RangeError(`not a day: ${day}`);
  return n;
}

export function dayString(n: number): string {
  const [y, m, d] = ymdOf(n);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 Sunday … 6 Saturday. */
export function weekday(n: number): number {
  return (n + 1) % 7;
}

const isWeekend = (n: number) => weekday(n) === 0 || weekday(n) === 6;

/** The day next to Quốc khánh that is off with it: the one that makes a long weekend — 1/9 when
 *  2/9 is a Tuesday, Friday or Saturday, otherwise 3/9 (a Monday 2/9 gives Tuesday 3/9; a Sunday
 *  gives Monday, and Sunday's own day in lieu follows). As in 2021–2025; a decision may say otherwise. */
export function nationalDayNeighbour(year: number): number {
  const n = jdn(year, 9, 2);
  const wd = weekday(n);
  return wd === 2 || wd === 5 || wd === 6 ? n - 1 : n + 1;
}

interface Holiday {
  day: number;
  name: string;
}

/** The public holidays of a Gregorian year as the law and the usual choices make them, before days
 *  in lieu and before the year's decisions. */
export function statutoryHolidays(year: number): Holiday[] {
  const tet = lunarNewYear(year);
  const giTo = solarOf({ day: 10, month: 3, year, leap: false })!;
  return [
    { day: jdn(year, 1, 1), name: 'Tết Dương lịch' },
    { day: tet - 1, name: 'Tết Nguyên đán (ngày cuối năm âm lịch)' },
    ...[0, 1, 2, 3].map((i) => ({ day: tet + i, name: `Tết Nguyên đán (mùng ${i + 1})` })),
    { day: giTo, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { day: jdn(year, 4, 30), name: 'Ngày Chiến thắng (30/4)' },
    { day: jdn(year, 5, 1), name: 'Ngày Quốc tế Lao động (1/5)' },
    { day: jdn(year, 9, 2), name: 'Quốc khánh (2/9)' },
    { day: nationalDayNeighbour(year), name: 'Quốc khánh (ngày liền kề)' },
  ].sort((a, b) => a.day - b.day);
}

/** Days off of a year: holidays, and for those on a Saturday or Sunday a day in lieu on the next day
 *  that is neither weekend nor holiday. Keyed by day number. */
function daysOffOf(year: number): Map<number, string> {
  const off = new Map<number, string>();
  const holidays = statutoryHolidays(year);
  for (const h of holidays) off.set(h.day, h.name);
  for (const h of holidays) {
    if (!isWeekend(h.day)) continue;
    let d = h.day + 1;
    while (isWeekend(d) || off.has(d)) d++;
    off.set(d, `Nghỉ bù ${h.name}`);
  }
  return off;
}

/**
 * A calendar's view of days: cached per year, since deadlines ask about the same weeks again and
 * again. Build one per request or per computation from the stored declarations.
 */
export class WorkCalendar {
  private readonly years = new Map<number, Map<number, string>>();
  private readonly declared = new Map<number, DeclaredDay>();

  constructor(calendar: Calendar = EMPTY_CALENDAR) {
    for (const d of calendar.declared) this.declared.set(dayNumber(d.day), d);
  }

  info(n: number): DayInfo {
    const declared = this.declared.get(n);
    if (declared) return { working: declared.working, why: declared.note };
    const year = ymdOf(n)[0];
    let off = this.years.get(year);
    if (!off) this.years.set(year, (off = daysOffOf(year)));
    // A day in lieu of a late-December holiday could fall in January: none does (1/1 is the first).
    const holiday = off.get(n);
    if (holiday) return { working: false, why: holiday };
    const wd = weekday(n);
    if (wd === 6) return { working: false, why: 'Thứ Bảy' };
    if (wd === 0) return { working: false, why: 'Chủ nhật' };
    return { working: true };
  }

  isWorking(n: number): boolean {
    return this.info(n).working;
  }
}
