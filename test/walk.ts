// Filling the back office's route patterns (backoffice/guard.ts BACKOFFICE_ROUTES) with real rows of the main
// demo site, for the tests that walk every route: authorisation, HTML validity.
import assert from 'node:assert/strict';
import type { Db } from '../src/db/index.js';
import type { FastifyInstance } from 'fastify';
import type { Sites, Staff, StaffSession } from './staff.js';
import { insertArticle, staffGet, staffPost } from './staff.js';
import { keepRevision } from '../src/revisions/service.js';
import type { LoaModule } from '../src/registry/module.js';
import type { RouteEntry } from '../src/backoffice/guard.js';
import type { Actor } from '../src/accounts/policy.js';
import type { Role } from '../src/db/schema.js';
import { whyNot } from '../src/accounts/policy.js';

export type WalkParams = Record<string, string>;

/** One row of the main site for every kind of path parameter (keyed by the segment before it): the
 *  rows each module declares (registry/module.ts `walk`), and those of the first modules, made here
 *  with the test factories (a reporter's own draft for articles). */
export async function walkParams(db: Db, sites: Sites, staff: Staff, modules: readonly LoaModule[] = []): Promise<WalkParams> {
  const declared: WalkParams = {};
  for (const m of modules) if (m.walk) Object.assign(declared, await m.walk(db, { siteId: sites.main, ...staff }));
  return { ...(await builtInParams(db, sites, staff)), ...declared };
}

async function builtInParams(db: Db, sites: Sites, staff: Staff): Promise<WalkParams> {
  const article = await insertArticle(db, { siteId: sites.main, authorId: staff.reporter });
  await keepRevision(db, { itemId: article.id, userId: staff.reporter, title: article.title, summary: '', bodyHtml: '<p>a</p>', byline: '', kind: 'save', at: new Date().toISOString() });
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

/** A revision of the route's item: its kind's (`${segment}:rev`, registry/module.ts walk rows), else the article's. */
const revOf = (p: WalkParams, parts: string[]) => p[`${parts[2]}:rev`] ?? p.rev;

/** Query strings some pages need to open at all. */
const QUERIES: Record<string, (p: WalkParams, parts: string[]) => string> = {
  'so-sanh': (p, parts) => `?a=${revOf(p, parts)}&b=hien-tai`,
  // A new article's form has its key in its address (without one, the page sends you to a fresh one).
  moi: () => '?ban-nhap=trang-moi-phep-duyet00',
};

/** The route's path with its parameters filled (a new kind of parameter fails, naming where to add it). */
export function fillRoute(url: string, params: WalkParams): string {
  const parts = url.split('/');
  const query = QUERIES[parts.at(-1)!]?.(params, parts) ?? '';
  const path = parts
    .map((p, i) => {
      if (!p.startsWith(':')) return p;
      const key = p === ':rev' ? 'rev' : parts[i - 1]!;
      const v = p === ':rev' ? revOf(params, parts) : params[key];
      assert.ok(v, `the walk does not know how to fill ${p} in ${url}: add a row for "${key}" in test/walk.ts`);
      return v;
    })
    .join('/');
  return path + query;
}

export type Who = 'anonymous' | 'outsider' | Role;
export const WHO: Who[] = ['anonymous', 'outsider', 'reporter', 'editor', 'admin', 'clerk', 'handler'];

function actorOf(staff: Staff, who: Who): Actor {
  return who === 'anonymous' || who === 'outsider' ? undefined : { userId: staff[who], role: who };
}

/**
 * Every route × every role × anonymous, checked against the policy: sign-in for the anonymous, 403
 * for no role here, 403 for what the policy refuses, and for what it allows a real page (GET 200) or
 * a handled answer (never 403 by the guard, never a 5xx). Returns the answers that differ.
 */
export async function walkPolicy(app: FastifyInstance, routes: readonly RouteEntry[], params: WalkParams, staff: Staff, sessions: Record<keyof Staff, StaffSession>): Promise<string[]> {
  const problems: string[] = [];
  // Pages first: an allowed POST may change the rows the later pages are opened with.
  const ordered = [...routes].sort((a, b) => (a.method === b.method ? 0 : a.method === 'GET' ? -1 : 1));
  for (const route of ordered) {
    const url = fillRoute(route.url, params);
    for (const who of WHO) {
      const s = who === 'anonymous' ? undefined : sessions[who];
      // POSTs carry the session's token but an empty form: the guard's answer is what is checked.
      const res = route.method === 'GET' ? await staffGet(app, s, url) : await staffPost(app, s, url, {});
      const label = `${route.method} ${url} as ${who}: ${res.statusCode}`;
      if (res.statusCode >= 500) {
        problems.push(`${label} (a server error)`);
        continue;
      }
      if (who === 'anonymous') {
        const ok = route.json ? res.statusCode === 401 : res.statusCode === 303 && String(res.headers.location).startsWith('/dang-nhap?next=');
        if (!ok) problems.push(`${label}, expected ${route.json ? '401' : '303 to /dang-nhap'}`);
        continue;
      }
      if (who === 'outsider') {
        if (res.statusCode !== 403) problems.push(`${label}, expected 403 (no role on this site)`);
        continue;
      }
      const refused = route.needs !== 'staff' && whyNot(actorOf(staff, who), route.needs) !== null;
      if (refused) {
        if (res.statusCode !== 403) problems.push(`${label}, expected 403 (policy: ${route.needs})`);
      } else if (route.method === 'GET') {
        // Allowed pages open; a reporter may get 404 for rows that are not theirs (nothing learnt).
        if (res.statusCode !== 200 && !(res.statusCode === 404 && who === 'reporter')) problems.push(`${label}, expected 200`);
      } else if (res.statusCode === 403 && /Phiên làm việc không hợp lệ/.test(res.body)) {
        problems.push(`${label}: the CSRF token was refused`);
      }
    }
  }
  return problems;
}

/** Every POST without the CSRF token, for every role: the answers that are not 403. */
export async function walkCsrf(app: FastifyInstance, routes: readonly RouteEntry[], params: WalkParams, sessions: Record<keyof Staff, StaffSession>): Promise<string[]> {
  const problems: string[] = [];
  for (const route of routes.filter((r) => r.method === 'POST')) {
    const url = fillRoute(route.url, params);
    for (const who of ['reporter', 'editor', 'admin', 'clerk', 'handler'] as const) {
      const res = await staffPost(app, sessions[who], url, { _csrf: '' });
      if (res.statusCode !== 403) problems.push(`POST ${url} as ${who} without a token: ${res.statusCode}`);
    }
  }
  return problems;
}
