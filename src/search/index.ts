// Keeping the search index in step with what the public sees. Every change of a document of any
// kind (an article, a page, or a kind a later module declares: LoaModule.search, registry/sources.ts)
// calls `reindex` inside its own transaction, so the index never shows a document that is not
// public, nor misses one that is. Only `search_docs` (and the word list `search_words`, and each
// site's vocabulary `search_vocabulary`, search/vocabulary.ts) is written, with the same SQL on
// SQLite and PostgreSQL; the full-text structures follow it (see the search migration). The text is
// cut into words by search/text.ts, the same way as a query.
//
// What is indexed is what each kind's source says the public sees (`doc`): a published article
// whose publication time has come or not (the query also checks published_at against the clock),
// a published static page. A draft, submitted, scheduled or unpublished article has no row.
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { Insertable } from 'kysely';
import type { SearchDocsTable } from '../db/schema.js';
import type { SearchDoc, SearchSource } from '../registry/sources.js';
import { accentedWords, BODY_MAX_CHARS, exactWords, foldedWords, foldWord, wordPairs } from './text.js';
import { clearVocabulary, VocabularyChanges } from './vocabulary.js';
import { knownSource, searchSources, sourceOf } from './sources.js';

/** How many ids one millisecond of publication time spans. */
export const IDS_PER_MS = 1024;
/** Ids of undated documents (static pages) start here, above any dated one's (they count as current). */
export const PAGE_IDS = 2 ** 52;

/**
 * Ids are chosen so that a newer publication has a larger one: its time in milliseconds × 1024
 * plus the low bits of the item's id (the next free number on a clash, putDoc). Both databases then
 * find the newest matches first by walking ids backwards, without sorting every match, and "published
 * by now" or a date range are ranges of ids. Undated documents (static pages) come above every dated
 * one. Dated ids stay below PAGE_IDS until the year 2109.
 */
export function docId(at: string | null, refId: number): number {
  if (at === null) return PAGE_IDS + refId;
  const ms = Date.parse(at);
  return (Number.isFinite(ms) && ms > 0 ? ms : 0) * IDS_PER_MS + (refId % IDS_PER_MS);
}

/** The smallest id of a document published at or after `ms`. */
export const idAtOrAfter = (ms: number) => ms * IDS_PER_MS;

type DocValues = Insertable<SearchDocsTable>;

function docValues(kind: string, refId: number, d: SearchDoc): Omit<DocValues, 'id'> {
  const body = d.text.slice(0, BODY_MAX_CHARS);
  const title = foldedWords(d.title);
  const rest = exactWords(`${body} ${d.extra}`);
  const folded = rest.map(foldWord).filter((w) => w.length > 0);
  return {
    site_id: d.siteId,
    kind,
    ref_id: refId,
    category_id: d.categoryId,
    slug: d.slug,
    published_at: d.publishedAt,
    title: d.title,
    body_text: body,
    title_folded: title.join(' '),
    title_pairs: wordPairs(title),
    words: [...new Set(folded)].join(' '),
    pairs: wordPairs(folded),
    marks: accentedWords([...exactWords(d.title), ...rest]),
  };
}

/** Words this process has seen written to search_words (most words of a new document are known). */
const knownWords = new Set<string>();

/** Adds the document's folded words to the word list (for the last word of a query). A word
 *  written in a transaction that is then rolled back may be missing from the list until the next
 *  `loa search reindex`: it then only misses as a completion of a query's last word. */
async function rememberWords(trx: Db, values: Omit<DocValues, 'id'>): Promise<void> {
  if (knownWords.size > 200_000) knownWords.clear();
  const words = [...new Set(`${values.title_folded} ${values.words}`.split(' '))].filter((w) => w.length >= 2 && !knownWords.has(w));
  for (const w of words) knownWords.add(w);
  for (let i = 0; i < words.length; i += 500) {
    await trx
      .insertInto('search_words')
      .values(words.slice(i, i + 500).map((word) => ({ word })))
      .onConflict((oc) => oc.column('word').doNothing())
      .execute();
  }
}

/** Writes (or removes, when `values` is null) the row of one document; its words' change of the
 *  vocabulary goes to `vocabulary`, written by the caller. */
async function putDoc(trx: Db, kind: string, refId: number, values: Omit<DocValues, 'id'> | null, vocabulary: VocabularyChanges): Promise<void> {
  const old = await trx
    .selectFrom('search_docs')
    .select(['id', 'site_id', 'title_folded', 'words', 'marks'])
    .where('kind', '=', kind)
    .where('ref_id', '=', refId)
    .executeTakeFirst();
  vocabulary.replace(old, values);
  if (!values) {
    if (old) await trx.deleteFrom('search_docs').where('id', '=', old.id).execute();
    return;
  }
  await rememberWords(trx, values);
  let id = docId(values.published_at ?? null, refId);
  if (old && Number(old.id) === id) {
    await trx.updateTable('search_docs').set(values).where('id', '=', id).execute();
    return;
  }
  if (old) await trx.deleteFrom('search_docs').where('id', '=', old.id).execute();
  while (await trx.selectFrom('search_docs').select('id').where('id', '=', id).executeTakeFirst()) id++;
  await trx.insertInto('search_docs').values({ id, ...values }).execute();
}

/** Puts one item of a kind in the index as its source reads it now, or takes it out when the public does not see it. */
async function indexOne(trx: Db, kind: string, id: number, vocabulary: VocabularyChanges): Promise<void> {
  const source = sourceOf(kind);
  const d = await source.doc(trx, id);
  if (d && source.dated && d.publishedAt === null) throw new Error(`search: a ${kind} without a publication date (${id})`);
  await putDoc(trx, kind, id, d && docValues(kind, id, d), vocabulary);
}

/** Runs `fn` in the caller's transaction (or one of its own), then writes the vocabulary's changes it gathered. */
function withVocabulary(db: Db, rebuild: boolean, fn: (trx: Db, vocabulary: VocabularyChanges) => Promise<void>): Promise<void> {
  return atomically(db, async (trx) => {
    const vocabulary = new VocabularyChanges(rebuild);
    await fn(trx, vocabulary);
    await vocabulary.write(trx);
  });
}

/**
 * Puts items of a kind in the index as they are now, or takes them out when they are not public: in
 * the caller's transaction (or one of its own), so the index changes with what the public sees.
 * `kind` is a module's declared search kind ('article', 'page').
 */
export async function reindex(db: Db, kind: string, ids: number | readonly number[]): Promise<void> {
  await withVocabulary(db, false, async (trx, v) => {
    for (const id of typeof ids === 'number' ? [ids] : ids) await indexOne(trx, kind, id, v);
  });
}

/** After a category is renamed: the documents filed under it carry its name in the index. */
export async function reindexCategory(db: Db, categoryId: number): Promise<void> {
  await withVocabulary(db, false, async (trx, v) => {
    const docs = await trx.selectFrom('search_docs').select(['kind', 'ref_id']).where('category_id', '=', categoryId).orderBy('id').execute();
    for (const r of docs) if (knownSource(r.kind)) await indexOne(trx, r.kind, r.ref_id, v);
  });
}

export interface RebuildOptions {
  /** The kinds to index: those of the modules the caller serves (runtime.ts: src/modules.ts);
   *  every registered kind when not given. */
  sources?: readonly SearchSource[];
  progress?: (done: number, total: number) => void;
}

/**
 * Rebuilds the whole index of a site from every kind's public items (`loa search reindex`): rows of
 * things that are gone or no longer public, and of kinds not among `sources`, are removed.
 * Returns how many documents it indexed.
 */
export async function reindexSite(db: Db, siteId: number, { sources = searchSources(), progress }: RebuildOptions = {}): Promise<number> {
  knownWords.clear(); // a rebuild writes every word again
  const kinds: { kind: string; ids: number[] }[] = [];
  for (const s of sources) kinds.push({ kind: s.kind, ids: await s.ids(db, siteId) });
  await atomically(db, async (trx) => {
    const live = new Map(kinds.map((k) => [k.kind, new Set(k.ids)]));
    const stale = await trx.selectFrom('search_docs').select(['id', 'kind', 'ref_id']).where('site_id', '=', siteId).execute();
    for (const s of stale) if (!live.get(s.kind)?.has(s.ref_id)) await trx.deleteFrom('search_docs').where('id', '=', s.id).execute();
    // The vocabulary is counted again from every document (a change made meanwhile by another
    // process, when the rebuild is not one transaction, may leave a count off by one).
    await clearVocabulary(trx, siteId);
  });
  const total = kinds.reduce((n, k) => n + k.ids.length, 0);
  let done = 0;
  for (const { kind, ids } of kinds) {
    for (let i = 0; i < ids.length; i += 500) {
      const batch = ids.slice(i, i + 500);
      await withVocabulary(db, true, async (trx, v) => {
        for (const id of batch) await indexOne(trx, kind, id, v);
      });
      progress?.((done += batch.length), total);
    }
  }
  await db.deleteFrom('search_rebuild').where('site_id', '=', siteId).execute();
  progress?.(total, total);
  return total;
}

/**
 * Builds again the index of every site marked in `search_rebuild` (a migration that changed the
 * index's layout marks them all), once the schema is current, by the process that prepares the
 * database. Each site in one transaction that first takes its mark: an instance starting at the
 * same time waits for it and then finds nothing left to do; a rebuild that fails gives the mark
 * back, to be tried at the next start (`loa search reindex` rebuilds at any time). Returns the
 * sites this call rebuilt.
 */
export async function rebuildPending(db: Db, onError: (siteId: number, err: unknown) => void, sources?: readonly SearchSource[]): Promise<number[]> {
  const pending = await db.selectFrom('search_rebuild').select('site_id').orderBy('site_id').execute();
  const done: number[] = [];
  for (const { site_id } of pending) {
    try {
      const mine = await atomically(db, async (trx) => {
        const taken = await trx.deleteFrom('search_rebuild').where('site_id', '=', site_id).executeTakeFirst();
        if (!Number(taken.numDeletedRows)) return false;
        await reindexSite(trx, site_id, { sources });
        return true;
      });
      if (mine) done.push(site_id);
    } catch (err) {
      onError(site_id, err);
    }
  }
  return done;
}
