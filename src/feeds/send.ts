// Sending a feed or a site map: built once per site content version (sites.content_version moves
// on every public change, on any instance) and kept in process for a while (a minute by default),
// so windows that move with the clock (the news site map's two days) move too. ETag with 304, and
// a short public Cache-Control with stale-while-revalidate.
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlOf } from '../web/context.js';

export const XML_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
} as const;

/** What readers and crawlers may keep: 5 minutes, then served stale for 10 more while refreshed. */
export const XML_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600';

/** How long a built document is reused on this instance when the content version has not moved. */
export const XML_TTL_MS = 60_000;
const MAX_ENTRIES = 200;
const MAX_BYTES = 64 * 1024 * 1024;

interface Entry {
  version: number;
  at: number;
  body: Buffer;
  etag: string;
}

/** Built documents of one app, oldest first, bounded in number and bytes. */
class XmlCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  /** Builds under way: requests arriving meanwhile wait for the same one. */
  private building = new Map<string, Promise<Entry>>();

  /** Builds the entry for `key` once for every request that asks while it runs (`job` names the
   *  build: the key and the content version), and keeps it. */
  build(job: string, key: string, make: () => Promise<Entry>): Promise<Entry> {
    let p = this.building.get(job);
    if (!p) {
      p = make()
        .then((e) => {
          this.set(key, e);
          return e;
        })
        .finally(() => this.building.delete(job));
      this.building.set(job, p);
    }
    return p;
  }

  get(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  set(key: string, e: Entry): void {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(key);
    }
    this.entries.set(key, e);
    this.bytes += e.body.length;
    // Oldest first (a Map iterates in insertion order).
    for (const [k, v] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.entries.delete(k);
      this.bytes -= v.body.length;
    }
  }
}

// One cache per app (keyed by its deps, shared by every plugin of the app).
const caches = new WeakMap<object, XmlCache>();

function cacheOf(app: FastifyInstance): XmlCache {
  let c = caches.get(app.deps);
  if (!c) caches.set(app.deps, (c = new XmlCache()));
  return c;
}

/** Drops every document this app kept (tests that change the limits). */
export function forgetXml(app: FastifyInstance): void {
  caches.delete(app.deps);
}

async function contentVersion(req: FastifyRequest): Promise<number> {
  const row = await req.server.deps.db.selectFrom('sites').select('content_version').where('id', '=', req.site.id).executeTakeFirst();
  return row?.content_version ?? 0;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

export interface XmlOptions {
  type: keyof typeof XML_TYPES;
  /** Builds the document; `base` is the absolute address of the site (no trailing slash). */
  build: (base: string) => Promise<string>;
  /** How long the built document is reused while the content version stays (default XML_TTL_MS). */
  ttlMs?: number;
}

export async function sendXml(req: FastifyRequest, reply: FastifyReply, opts: XmlOptions): Promise<FastifyReply> {
  const base = baseUrlOf(req);
  const path = req.url.split('?')[0] ?? '/';
  const key = `${req.site.id} ${base} ${path}`;
  const now = req.server.deps.clock();
  const version = await contentVersion(req);
  const cache = cacheOf(req.server);
  let e = cache.get(key);
  if (!e || e.version !== version || now - e.at >= (opts.ttlMs ?? XML_TTL_MS) || now < e.at) {
    e = await cache.build(`${key} ${version}`, key, async () => {
      const body = Buffer.from(await opts.build(base), 'utf8');
      return { version, at: now, body, etag: `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
    });
  }
  reply.type(XML_TYPES[opts.type]).header('cache-control', XML_CACHE_CONTROL).header('etag', e.etag);
  if (matches(req.headers['if-none-match'], e.etag)) return reply.code(304).send();
  return reply.send(e.body);
}
