// The order of results. A document's score adds up what makes it a better answer:
//   the words as a phrase (next to each other, in order)      4
//   the accents as typed (every accented word, as typed)       4
//   every word in the title                                    2
//   the phrase in the title                                    1
// and among equal scores the newer publication comes first (a larger id).
//
// Scores come from lists of ids the index gives, newest first (query.ts). The newest RANK_WINDOW
// documents matching every word are scored; each condition's list says which of them meet it, and
// its first EXTRA entries older than that join them, so an older document that is a much better
// answer (the exact phrase, the title, the accents) is not lost behind newer ones. The other
// matches follow, newest first, up to MAX_RESULTS. Static pages have the largest ids: among equal
// scores they come first.
import type { Condition, Finder } from './query.js';
import type { QueryWord } from './text.js';

/** At most this many results are counted and paged (like other search services: refine beyond). */
export const MAX_RESULTS = 1000;
/** The newest matches that are scored. */
export const RANK_WINDOW = 300;
/** Better answers older than the window, taken from each condition's list. */
export const EXTRA = 50;
export const WEIGHTS = { phrase: 4, accents: 4, title: 2, titlePhrase: 1 } as const;

export interface Scoring {
  cond: Condition;
  weight: number;
}

/** The conditions that add to a score for this query. */
export function scoringConditions(words: QueryWord[]): Scoring[] {
  const out: Scoring[] = [];
  if (words.length >= 2) out.push({ cond: { kind: 'phrase' }, weight: WEIGHTS.phrase });
  if (words.some((w) => w.accented)) out.push({ cond: { kind: 'accents' }, weight: WEIGHTS.accents });
  out.push({ cond: { kind: 'title' }, weight: WEIGHTS.title });
  if (words.length >= 2) out.push({ cond: { kind: 'titlePhrase' }, weight: WEIGHTS.titlePhrase });
  return out;
}

export interface Ranked {
  /** Document ids, best first (at most MAX_RESULTS). */
  ids: number[];
  /** How many documents match (at most MAX_RESULTS). */
  total: number;
}

/** Ranks the documents matching `words` that the finder sees. */
export async function rank(finder: Finder, words: QueryWord[]): Promise<Ranked> {
  const all = (await finder.all(MAX_RESULTS + 1)).slice(0, MAX_RESULTS);
  if (all.length === 0) return { ids: [], total: 0 };
  const window = all.slice(0, RANK_WINDOW);
  const oldest = window[window.length - 1]!;
  const scorings = scoringConditions(words);
  const lists = await finder.conditions(
    scorings.map((s) => s.cond),
    window.length,
    all.length > RANK_WINDOW ? EXTRA : 0,
  );

  const score = new Map<number, number>(window.map((id) => [id, 0]));
  lists.forEach((ids, k) => {
    let extra = 0;
    for (const id of ids) {
      if (id < oldest && ++extra > EXTRA) break;
      score.set(id, (score.get(id) ?? 0) + scorings[k]!.weight);
    }
  });
  const best = [...score.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([id]) => id);
  const ids = [...best, ...all.filter((id) => !score.has(id))].slice(0, MAX_RESULTS);
  return { ids, total: ids.length };
}
