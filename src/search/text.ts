// The words of search: one tokenizer for the indexed text and the query, so SQLite, PostgreSQL
// and the ranking in JS all see the same syllables. A word is a run of letters, digits and
// combining marks; everything else (spaces, punctuation, symbols, emoji) separates words.
// Two forms of each word: `exact` (NFC, lower case — "bản") and `folded` (accents and đ removed
// by vi.foldLower — "ban"). The databases index the folded form; the ranking compares both.
import { cleanLine, foldLower } from '../vi/index.js';
import { decodeEntities } from '../richtext/escape.js';

/** The longest query read: the rest of a longer one is ignored. */
export const QUERY_MAX_CHARS = 200;
/** At most this many words of a query are searched for. */
export const QUERY_MAX_WORDS = 12;
/** A word longer than this is no Vietnamese syllable: it is cut (the same way in the index and the query). */
export const WORD_MAX_CHARS = 60;
/** Index at most this much of a body (PostgreSQL's tsvector has a size limit of 1 MB). */
export const BODY_MAX_CHARS = 60_000;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a text in their exact form (NFC, lower case), in order. */
export function exactWords(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(WORD) ?? [];
  return words.map((w) => (w.length > WORD_MAX_CHARS ? w.slice(0, WORD_MAX_CHARS) : w));
}

const folds = new Map<string, string>();

/** foldLower of one word, remembered (a language has few syllables; the memory is bounded). */
export function foldWord(word: string): string {
  let f = folds.get(word);
  if (f === undefined) {
    f = foldLower(word);
    if (folds.size >= 100_000) folds.clear();
    folds.set(word, f);
  }
  return f;
}

/** The words of a text folded ("Đông Sơn" → ["dong", "son"]), in order: each word as the query's are. */
export function foldedWords(text: string): string[] {
  return exactWords(text)
    .map(foldWord)
    .filter((w) => w.length > 0);
}

/** The different pairs of neighbouring words ("dan_van"), space-separated: a phrase is its pairs. */
export function wordPairs(words: string[]): string {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]}_${words[i]}`);
  return [...out].join(' ');
}

/** The different words (of a text, or its exact words) that carry an accent or đ, as written in lower case, space-separated. */
export function accentedWords(text: string | string[]): string {
  const out = new Set<string>();
  for (const w of typeof text === 'string' ? exactWords(text) : text) if (foldWord(w) !== w) out.add(w);
  return [...out].join(' ');
}

/** Readable text of a stored (sanitised) body: tags become spaces, entities are decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface QueryWord {
  /** As typed, NFC, lower case: "bản". */
  exact: string;
  /** Folded: "ban". */
  folded: string;
  /** Whether the reader typed an accent or đ on it (then the exact form counts in the ranking). */
  accented: boolean;
}

/**
 * A reader's query as words: NFC, lone surrogates and controls removed, cut to QUERY_MAX_CHARS,
 * at most QUERY_MAX_WORDS words. Operators and quotes of FTS5 or tsquery are only separators here.
 */
export function queryWords(raw: string): QueryWord[] {
  const line = cleanLine(raw).slice(0, QUERY_MAX_CHARS);
  return exactWords(line)
    .slice(0, QUERY_MAX_WORDS)
    .map((exact) => {
      const folded = foldWord(exact);
      return { exact, folded, accented: folded !== exact };
    })
    .filter((w) => w.folded.length > 0);
}
