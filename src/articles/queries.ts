// Reading published articles for the public site. "Published" means status 'published' and a
// publication time that has come; every query here is narrowed to one site.
import type { Db } from '../db/index.js';
import { publishedItems } from '../editorial/queries.js';

/** Articles' kind among the editorial items (articles.kind), in the search index and the audit log. */
export const ARTICLE_KIND = 'article';

/** The featured image's columns (articles left-joined to media). */
export const IMAGE_COLUMNS = [
  'media.storage_key as image_key',
  'media.variants as image_variants',
  'media.width as image_width',
  'media.height as image_height',
  'media.alt as image_alt',
  'media.avif_variants as image_avif',
] as const;

const CARD_COLUMNS = ['articles.id', 'articles.slug', 'articles.title', 'articles.summary', 'articles.published_at', 'articles.category_id', ...IMAGE_COLUMNS] as const;

/** The articles the public sees on one site: items of kind 'article' (the table holds every
 *  editorial kind), status 'published' and a publication time that has come. Every public reader
 *  of articles (pages, feeds, site maps, the API, ratings) starts from this. */
export function publishedArticles(db: Db, siteId: number, nowIso: string) {
  return publishedItems(db, siteId, ARTICLE_KIND, nowIso);
}

/** The same with the featured image joined (IMAGE_COLUMNS). */
export function publishedWithImage(db: Db, siteId: number, nowIso: string) {
  return publishedArticles(db, siteId, nowIso).leftJoin('media', 'media.id', 'articles.featured_media_id');
}

export type ArticleCardRow = Awaited<ReturnType<typeof latestArticles>>[number];

export async function latestArticles(db: Db, siteId: number, nowIso: string, limit: number, categoryIds?: number[]) {
  let q = publishedWithImage(db, siteId, nowIso).select(CARD_COLUMNS);
  if (categoryIds) q = q.where('articles.category_id', 'in', categoryIds.length ? categoryIds : [-1]);
  return q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).execute();
}

/** One page of cards (newest first) from a selection of published articles, with its count. */
async function cardsPage(db: Db, selection: ReturnType<typeof publishedArticles>, offset: number, limit: number) {
  const [rows, count] = await Promise.all([
    selection.leftJoin('media', 'media.id', 'articles.featured_media_id').select(CARD_COLUMNS).orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').offset(offset).limit(limit).execute(),
    selection.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function articlesPage(db: Db, siteId: number, nowIso: string, categoryIds: number[], offset: number, limit: number) {
  const ids = categoryIds.length ? categoryIds : [-1];
  // The page's ids and the count come from the index alone (site, category, status, date; see the
  // search migration): a deep page skips index entries, not whole articles. With a few categories
  // (one and its sub-categories), each one's newest offset + limit are read in order and merged.
  const inCategories = (cats: number[]) => publishedArticles(db, siteId, nowIso).where('articles.category_id', 'in', cats);
  const byDate = <Q extends ReturnType<typeof inCategories>>(q: Q) => q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc');
  const pageIds =
    ids.length === 1 || ids.length > 4
      ? byDate(inCategories(ids)).select('articles.id').offset(offset).limit(limit)
      : db
          .selectFrom(
            ids
              .map((c, i) => db.selectFrom(byDate(inCategories([c])).select(['articles.id', 'articles.published_at']).limit(offset + limit).as(`c${i}`)).selectAll())
              .reduce((all, one) => all.unionAll(one))
              .as('merged'),
          )
          .select('merged.id')
          .orderBy('merged.published_at', 'desc')
          .orderBy('merged.id', 'desc')
          .offset(offset)
          .limit(limit);
  const [rows, count] = await Promise.all([
    db
      .selectFrom('articles')
      .leftJoin('media', 'media.id', 'articles.featured_media_id')
      .select(CARD_COLUMNS)
      .where('articles.id', 'in', pageIds)
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .execute(),
    inCategories(ids).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/** Whole articles (of the given selection) with their category and featured image, as the article page shows them. */
function fullArticle(articles: ReturnType<typeof publishedArticles>) {
  return articles
    .leftJoin('media', 'media.id', 'articles.featured_media_id')
    .leftJoin('categories', 'categories.id', 'articles.category_id')
    .selectAll('articles')
    .select(['categories.name as category_name', 'categories.slug as category_slug', ...IMAGE_COLUMNS]);
}

export async function publishedArticleBySlug(db: Db, siteId: number, slug: string, nowIso: string) {
  return fullArticle(publishedArticles(db, siteId, nowIso)).where('articles.slug', '=', slug).executeTakeFirst();
}
export type ArticleFullRow = NonNullable<Awaited<ReturnType<typeof publishedArticleBySlug>>>;

/** An article of this site in any state, joined like the public page's (for the back office's preview). */
export async function anyArticleById(db: Db, siteId: number, id: number): Promise<ArticleFullRow | undefined> {
  return fullArticle(db.selectFrom('articles').where('articles.site_id', '=', siteId).where('articles.kind', '=', ARTICLE_KIND)).where('articles.id', '=', id).executeTakeFirst();
}

export async function publishedSlugById(db: Db, siteId: number, id: number, nowIso: string) {
  const row = await publishedWithImage(db, siteId, nowIso).select('articles.slug').where('articles.id', '=', id).executeTakeFirst();
  return row?.slug;
}

/** "Các tin khác": the newest other articles of the same category. */
export async function otherArticles(db: Db, siteId: number, nowIso: string, categoryId: number | null, excludeId: number, limit: number) {
  let q = publishedWithImage(db, siteId, nowIso).select(CARD_COLUMNS).where('articles.id', '!=', excludeId);
  if (categoryId !== null) q = q.where('articles.category_id', '=', categoryId);
  return q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).execute();
}

/** The tags of one article, by name. */
export async function tagsOf(db: Db, articleId: number) {
  return db
    .selectFrom('article_tags')
    .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['tags.slug', 'tags.name'])
    .where('article_tags.article_id', '=', articleId)
    .orderBy('tags.name')
    .orderBy('tags.id')
    .execute();
}

export const tagUrl = (t: { slug: string }) => `/tu-khoa/${t.slug}`;

/** The published articles of this site that carry a tag. */
function taggedArticles(db: Db, siteId: number, nowIso: string, tagId: number) {
  return publishedArticles(db, siteId, nowIso).where('articles.id', 'in', (eb) => eb.selectFrom('article_tags').select('article_tags.article_id').where('article_tags.tag_id', '=', tagId));
}

/** A tag of this site that at least one published article carries; a tag only drafts (or
 *  unpublished, or scheduled) articles carry names nothing public and is not found. */
export async function publicTagBySlug(db: Db, siteId: number, slug: string, nowIso: string) {
  const tag = await db.selectFrom('tags').select(['id', 'slug', 'name']).where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
  if (!tag) return undefined;
  const one = await taggedArticles(db, siteId, nowIso, tag.id).select('articles.id').limit(1).executeTakeFirst();
  return one ? tag : undefined;
}

/** One page of a tag's published articles, newest first, with their count. */
export async function tagArticlesPage(db: Db, siteId: number, nowIso: string, tagId: number, offset: number, limit: number) {
  return cardsPage(db, taggedArticles(db, siteId, nowIso, tagId), offset, limit);
}
