// The Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7 after Hồ Ngọc Đức's
// published method: a month starts on the day (in Vietnam's time) of a new moon; month 11 is the one
// that holds the winter solstice; a year of 13 months repeats (nhuận) the first month without a
// major solar term. Chinese-calendar libraries compute for UTC+8 and disagree in some years (Tết 2007:
// 17/02 in Vietnam, 18/02 in China; 1985 a month apart), so Loa computes its own.
//
// Days are Julian day numbers (an integer per civil day); `jdn`/`ymdOf` convert to the Gregorian
// calendar (the Julian one before 15/10/1582, as astronomers count).

const TZ = 7;
const SYNODIC = 29.530588853;
/** The new moon of 1900-01-01 13:52 UTC, the count's origin (Julian date). */
const EPOCH_NEW_MOON = 2415021.076998695;
const dr = Math.PI / 180;

export function jdn(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  const j = d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
  return j < 2299161 ? d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083 : j;
}

export function ymdOf(j: number): [number, number, number] {
  let b: number;
  let c: number;
  if (j > 2299160) {
    const a = j + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  } else {
    b = 0;
    c = j + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return [year, month, day];
}

/** The Julian date of the k-th new moon after the epoch (Meeus's series, truncated). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // the sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // the moon's
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // the moon's argument of latitude
  let c = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c += -0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(2 * dr * Mpr) - 0.0004 * Math.sin(3 * dr * Mpr);
  c += 0.0104 * Math.sin(2 * dr * F) - 0.0051 * Math.sin(dr * (M + Mpr)) - 0.0074 * Math.sin(dr * (M - Mpr));
  c += 0.0004 * Math.sin(dr * (2 * F + M)) - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c += 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

/** The civil day (in UTC+7) of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TZ / 24);
}

/** The sun's apparent longitude (radians, 0..2π) at a Julian date. */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(2 * dr * M) + 0.00029 * Math.sin(3 * dr * M);
  const L = (L0 + DL) * dr;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** Which of the 12 major solar terms' sectors (0..11) the sun is in at the start of a civil day. */
function sunSector(day: number): number {
  return Math.floor((sunLongitude(day - 0.5 - TZ / 24) / Math.PI) * 6);
}

/** The first day of the lunar month 11 of a Gregorian year (the month with the winter solstice). */
function month11(y: number): number {
  const k = Math.floor((jdn(y, 12, 31) - 2415021) / SYNODIC);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** In a 13-month year starting at month 11 `a11`: the position (1..12) of the leap month. */
function leapOffset(a11: number): number {
  const k = Math.floor((a11 - EPOCH_NEW_MOON) / SYNODIC + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** The month is the year's repeated (nhuận) one. */
  leap: boolean;
}

/** The lunar date of a civil day (Julian day number). */
export function lunarOf(day: number): LunarDate {
  const k = Math.floor((day - EPOCH_NEW_MOON) / SYNODIC);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > day) monthStart = newMoonDay(k);
  const y = ymdOf(day)[0];
  let a11 = month11(y);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = y;
    a11 = month11(y - 1);
  } else {
    year = y + 1;
    b11 = month11(y + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const lo = leapOffset(a11);
    if (diff >= lo) {
      month = diff + 10;
      leap = diff === lo;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: day - monthStart + 1, month, year, leap };
}

/** The civil day (Julian day number) of a lunar date, or undefined if that date does not exist
 *  (a leap month the year has not, or day 30 of a 29-day month). */
export function solarOf(l: LunarDate): number | undefined {
  let a11: number;
  let b11: number;
  if (l.month < 11) {
    a11 = month11(l.year - 1);
    b11 = month11(l.year);
  } else {
    a11 = month11(l.year);
    b11 = month11(l.year + 1);
  }
  const k = Math.floor(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC);
  let off = l.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const lo = leapOffset(a11);
    let leapMonth = lo - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (l.leap && l.month !== leapMonth) return undefined;
    if (l.leap || off >= lo) off += 1;
  } else if (l.leap) return undefined;
  const start = newMoonDay(k + off);
  const day = start + l.day - 1;
  if (l.day < 1 || l.day > 30 || newMoonDay(k + off + 1) <= day) return undefined;
  return day;
}

/** Tết: the first day of a lunar year. */
export function lunarNewYear(year: number): number {
  return solarOf({ day: 1, month: 1, year, leap: false })!;
}
