// The working-day clock: a deadline of N working days counts forward from the day after receipt,
// skipping days off (calendar.ts) and the days a case waits for the citizen's extra information.
//
// A wait (`Stop`) begins on the day the agency asks for more (that day counts, work was done on it)
// and ends on the day the information arrives; like a receipt, counting resumes the day after. So the
// days from the day after `from` through `to` are not counted. A wait with no end stops the clock:
// there is no due date until the information arrives.
import type { Calendar } from './calendar.js';
import { WorkCalendar, dayNumber, dayString } from './calendar.js';

export interface Stop {
  /** YYYY-MM-DD: the day the agency asked for more information. */
  from: string;
  /** YYYY-MM-DD: the day it arrived; absent while the case still waits. */
  to?: string;
}

/** A day the count passed over, and why (for "how it was counted"). */
export interface SkippedDay {
  day: string;
  why: string;
}

export interface Deadline {
  /** YYYY-MM-DD, or null while the clock is stopped. */
  due: string | null;
  /** Working days counted so far (N once the due date is known). */
  counted: number;
  /** Days not counted between receipt and the due date (or the stop), in order. */
  skipped: SkippedDay[];
  /** Saturdays or Sundays counted because a decision made them working days. */
  workedWeekends: SkippedDay[];
}

export const WAITING_WHY = 'Chờ công dân bổ sung thông tin';

/** Counting never runs further than this many days (some 25 years): a calendar that declares every
 *  day off must not loop forever. */
const HORIZON = 9000;

export function deadline(received: string, workingDays: number, calendar: Calendar | WorkCalendar, stops: readonly Stop[] = []): Deadline {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError('workingDays must be a positive integer');
  const cal = calendar instanceof WorkCalendar ? calendar : new WorkCalendar(calendar);
  const waits = stops.map((s) => ({ from: dayNumber(s.from), to: s.to === undefined ? Infinity : dayNumber(s.to) }));
  const waiting = (n: number) => waits.some((w) => n > w.from && n <= w.to);
  const start = dayNumber(received);
  const out: Deadline = { due: null, counted: 0, skipped: [], workedWeekends: [] };
  for (let n = start + 1; n <= start + HORIZON; n++) {
    if (waiting(n)) {
      if (waits.some((w) => w.to === Infinity && n > w.from)) return out; // stopped until the information arrives
      out.skipped.push({ day: dayString(n), why: WAITING_WHY });
      continue;
    }
    const info = cal.info(n);
    if (!info.working) {
      out.skipped.push({ day: dayString(n), why: info.why ?? '' });
      continue;
    }
    const wd = (n + 1) % 7;
    if (wd === 0 || wd === 6) out.workedWeekends.push({ day: dayString(n), why: info.why ?? '' });
    out.counted++;
    if (out.counted === workingDays) {
      out.due = dayString(n);
      return out;
    }
  }
  throw new RangeError('no due date within the horizon: the calendar has no working days');
}

export type DeadlineState = 'late' | 'today' | 'soon' | 'open' | 'stopped';

/** Where a case stands against its due date on `today`: late, due today, due within `soonDays`
 *  working days (3 by default), or later; `stopped` while waiting for the citizen. */
export function deadlineState(due: string | null, today: string, calendar: Calendar | WorkCalendar, soonDays = 3): DeadlineState {
  if (due === null) return 'stopped';
  const d = dayNumber(due);
  const t = dayNumber(today);
  if (t > d) return 'late';
  if (t === d) return 'today';
  const cal = calendar instanceof WorkCalendar ? calendar : new WorkCalendar(calendar);
  let left = 0;
  for (let n = t + 1; n <= d; n++) if (cal.isWorking(n)) left++;
  return left <= soonDays ? 'soon' : 'open';
}
