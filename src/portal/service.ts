// The home page's content and the site map's tree.
import type { Db } from '../db/index.js';
import type { CategoryRow } from '../db/schema.js';
import { listCategories, withDescendants } from '../categories/queries.js';
import { latestArticles } from '../articles/queries.js';
import type { ArticleCard } from '../articles/presenter.js';
import { presentCard } from '../articles/presenter.js';
import { publishedPages } from '../pages/queries.js';
import type { PageRow } from '../pages/queries.js';

export interface HomeData {
  lead: ArticleCard | undefined;
  sections: { category: CategoryRow; items: ArticleCard[] }[];
}

export const PER_SECTION = 4;

export async function readHome(db: Db, siteId: number, now: number): Promise<HomeData> {
  const nowIso = new Date(now).toISOString();
  const [latest, categories] = await Promise.all([latestArticles(db, siteId, nowIso, 1), listCategories(db, siteId)]);
  const lead = latest[0] && presentCard(latest[0]);
  const roots = categories.filter((c) => c.parent_id === null);
  const sections = await Promise.all(
    roots.map(async (category) => {
      const rows = await latestArticles(db, siteId, nowIso, PER_SECTION + 1, withDescendants(categories, category.id));
      return { category, items: rows.filter((r) => r.id !== lead?.id).slice(0, PER_SECTION).map(presentCard) };
    }),
  );
  return { lead, sections: sections.filter((s) => s.items.length > 0) };
}

export interface Tree<T> {
  item: T;
  children: Tree<T>[];
}

export function toTree<T extends { id: number; parent_id: number | null }>(rows: T[]): Tree<T>[] {
  const nodes = new Map(rows.map((r) => [r.id, { item: r, children: [] as Tree<T>[] }]));
  const roots: Tree<T>[] = [];
  for (const r of rows) {
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    (parent ? parent.children : roots).push(nodes.get(r.id)!);
  }
  return roots;
}

export async function readSiteMap(db: Db, siteId: number, now: number): Promise<{ categories: Tree<CategoryRow>[]; pages: Tree<PageRow>[] }> {
  const [categories, pages] = await Promise.all([listCategories(db, siteId), publishedPages(db, siteId, new Date(now).toISOString())]);
  return { categories: toTree(categories), pages: toTree(pages) };
}
