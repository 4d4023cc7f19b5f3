// Each site's vocabulary (table search_vocabulary): the folded words of its indexed documents, each
// with the accented forms it was written in and how many documents hold that form. The search
// page suggests a correction from it when a query finds nothing (search/suggest.ts).
//
// search/index.ts keeps it in step, inside the transaction that writes search_docs: a change of a
// document adds what its new row holds and takes away what its old one held, gathered over a
// whole batch of documents (VocabularyChanges) and written once, as additive upserts, in key
// order (so concurrent writers add up and never deadlock each other). A rebuild of a site clears
// its vocabulary first and counts every document again.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import { foldWord } from './text.js';

/** Words the vocabulary keeps: letters only (no numbers), two to this many. */
export const VOCABULARY_WORD_MAX = 24;
const VOCABULARY_WORD = new RegExp(`^\\p{L}{2,${VOCABULARY_WORD_MAX}}$`, 'u');

/** What the vocabulary reads of a search_docs row. */
export interface DocWords {
  site_id: number;
  title_folded: string;
  words: string;
  marks: string;
}

/** The (folded word, form) pairs of one document, as "word form" keys: a word's forms are the
 *  accented words of the document that fold to it, or the word itself when none does. */
export function vocabularyOf(doc: Omit<DocWords, 'site_id'>): string[] {
  const forms = new Map<string, string[]>();
  for (const m of doc.marks.split(' ')) {
    if (!m) continue;
    const w = foldWord(m);
    const list = forms.get(w);
    if (list) list.push(m);
    else forms.set(w, [m]);
  }
  const out = new Set<string>();
  for (const w of `${doc.title_folded} ${doc.words}`.split(' ')) {
    if (!VOCABULARY_WORD.test(w)) continue;
    for (const f of forms.get(w) ?? [w]) out.add(`${w} ${f}`);
  }
  return [...out];
}

/** Changes of the vocabulary gathered over a batch of documents, written once by `write`. */
export class VocabularyChanges {
  /** "site word form" → documents added (negative: taken away). */
  private readonly deltas = new Map<string, number>();

  /** In a rebuild the old rows were not counted (the site's vocabulary was cleared). */
  constructor(readonly rebuild = false) {}

  private change(doc: DocWords, by: number) {
    for (const key of vocabularyOf(doc)) {
      const k = `${doc.site_id} ${key}`;
      this.deltas.set(k, (this.deltas.get(k) ?? 0) + by);
    }
  }

  /** A document's old row (null when it had none) and its new one (null when it leaves the index). */
  replace(old: DocWords | null | undefined, now: DocWords | null) {
    if (old && !this.rebuild) this.change(old, -1);
    if (now) this.change(now, 1);
  }

  async write(trx: Db): Promise<void> {
    const rows = [...this.deltas]
      .filter(([, d]) => d !== 0)
      .map(([k, docs]) => {
        const [site, word, form] = k.split(' ') as [string, string, string];
        return { site_id: Number(site), word, form, docs };
      })
      .sort((a, b) => a.site_id - b.site_id || (a.word < b.word ? -1 : a.word > b.word ? 1 : a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
    this.deltas.clear();
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('search_vocabulary')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.columns(['site_id', 'word', 'form']).doUpdateSet({ docs: sql<number>`search_vocabulary.docs + excluded.docs` }))
        .execute();
    }
    // Forms no document holds any more.
    const gone = rows.filter((r) => r.docs < 0);
    for (const site of new Set(gone.map((r) => r.site_id))) {
      const words = [...new Set(gone.filter((r) => r.site_id === site).map((r) => r.word))];
      for (let i = 0; i < words.length; i += 500) {
        await trx.deleteFrom('search_vocabulary').where('site_id', '=', site).where('word', 'in', words.slice(i, i + 500)).where('docs', '<=', 0).execute();
      }
    }
  }
}

/** Empties a site's vocabulary (before a rebuild counts its documents again). */
export async function clearVocabulary(trx: Db, siteId: number): Promise<void> {
  await trx.deleteFrom('search_vocabulary').where('site_id', '=', siteId).execute();
}
