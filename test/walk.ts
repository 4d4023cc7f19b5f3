// Filling the back office's route patterns (backoffice/guard.ts BACKOFFICE_ROUTES) with real rows of the main
// demo site, for the tests that walk every route: authorisation, HTML validity.
import assert from 'node:assert/strict';
import type { Db } from '../src/db/index.js';
import type { Sites, Staff } from './staff.js';
import { insertArticle } from './staff.js';
import { keepRevision } from '../src/revisions/service.js';

export type WalkParams = Record<string, string>;

/** One row of the main site for every kind of path parameter (keyed by the segment before it); a reporter's own draft for articles. */
export async function walkParams(db: Db, sites: Sites, staff: Staff): Promise<WalkParams> {
  const article = await insertArticle(db, { siteId: sites.main, authorId: staff.reporter });
  await keepRevision(db, { articleId: article.id, userId: staff.reporter, title: article.title, summary: '', bodyHtml: '<p>a</p>', byline: '', kind: 'save', at: new Date().toISOString() });
  const rev = await db.selectFrom('article_revisions').select('id').where('article_id', '=', article.id).executeTakeFirstOrThrow();
  const media = await db.selectFrom('media').select('id').where('site_id', '=', sites.main).executeTakeFirstOrThrow();
  const category = await db.selectFrom('categories').select('id').where('site_id', '=', sites.main).executeTakeFirstOrThrow();
  const menu = await db.selectFrom('menu_items').select('id').where('site_id', '=', sites.main).executeTakeFirstOrThrow();
  return {
    'bai-viet': String(article.id),
    rev: String(rev.id),
    'thu-vien': String(media.id),
    'nguoi-dung': String(staff.reporter2),
    'chuyen-muc': String(category.id),
    'trinh-don': String(menu.id),
  };
}

/** Query strings some pages need to open at all. */
const QUERIES: Record<string, (p: WalkParams) => string> = {
  'so-sanh': (p) => `?a=${p.rev}&b=hien-tai`,
  // A new article's form has its key in its address (without one, the page sends you to a fresh one).
  moi: () => '?ban-nhap=trang-moi-phep-duyet00',
};

/** The route's path with its parameters filled (a new kind of parameter fails, naming where to add it). */
export function fillRoute(url: string, params: WalkParams): string {
  const parts = url.split('/');
  const query = QUERIES[parts.at(-1)!]?.(params) ?? '';
  const path = parts
    .map((p, i) => {
      if (!p.startsWith(':')) return p;
      const key = p === ':rev' ? 'rev' : parts[i - 1]!;
      const v = params[key];
      assert.ok(v, `the walk does not know how to fill ${p} in ${url}: add a row for "${key}" in test/walk.ts`);
      return v;
    })
    .join('/');
  return path + query;
}
