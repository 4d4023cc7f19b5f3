// Keeping the search index in step with what the public sees. Every change of an article, a page
// or a category calls one of these inside its own transaction, so the index never shows an
// article that is not public, nor misses one that is. Only `search_docs` (and the word list
// `search_words`, and each site's vocabulary `search_vocabulary`, search/vocabulary.ts) is written, with the same SQL on SQLite and PostgreSQL; the full-text structures
// follow it (see the search migration). The text is cut into words by search/text.ts, the same
// way as a query.
//
// What is indexed: a published article whose publication time has come or not (the query also
// checks published_at against the clock), and a published static page. A draft, submitted,
// scheduled or unpublished article has no row.
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { Insertable } from 'kysely';
import type { SearchDocsTable } from '../db/schema.js';
import { accentedWords, BODY_MAX_CHARS, exactWords, foldedWords, foldWord, htmlToText, wordPairs } from './text.js';
import { clearVocabulary, VocabularyChanges } from './vocabulary.js';

export type DocKind = 'article' | 'page';

/** How many ids one millisecond of publication time spans. */
export const IDS_PER_MS = 1024;
/** Ids of static pages start here, above any article's (they have no date; they count as current). */
export const PAGE_IDS = 2 ** 52;

/**
 * Ids are chosen so that a newer publication has a larger one: its time in milliseconds × 1024
 * plus the low bits of the article's id (the next free number on a clash). Both databases then
 * find the newest matches first by walking ids backwards, without sorting every match, and "published
 * by now" or a date range are ranges of ids. Static pages come above every article. Article ids
 * stay below PAGE_IDS until the year 2109.
 */
export function docId(kind: DocKind, at: string | null, refId: number): number {
  if (kind === 'page') return PAGE_IDS + refId;
  const ms = at ? Date.parse(at) : NaN;
  return (Number.isFinite(ms) && ms > 0 ? ms : 0) * IDS_PER_MS + (refId % IDS_PER_MS);
}

/** The smallest id of an article published at or after `ms`. */
export const idAtOrAfter = (ms: number) => ms * IDS_PER_MS;

type DocValues = Insertable<SearchDocsTable>;

interface DocInput {
  site_id: number;
  kind: DocKind;
  ref_id: number;
  category_id: number | null;
  slug: string;
  published_at: string | null;
  title: string;
  /** Summary and body as plain text. */
  body_text: string;
  /** Indexed but not shown: byline, category name. */
  extra_text: string;
}

function docValues({ extra_text, ...v }: DocInput): Omit<DocValues, 'id'> {
  const body = v.body_text.slice(0, BODY_MAX_CHARS);
  const title = foldedWords(v.title);
  const rest = exactWords(`${body} ${extra_text}`);
  const folded = rest.map(foldWord).filter((w) => w.length > 0);
  return {
    ...v,
    body_text: body,
    title_folded: title.join(' '),
    title_pairs: wordPairs(title),
    words: [...new Set(folded)].join(' '),
    pairs: wordPairs(folded),
    marks: accentedWords([...exactWords(v.title), ...rest]),
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
async function putDoc(trx: Db, kind: DocKind, refId: number, values: Omit<DocValues, 'id'> | null, vocabulary: VocabularyChanges): Promise<void> {
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
  let id = docId(kind, values.published_at ?? null, refId);
  if (old && Number(old.id) === id) {
    await trx.updateTable('search_docs').set(values).where('id', '=', id).execute();
    return;
  }
  if (old) await trx.deleteFrom('search_docs').where('id', '=', old.id).execute();
  while (await trx.selectFrom('search_docs').select('id').where('id', '=', id).executeTakeFirst()) id++;
  await trx.insertInto('search_docs').values({ id, ...values }).execute();
}

/** Puts one article in the index as it is now, or takes it out when it is not published. */
async function indexArticle(trx: Db, articleId: number, vocabulary: VocabularyChanges): Promise<void> {
  const a = await trx
    .selectFrom('articles')
    .leftJoin('categories', 'categories.id', 'articles.category_id')
    .select(['articles.id', 'articles.site_id', 'articles.category_id', 'articles.slug', 'articles.status', 'articles.published_at', 'articles.updated_at'])
    .select(['articles.title', 'articles.summary', 'articles.body_html', 'articles.byline', 'categories.name as category_name'])
    .where('articles.id', '=', articleId)
    .executeTakeFirst();
  if (!a || a.status !== 'published') return putDoc(trx, 'article', articleId, null, vocabulary);
  const at = a.published_at ?? a.updated_at;
  await putDoc(
    trx,
    'article',
    a.id,
    docValues({
      site_id: a.site_id,
      kind: 'article',
      ref_id: a.id,
      category_id: a.category_id,
      slug: a.slug,
      published_at: at,
      title: a.title,
      body_text: `${a.summary}\n${htmlToText(a.body_html)}`,
      extra_text: [a.byline, a.category_name ?? ''].filter(Boolean).join(' · '),
    }),
    vocabulary,
  );
}

/** Runs `fn` in the caller's transaction (or one of its own), then writes the vocabulary's changes it gathered. */
function withVocabulary(db: Db, rebuild: boolean, fn: (trx: Db, vocabulary: VocabularyChanges) => Promise<void>): Promise<void> {
  return atomically(db, async (trx) => {
    const vocabulary = new VocabularyChanges(rebuild);
    await fn(trx, vocabulary);
    await vocabulary.write(trx);
  });
}

/** Puts one article in the index as it is now, or takes it out when it is not published. */
export async function reindexArticle(db: Db, articleId: number): Promise<void> {
  await withVocabulary(db, false, (trx, v) => indexArticle(trx, articleId, v));
}

/** reindexArticle for several articles (in the caller's transaction, or one of its own). */
export async function reindexArticles(db: Db, articleIds: number[]): Promise<void> {
  await withVocabulary(db, false, async (trx, v) => {
    for (const id of articleIds) await indexArticle(trx, id, v);
  });
}

async function indexPage(trx: Db, pageId: number, vocabulary: VocabularyChanges): Promise<void> {
  const p = await trx.selectFrom('pages').selectAll().where('id', '=', pageId).executeTakeFirst();
  if (!p || p.published !== 1) return putDoc(trx, 'page', pageId, null, vocabulary);
  await putDoc(
    trx,
    'page',
    p.id,
    docValues({ site_id: p.site_id, kind: 'page', ref_id: p.id, category_id: null, slug: p.slug, published_at: null, title: p.title, body_text: htmlToText(p.body_html), extra_text: '' }),
    vocabulary,
  );
}

/** Puts one static page in the index as it is now, or takes it out when it is not published. */
export async function reindexPage(db: Db, pageId: number): Promise<void> {
  await withVocabulary(db, false, (trx, v) => indexPage(trx, pageId, v));
}

/** After a category is renamed: its published articles carry its name in the index. */
export async function reindexCategory(db: Db, categoryId: number): Promise<void> {
  await withVocabulary(db, false, async (trx, v) => {
    const ids = await trx.selectFrom('search_docs').select('ref_id').where('kind', '=', 'article').where('category_id', '=', categoryId).execute();
    for (const r of ids) await indexArticle(trx, r.ref_id, v);
  });
}

/**
 * Rebuilds the whole index of a site from its articles and pages (`loa search reindex`): rows of
 * things that are gone or no longer public are removed. Returns how many documents it indexed.
 */
export async function reindexSite(db: Db, siteId: number, progress?: (done: number, total: number) => void): Promise<number> {
  knownWords.clear(); // a rebuild writes every word again
  const articles = await db.selectFrom('articles').select('id').where('site_id', '=', siteId).where('status', '=', 'published').orderBy('id').execute();
  const pages = await db.selectFrom('pages').select('id').where('site_id', '=', siteId).where('published', '=', 1).orderBy('id').execute();
  await atomically(db, async (trx) => {
    const live = new Set(articles.map((a) => a.id));
    const stale = await trx.selectFrom('search_docs').select(['id', 'ref_id']).where('site_id', '=', siteId).where('kind', '=', 'article').execute();
    for (const s of stale) if (!live.has(s.ref_id)) await trx.deleteFrom('search_docs').where('id', '=', s.id).execute();
    await trx.deleteFrom('search_docs').where('site_id', '=', siteId).where('kind', '=', 'page').execute();
    // The vocabulary is counted again from every document (a change made meanwhile by another
    // process, when the rebuild is not one transaction, may leave a count off by one).
    await clearVocabulary(trx, siteId);
  });
  const total = articles.length + pages.length;
  let done = 0;
  for (let i = 0; i < articles.length; i += 500) {
    await withVocabulary(db, true, async (trx, v) => {
      for (const a of articles.slice(i, i + 500)) await indexArticle(trx, a.id, v);
    });
    progress?.((done = Math.min(total, done + 500)), total);
  }
  await withVocabulary(db, true, async (trx, v) => {
    for (const p of pages) await indexPage(trx, p.id, v);
  });
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
export async function rebuildPending(db: Db, onError: (siteId: number, err: unknown) => void): Promise<number[]> {
  const pending = await db.selectFrom('search_rebuild').select('site_id').orderBy('site_id').execute();
  const done: number[] = [];
  for (const { site_id } of pending) {
    try {
      const mine = await atomically(db, async (trx) => {
        const taken = await trx.deleteFrom('search_rebuild').where('site_id', '=', site_id).executeTakeFirst();
        if (!Number(taken.numDeletedRows)) return false;
        await reindexSite(trx, site_id);
        return true;
      });
      if (mine) done.push(site_id);
    } catch (err) {
      onError(site_id, err);
    }
  }
  return done;
}
