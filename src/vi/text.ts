/**
 * Vietnamese text handling: cleaning user input, accent folding, slugs,
 * collation and number formatting.
 *
 * Rule of thumb for the rest of Loa: every string that comes in from outside
 * (forms, imports, API bodies, search queries, file names) goes through
 * `cleanText` (multi-line) or `cleanLine` (single-line) exactly once, at the
 * boundary. Everything stored is then NFC (TCVN 6909:2001 = precomposed).
 */

/** Unicode NFC (precomposed), the only form Loa stores. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

// A high surrogate not followed by a low one, or a low surrogate not preceded
// by a high one. Non-`u` regex, so it works on UTF-16 code units.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls except \t (U+0009) and \n (U+000A), DEL, and the C1 block.
// \r is turned into \n before this runs.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * The one entrance function for anything a user types (multi-line):
 * lone surrogates → U+FFFD, CRLF / CR → LF, C0/C1 controls removed
 * (tab and newline kept), then NFC.
 */
export function cleanText(s: string): string {
  return s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, '')
    .normalize('NFC');
}

/**
 * `cleanText` for single-line fields (titles, names): every whitespace run,
 * including newlines, tabs, NBSP and the other Unicode spaces, becomes one
 * ASCII space; the result is trimmed.
 */
export function cleanLine(s: string): string {
  // JS `\s` covers NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F,
  // U+3000 and U+FEFF as well as ASCII whitespace.
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

/**
 * Remove all diacritics: "Đông Sơn" → "Dong Son". Case is kept.
 * đ/Đ (U+0111/U+0110) have no Unicode decomposition, so stripping combining
 * marks would leave them: they are mapped to d/D explicitly.
 * Use the same function on the indexed text and on the query.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** `fold` + lower case: the key for accent-insensitive search ("dân vận" → "dan van"). */
export function foldLower(s: string): string {
  return fold(s).toLowerCase();
}

/**
 * URL slug: lower case, accents removed, đ → d, every run of characters other
 * than [a-z0-9] → "-". Cut to `maxLength` at a "-" boundary when possible;
 * never starts or ends with "-". Empty (or symbol-only) input → "".
 *   "Hội nghị tổng kết công tác dân vận" → "hoi-nghi-tong-ket-cong-tac-dan-van"
 */
export function slugify(s: string, maxLength = 80): string {
  const slug = foldLower(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (maxLength <= 0) return '';
  if (slug.length <= maxLength) return slug;
  let cut = slug.slice(0, maxLength);
  if (slug[maxLength] !== '-') {
    // We cut inside a word: go back to the last whole word, if there is one.
    const lastDash = cut.lastIndexOf('-');
    if (lastDash > 0) cut = cut.slice(0, lastDash);
  }
  return cut.replace(/-+$/, '');
}

// ---------------------------------------------------------------------------
// Collation
// ---------------------------------------------------------------------------

// `numeric` so that "Phường 2" < "Phường 10". Base sensitivity gives the
// Vietnamese alphabet (ă, â, đ, ê, ô, ơ, ư are letters of their own) and
// ignores tones and case; ties are then broken by the full collator
// (tone order ngang, huyền, hỏi, ngã, sắc, nặng; then case) so that sorting is
// deterministic.
const baseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const fullCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

function icuCompare(a: string, b: string): number {
  return baseCollator.compare(a, b) || fullCollator.compare(a, b);
}

// Vietnamese alphabet order, letters outside it (f, j, w, z) slotted in where
// the Latin alphabet has them. A letter is a base + an optional vowel mark
// (breve U+0306, circumflex U+0302, horn U+031B) after NFD.
const ALPHABET = [
  'a', 'a\u0306', 'a\u0302', 'b', 'c', 'd', 'đ', 'e', 'e\u0302', 'f', 'g', 'h', 'i',
  'j', 'k', 'l', 'm', 'n', 'o', 'o\u0302', 'o\u031b', 'p', 'q', 'r', 's', 't',
  'u', 'u\u031b', 'v', 'w', 'x', 'y', 'z',
];
const LETTER_RANK = new Map(ALPHABET.map((l, i) => [l, i] as const));
// Tone order used by Vietnamese dictionaries: ngang, huyền, hỏi, ngã, sắc, nặng.
const TONE_RANK: Record<string, number> = {
  '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5,
};

interface FallbackKey { primary: number[]; tones: number[] }

function fallbackKey(s: string): FallbackKey {
  const chars = [...s.toLowerCase().normalize('NFD')];
  const primary: number[] = [];
  const tones: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    // A base character and the combining marks after it. NFD puts marks in
    // canonical order (dot below U+0323 comes *before* the circumflex in
    // "ậ"), so collect them all and sort them into vowel mark vs tone.
    let letter = chars[i]!;
    let tone = 0;
    while (i + 1 < chars.length && /[\u0300-\u036f]/.test(chars[i + 1]!)) {
      const mark = chars[++i]!;
      if (TONE_RANK[mark] !== undefined) tone = TONE_RANK[mark]!;
      else letter += mark;
    }
    const rank = LETTER_RANK.get(letter) ?? LETTER_RANK.get(letter[0]!);
    if (/[0-9]/.test(letter)) {
      // Numeric order for digit runs, like ICU's `numeric: true`:
      // a marker, the run's length without leading zeros, then its digits.
      let run = letter;
      while (i + 1 < chars.length && /[0-9]/.test(chars[i + 1]!)) run += chars[++i]!;
      run = run.replace(/^0+(?=\d)/, '');
      primary.push(48, run.length, ...[...run].map((digit) => digit.charCodeAt(0)));
    } else if (rank !== undefined) {
      primary.push(1000 + rank);
    } else {
      // Punctuation, space and digits (code point < 1000) sort before letters;
      // other scripts after them.
      const cp = letter.codePointAt(0)!;
      primary.push(cp < 1000 ? cp : 2000 + cp);
    }
    tones.push(tone);
  }
  return { primary, tones };
}

function compareArrays(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Hand-written Vietnamese comparator used when the runtime's ICU data does
 * not order the Vietnamese alphabet (e.g. a small-icu build). Exported for
 * tests. Order: letters by the Vietnamese alphabet (digit runs by value),
 * then tones, then case (lower first), then code points.
 */
export function compareViFallback(a: string, b: string): number {
  const ka = fallbackKey(a);
  const kb = fallbackKey(b);
  const byLetters = compareArrays(ka.primary, kb.primary);
  if (byLetters) return Math.sign(byLetters);
  const byTones = compareArrays(ka.tones, kb.tones);
  if (byTones) return Math.sign(byTones);
  const na = a.normalize('NFC');
  const nb = b.normalize('NFC');
  const lowerFirst = Number(na !== na.toLowerCase()) - Number(nb !== nb.toLowerCase());
  if (lowerFirst) return lowerFirst;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

// Probe the ICU data once: every pair must be strictly ascending.
const PROBE_ORDER: Array<[string, string]> = [
  ['a', 'ă'], ['ă', 'â'], ['â', 'b'], ['d', 'đ'], ['đ', 'e'], ['e', 'ê'],
  ['o', 'ô'], ['ô', 'ơ'], ['u', 'ư'], ['ư', 'v'], ['dz', 'đa'],
];
const icuOrdersVietnamese = PROBE_ORDER.every(([x, y]) => baseCollator.compare(x, y) < 0);

/**
 * Vietnamese alphabetical comparator (a < ă < â, d < đ, e < ê, o < ô < ơ,
 * u < ư), accent-order as a tie-break. Uses `Intl.Collator('vi')` when the
 * runtime's ICU orders Vietnamese correctly (checked once at load), otherwise
 * `compareViFallback`. Returns 0 only for strings that are canonically equal.
 */
export const compareVi: (a: string, b: string) => number = icuOrdersVietnamese
  ? icuCompare
  : compareViFallback;

/** Sort by a string key in Vietnamese order; returns a new array (stable). */
export function sortVi<T>(items: readonly T[], key: (t: T) => string): T[] {
  return items
    .map((item) => ({ item, k: key(item) }))
    .sort((x, y) => compareVi(x.k, y.k))
    .map((x) => x.item);
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/**
 * Vietnamese number format: "." between thousands, "," before decimals.
 * 665614 → "665.614", -1234.5 → "-1.234,5". Non-finite numbers and very large
 * ones (|n| ≥ 1e21, exponent notation) are returned as `String(n)`.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  if (n === 0) return '0'; // also -0
  const [int = '0', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/**
 * Average rating with one decimal and a decimal comma; a trailing ",0" is
 * dropped: 4.5 → "4,5", 4 → "4", 3.333 → "3,3", 0 → "0". NaN (no ratings
 * yet, 0/0) → "0".
 */
export function formatScore(avg: number): string {
  if (!Number.isFinite(avg)) return '0';
  const rounded = Math.round(avg * 10) / 10;
  if (rounded === 0) return '0';
  return rounded.toFixed(1).replace(/\.0$/, '').replace('.', ',');
}
