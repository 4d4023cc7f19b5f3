// Reading published articles for the public site. "Published" means status 'published' and a
// publication time that has come; every query here is narrowed to one site.
import type { Db } from '../db/index.js';

const CARD_COLUMNS = [
  'articles.id',
  'articles.slug',
  'articles.title',
  'articles.summary',
  'articles.published_at',
  'articles.category_id',
  'media.storage_key as image_key',
  'media.variants as image_variants',
  'media.width as image_width',
  'media.height as image_height',
  'media.alt as image_alt',
  'media.avif_variants as image_avif',
] as const;

function published(db: Db, siteId: number, nowIso: string) {
  return db
    .selectFrom('articles')
    .leftJoin('media', 'media.id', 'articles.featured_media_id')
    .where('articles.site_id', '=', siteId)
    .where('articles.status', '=', 'published')
    .where('articles.published_at', '<=', nowIso);
}

export type ArticleCardRow = Awaited<ReturnType<typeof latestArticles>>[number];

export async function latestArticles(db: Db, siteId: number, nowIso: string, limit: number, categoryIds?: number[]) {
  let q = published(db, siteId, nowIso).select(CARD_COLUMNS);
  if (categoryIds) q = q.where('articles.category_id', 'in', categoryIds.length ? categoryIds : [-1]);
  return q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).execute();
}

export async function articlesPage(db: Db, siteId: number, nowIso: string, categoryIds: number[], offset: number, limit: number) {
  const ids = categoryIds.length ? categoryIds : [-1];
  // The page's ids first, from the index alone (site, category, status, date): a deep page then
  // skips index entries, not whole articles.
  const pageIds = db
    .selectFrom('articles')
    .select('articles.id')
    .where('articles.site_id', '=', siteId)
    .where('articles.status', '=', 'published')
    .where('articles.published_at', '<=', nowIso)
    .where('articles.category_id', 'in', ids)
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .offset(offset)
    .limit(limit);
  const [rows, count] = await Promise.all([
    published(db, siteId, nowIso)
      .select(CARD_COLUMNS)
      .where('articles.id', 'in', pageIds)
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .execute(),
    published(db, siteId, nowIso)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('articles.category_id', 'in', ids)
      .executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function publishedArticleBySlug(db: Db, siteId: number, slug: string, nowIso: string) {
  return published(db, siteId, nowIso)
    .leftJoin('categories', 'categories.id', 'articles.category_id')
    .selectAll('articles')
    .select([
      'categories.name as category_name',
      'categories.slug as category_slug',
      'media.storage_key as image_key',
      'media.variants as image_variants',
      'media.width as image_width',
      'media.height as image_height',
      'media.alt as image_alt',
      'media.avif_variants as image_avif',
    ])
    .where('articles.slug', '=', slug)
    .executeTakeFirst();
}
export type ArticleFullRow = NonNullable<Awaited<ReturnType<typeof publishedArticleBySlug>>>;

/** An article of this site in any state, joined like the public page's (for the back office's preview). */
export async function anyArticleById(db: Db, siteId: number, id: number): Promise<ArticleFullRow | undefined> {
  return db
    .selectFrom('articles')
    .leftJoin('media', 'media.id', 'articles.featured_media_id')
    .leftJoin('categories', 'categories.id', 'articles.category_id')
    .selectAll('articles')
    .select([
      'categories.name as category_name',
      'categories.slug as category_slug',
      'media.storage_key as image_key',
      'media.variants as image_variants',
      'media.width as image_width',
      'media.height as image_height',
      'media.alt as image_alt',
      'media.avif_variants as image_avif',
    ])
    .where('articles.site_id', '=', siteId)
    .where('articles.id', '=', id)
    .executeTakeFirst();
}

export async function publishedSlugById(db: Db, siteId: number, id: number, nowIso: string) {
  const row = await published(db, siteId, nowIso).select('articles.slug').where('articles.id', '=', id).executeTakeFirst();
  return row?.slug;
}

/** "Các tin khác": the newest other articles of the same category. */
export async function otherArticles(db: Db, siteId: number, nowIso: string, categoryId: number | null, excludeId: number, limit: number) {
  let q = published(db, siteId, nowIso).select(CARD_COLUMNS).where('articles.id', '!=', excludeId);
  if (categoryId !== null) q = q.where('articles.category_id', '=', categoryId);
  return q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).execute();
}
