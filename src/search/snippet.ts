// Snippets: a short passage of a result's text around the reader's words, escaped, with every
// occurrence of a query word (compared folded: "dan" marks "dân" and "dẫn") inside <mark>.
import { escapeHtml } from '../richtext/escape.js';
import { foldLower } from '../vi/index.js';
import type { QueryWord } from './text.js';

/** About this many characters of text around the words. */
export const SNIPPET_CHARS = 240;

const foldedChars = new Map<string, string>();

/**
 * The text folded character by character, keeping every character's position (a character whose
 * folded form has another length stays as it is, lower case when that keeps the length).
 */
export function foldInPlace(text: string): string {
  return text.replace(/[^\0-@[-\x7f]/gu, (ch) => {
    let f = foldedChars.get(ch);
    if (f === undefined) {
      const folded = foldLower(ch);
      const lower = ch.toLowerCase();
      f = folded.length === ch.length ? folded : lower.length === ch.length ? lower : ch;
      if (foldedChars.size < 10_000) foldedChars.set(ch, f);
    }
    return f;
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

/** [start, end) of every occurrence of a query word in the text (whole words; the last word of the query may be a prefix). */
export function matchRanges(text: string, words: QueryWord[]): Array<[number, number, number]> {
  if (!words.length || !text) return [];
  const folded = foldInPlace(text);
  const alternatives = words.map((w, i) => `(${escapeRe(w.folded)}${i === words.length - 1 && w.folded.length >= 2 ? `${WORD_CHAR}*` : ''})`);
  const re = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'gu');
  const out: Array<[number, number, number]> = [];
  for (const m of folded.matchAll(re)) {
    const which = m.slice(1).findIndex((g) => g !== undefined);
    out.push([m.index, m.index + m[0].length, which]);
    if (out.length >= 2000) break;
  }
  return out;
}

/** The text between start and end with the given ranges marked, escaped. */
function markUp(text: string, ranges: Array<[number, number, number]>, start: number, end: number): string {
  let html = '';
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    html += escapeHtml(text.slice(at, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    at = e;
  }
  return html + escapeHtml(text.slice(at, end));
}

/** The whole text escaped, with the query words marked (for titles). */
export function markAll(text: string, words: QueryWord[]): string {
  return markUp(text, matchRanges(text, words), 0, text.length);
}

/** Moves a cut to the nearest space before it (or keeps it when there is none close). */
function backToSpace(text: string, at: number, limit: number): number {
  const s = text.lastIndexOf(' ', at);
  return s >= 0 && at - s <= limit ? s + 1 : at;
}

/**
 * About SNIPPET_CHARS characters of the text where the most different query words are close
 * together (the beginning when none is found), escaped, words marked, "…" where it was cut.
 */
export function snippet(text: string, words: QueryWord[]): string {
  const ranges = matchRanges(text, words);
  let start = 0;
  if (ranges.length) {
    let best = -1;
    for (let i = 0; i < ranges.length; i++) {
      const seen = new Set<number>();
      for (let j = i; j < ranges.length && ranges[j]![1] - ranges[i]![0] <= SNIPPET_CHARS - 40; j++) seen.add(ranges[j]![2]);
      if (seen.size > best) {
        best = seen.size;
        start = ranges[i]![0];
      }
      if (best === words.length) break;
    }
    start = start <= 60 ? 0 : backToSpace(text, start - 40, 30);
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_CHARS / 2) end = space;
  }
  // Never cut a surrogate pair in two.
  if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(start))) start++;
  return (start > 0 ? '… ' : '') + markUp(text, ranges, start, end).trim() + (end < text.length ? ' …' : '');
}
