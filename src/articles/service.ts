// What a reader asks of articles: one article with "Các tin khác", and pages of a category.
import type { Db } from '../db/index.js';
import { notFound } from '../errors/index.js';
import type { CategoryRow } from '../db/schema.js';
import { categoryBySlug, listCategories, withDescendants } from '../categories/queries.js';
import { anyArticleById, articlesPage, otherArticles, publicTagBySlug, publishedArticleBySlug, tagArticlesPage, tagsOf } from './queries.js';
import type { ArticleCard, ArticleView } from './presenter.js';
import { presentArticle, presentCard } from './presenter.js';

export const OTHER_NEWS = 8;
export const PAGE_SIZE = 10;

export async function readArticle(db: Db, siteId: number, slug: string, now: number): Promise<{ article: ArticleView; others: ArticleCard[] }> {
  const nowIso = new Date(now).toISOString();
  const row = await publishedArticleBySlug(db, siteId, slug, nowIso);
  if (!row) throw notFound('Bài viết không tồn tại hoặc đã được gỡ bỏ.');
  const [others, tags] = await Promise.all([otherArticles(db, siteId, nowIso, row.category_id, row.id, OTHER_NEWS), tagsOf(db, row.id)]);
  return {
    article: presentArticle(row, tags),
    others: others.map(presentCard),
  };
}

/** The article page as it would be published now (the back office's preview): any state; a draft
 *  without a date shows today's. */
export async function previewArticle(db: Db, siteId: number, id: number, now: number): Promise<{ article: ArticleView; others: ArticleCard[] }> {
  const nowIso = new Date(now).toISOString();
  const row = await anyArticleById(db, siteId, id);
  if (!row) throw notFound('Không tìm thấy bài viết này trên trang.');
  const [others, tags] = await Promise.all([otherArticles(db, siteId, nowIso, row.category_id, row.id, OTHER_NEWS), tagsOf(db, row.id)]);
  return { article: presentArticle({ ...row, published_at: row.published_at ?? nowIso }, tags), others: others.map(presentCard) };
}

export interface CategoryPage {
  category: CategoryRow;
  parent: CategoryRow | undefined;
  children: CategoryRow[];
  items: ArticleCard[];
  page: number;
  pages: number;
  total: number;
}

/** The page count of a listing; a page past the last is a 404 (`missing` says what was not found). */
function pageCount(total: number, page: number, missing: string): number {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages) throw notFound(missing);
  return pages;
}

export interface TagPage {
  tag: { id: number; slug: string; name: string };
  items: ArticleCard[];
  page: number;
  pages: number;
  total: number;
}

/** A page of a tag's published articles; 404 for a tag no published article carries. */
export async function readTagPage(db: Db, siteId: number, slug: string, page: number, now: number): Promise<TagPage> {
  const nowIso = new Date(now).toISOString();
  const tag = await publicTagBySlug(db, siteId, slug, nowIso);
  if (!tag) throw notFound('Từ khóa không tồn tại.');
  const { rows, total } = await tagArticlesPage(db, siteId, nowIso, tag.id, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  return { tag, items: rows.map(presentCard), page, pages: pageCount(total, page, 'Trang này không có trong danh sách bài viết của từ khóa.'), total };
}

export async function readCategoryPage(db: Db, siteId: number, slug: string, page: number, now: number): Promise<CategoryPage> {
  const category = await categoryBySlug(db, siteId, slug);
  if (!category) throw notFound('Chuyên mục không tồn tại.');
  const all = await listCategories(db, siteId);
  const { rows, total } = await articlesPage(db, siteId, new Date(now).toISOString(), withDescendants(all, category.id), (page - 1) * PAGE_SIZE, PAGE_SIZE);
  const pages = pageCount(total, page, 'Trang này không có trong chuyên mục.');
  return {
    category,
    parent: all.find((c) => c.id === category.parent_id),
    children: all.filter((c) => c.parent_id === category.id),
    items: rows.map(presentCard),
    page,
    pages,
    total,
  };
}
