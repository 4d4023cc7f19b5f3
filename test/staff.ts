// Test factories for the back office: staff with roles on the demo sites, and articles inserted
// directly in a given state.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { titleColumns } from '../src/db/titles.js';
import type { Db } from '../src/db/index.js';
import type { ArticleRow, ArticleStatus, Role } from '../src/db/schema.js';
import type { Actor } from '../src/accounts/policy.js';
import { createUser, grantRole, roleOn } from '../src/accounts/users.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import type { TestApp } from './helpers.js';
import { testApp } from './helpers.js';

export interface Sites {
  /** The default demo site (localhost). */
  main: number;
  /** The second demo site (bacson.localhost). */
  ward: number;
}

export async function demoSites(db: Db): Promise<Sites> {
  const id = async (host: string) => (await db.selectFrom('site_hosts').select('site_id').where('host', '=', host).executeTakeFirstOrThrow()).site_id;
  return { main: await id('localhost'), ward: await id('bacson.localhost') };
}

export interface Staff {
  admin: number;
  editor: number;
  reporter: number;
  /** A second reporter on the main site. */
  reporter2: number;
  /** An editor of the ward site only: no role on the main site. */
  outsider: number;
  /** Văn thư of the main site. */
  clerk: number;
  /** Cán bộ tiếp nhận of the main site. */
  handler: number;
}

/** Creates one user per role on the main site (and an editor of the ward site); `prefix` keeps usernames unique per file. */
export async function createStaff(db: Db, sites: Sites, prefix = 't'): Promise<Staff> {
  const make = async (name: string, siteId: number, role: Role) => {
    const u = await createUser(db, { username: `${prefix}-${name}`, password: 'mat-khau-thu-nghiem' });
    await grantRole(db, u.id, siteId, role);
    return u.id;
  };
  return {
    admin: await make('quan-tri', sites.main, 'admin'),
    editor: await make('bien-tap', sites.main, 'editor'),
    reporter: await make('phong-vien', sites.main, 'reporter'),
    reporter2: await make('phong-vien-2', sites.main, 'reporter'),
    outsider: await make('bien-tap-phuong', sites.ward, 'editor'),
    clerk: await make('van-thu', sites.main, 'clerk'),
    handler: await make('tiep-nhan', sites.main, 'handler'),
  };
}

/** The actor a request on `siteId` would carry for this user (undefined without a role there). */
export async function actorOn(db: Db, userId: number, siteId: number): Promise<Actor> {
  const role = await roleOn(db, userId, siteId);
  return role ? { userId, role } : undefined;
}

let seq = 0;

/** Inserts an article (a draft unless told) and returns its row. */
export async function insertArticle(
  db: Db,
  a: {
    siteId: number;
    authorId: number | null;
    status?: ArticleStatus;
    publishedAt?: string | null;
    now?: string;
    fields?: Partial<{ slug: string; title: string; summary: string; body_html: string; byline: string; category_id: number | null }>;
  },
): Promise<ArticleRow> {
  const now = a.now ?? new Date().toISOString();
  seq += 1;
  return db
    .insertInto('articles')
    .values({
      site_id: a.siteId,
      category_id: a.fields?.category_id ?? null,
      slug: a.fields?.slug ?? `bai-thu-nghiem-${process.pid}-${seq}`,
      ...titleColumns(a.fields?.title ?? `Bài thử nghiệm ${seq}`),
      summary: a.fields?.summary ?? 'Tóm tắt.',
      body_html: a.fields?.body_html ?? '<p>Nội dung.</p>',
      byline: a.fields?.byline ?? '',
      author_id: a.authorId,
      featured_media_id: null,
      status: a.status ?? 'draft',
      published_at: a.publishedAt ?? null,
      created_at: now,
      updated_at: now,
      view_count: 0,
      rating_sum: 0,
      rating_count: 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A tag of a site (made if missing) carried by the given articles; its id. */
export async function tagArticles(db: Db, siteId: number, tag: { slug: string; name: string }, articleIds: number[]): Promise<number> {
  const found = await db.selectFrom('tags').select('id').where('site_id', '=', siteId).where('slug', '=', tag.slug).executeTakeFirst();
  const id = found?.id ?? (await db.insertInto('tags').values({ site_id: siteId, ...tag }).returning('id').executeTakeFirstOrThrow()).id;
  for (const articleId of articleIds) await db.insertInto('article_tags').values({ article_id: articleId, tag_id: id }).execute();
  return id;
}

/** The demo's reference article (and two other articles of its site) tagged "Dân vận", and it "Tổng kết năm": an article page with tags and a tag page. */
export async function tagReference(db: Db): Promise<void> {
  const ref = await db.selectFrom('articles').where('kind', '=', 'article').select(['id', 'site_id']).where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow();
  const others = await db.selectFrom('articles').where('kind', '=', 'article').select('id').where('site_id', '=', ref.site_id).where('status', '=', 'published').where('id', '!=', ref.id).orderBy('id').limit(2).execute();
  await tagArticles(db, ref.site_id, { slug: 'dan-van', name: 'Dân vận' }, [ref.id, ...others.map((o) => o.id)]);
  await tagArticles(db, ref.site_id, { slug: 'tong-ket-nam', name: 'Tổng kết năm' }, [ref.id]);
}

export async function auditRowsFor(db: Db, articleId: number) {
  return db.selectFrom('audit_log').selectAll().where('subject_type', '=', 'article').where('subject_id', '=', articleId).orderBy('id').execute();
}

export async function contentVersion(db: Db, siteId: number): Promise<number> {
  return (await db.selectFrom('sites').select('content_version').where('id', '=', siteId).executeTakeFirstOrThrow()).content_version;
}

export interface StaffSession {
  /** Cookie header value carrying the session. */
  cookie: string;
  /** The CSRF token its forms carry. */
  csrf: string;
  token: string;
}

/** A signed-in session for a user, made directly (no password hashing), as a browser would hold it. */
export async function sessionFor(db: Db, userId: number): Promise<StaffSession> {
  const { createSession } = await import('../src/accounts/sessions.js');
  const { csrfToken } = await import('../src/accounts/csrf.js');
  const { token, session } = await createSession(db, userId, { ip: '127.0.0.1', userAgent: 'test', now: Date.now() });
  return { cookie: `loa_s=${token}`, csrf: csrfToken(session), token };
}

type Injectable = { inject: (opts: InjectOptions) => Promise<LightMyRequestResponse> };

/** GET as this staff session (host defaults to the main demo site). */
export function staffGet(app: Injectable, s: StaffSession | undefined, url: string, host = 'localhost') {
  return app.inject({ method: 'GET', url, headers: { host, 'user-agent': 'Mozilla/5.0 (test)', ...(s ? { cookie: s.cookie } : {}) } });
}

/** POST a urlencoded form as this staff session; `_csrf` is added unless the form has one. */
export function staffPost(app: Injectable, s: StaffSession | undefined, url: string, form: Record<string, string | string[]> = {}, host = 'localhost') {
  const body = new URLSearchParams();
  if (s && !('_csrf' in form)) body.append('_csrf', s.csrf);
  for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return app.inject({
    method: 'POST',
    url,
    headers: { host, 'user-agent': 'Mozilla/5.0 (test)', 'content-type': 'application/x-www-form-urlencoded', ...(s ? { cookie: s.cookie } : {}) },
    payload: body.toString(),
  });
}

/** Every person of `staff` signed in (one session each). */
export async function sessionsFor(db: Db, staff: Staff): Promise<Record<keyof Staff, StaffSession>> {
  const out = {} as Record<keyof Staff, StaffSession>;
  for (const k of Object.keys(staff) as (keyof Staff)[]) out[k] = await sessionFor(db, staff[k]);
  return out;
}

/** The usual start of a back-office test: the demo app, its two sites, one person per role (usernames
 *  prefixed by `prefix`), each signed in; the sessions are copied into `sessions`. */
export async function backofficeFixture(prefix: string, sessions: Record<keyof Staff, StaffSession>): Promise<{ t: TestApp; sites: Sites; staff: Staff }> {
  const t = await testApp();
  const sites = await demoSites(t.db);
  const staff = await createStaff(t.db, sites, prefix);
  Object.assign(sessions, await sessionsFor(t.db, staff));
  return { t, sites, staff };
}
