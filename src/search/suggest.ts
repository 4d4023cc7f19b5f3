// "Có phải bạn muốn tìm: khai giảng": when a query finds nothing, each of its words that the
// site's documents never hold is replaced by the nearest word they do hold (search_vocabulary,
// search/vocabulary.ts), written in its most frequent form; the words that were found stay as
// typed. Nearest: among the few closest words (the fewest edits — optimal string alignment
// distance on folded words: a letter added, removed, changed, or two neighbours swapped — then
// the most documents), the one most often written next to its neighbours in the query ("khai
// giag": "giang" follows "khai" in some documents, the more frequent "gia" in none), else the closest.
// Candidates share the typed word's first letter and are at most two letters longer or shorter,
// read through the vocabulary's primary key: a few hundred rows per unknown word, whatever the
// number of articles. The same rows and the same ordering in JS give the same suggestion on SQLite
// and PostgreSQL. A suggestion is only made when it finds something.
import type { Db, Dialect } from '../db/index.js';
import { pairDocs } from './query.js';
import { queryWords } from './text.js';
import type { QueryWord } from './text.js';
import { VOCABULARY_WORD_MAX } from './vocabulary.js';

/** The most edits allowed between a word typed and its replacement, by the typed word's length. */
export function maxEdits(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * The optimal string alignment distance of `a` and `b` (insertions, deletions, substitutions,
 * transpositions of neighbours, each 1), or `limit + 1` as soon as it is certain to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before = new Array<number>(y.length + 1).fill(0);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return prev[y.length]!;
}

interface Candidate {
  word: string;
  form: string;
  docs: number;
  edits: number;
}

/** How many of the closest words are tried against their neighbours. */
const TRIED = 24;
/** Documents counted for a pair of words, at most. */
const PAIR_CAP = 50;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The known words nearest to `w`, closest first (at most TRIED), or none when none is near enough. */
async function nearest(db: Db, siteId: number, w: QueryWord): Promise<Candidate[]> {
  const letters = [...w.folded];
  const limit = maxEdits(letters.length);
  if (limit === 0 || letters.length > VOCABULARY_WORD_MAX + limit) return [];
  const first = letters[0]!;
  // From the letter to the next one: a range of the primary key under any collation.
  const rows = await db
    .selectFrom('search_vocabulary')
    .select(['word', 'form', 'docs'])
    .where('site_id', '=', siteId)
    .where('word', '>=', first)
    .where('word', '<', String.fromCodePoint(first.codePointAt(0)! + 1))
    .execute();
  const words = new Map<string, { docs: number; form: string; formDocs: number }>();
  for (const r of rows) {
    if (!r.word.startsWith(first)) continue;
    const docs = Number(r.docs);
    const seen = words.get(r.word);
    if (!seen) words.set(r.word, { docs, form: r.form, formDocs: docs });
    else {
      seen.docs += docs;
      if (docs > seen.formDocs || (docs === seen.formDocs && byText(r.form, seen.form) < 0)) [seen.form, seen.formDocs] = [r.form, docs];
    }
  }
  const out: Candidate[] = [];
  for (const [word, { docs, form }] of words) {
    const edits = editDistance(w.folded, word, limit);
    if (edits <= limit) out.push({ word, form, docs, edits });
  }
  return out.sort((a, b) => a.edits - b.edits || b.docs - a.docs || byText(a.word, b.word)).slice(0, TRIED);
}

/**
 * The query with each word the site's documents do not hold replaced by the nearest one they do,
 * or null when no word could be replaced.
 */
export async function suggestWords(db: Db, dialect: Dialect, siteId: number, q: string): Promise<string | null> {
  const words = queryWords(q);
  if (!words.length) return null;
  const folded = [...new Set(words.map((w) => w.folded))];
  const known = new Set(
    (await db.selectFrom('search_vocabulary').select('word').distinct().where('site_id', '=', siteId).where('word', 'in', folded).execute()).map((r) => r.word),
  );
  let replaced = false;
  /** The words of the suggestion: as typed, or their replacement. */
  const out: { exact: string; folded: string | null }[] = [];
  for (const [i, w] of words.entries()) {
    if (known.has(w.folded)) {
      out.push({ exact: w.exact, folded: w.folded });
      continue;
    }
    const candidates = await nearest(db, siteId, w);
    const before = out[i - 1]?.folded ?? null;
    const next = words[i + 1] && known.has(words[i + 1]!.folded) ? words[i + 1]!.folded : null;
    let chosen = candidates[0];
    if (candidates.length > 1 && (before || next)) {
      let most = 0;
      for (const c of candidates) {
        const n = (before ? await pairDocs(db, dialect, siteId, before, c.word, PAIR_CAP) : 0) + (next ? await pairDocs(db, dialect, siteId, c.word, next, PAIR_CAP) : 0);
        if (n > most) [chosen, most] = [c, n];
      }
    }
    if (chosen) replaced = true;
    out.push(chosen ? { exact: chosen.form, folded: chosen.word } : { exact: w.exact, folded: null });
  }
  return replaced ? out.map((w) => w.exact).join(' ') : null;
}
