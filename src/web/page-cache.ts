// The page cache: rendered public pages kept in process as templates whose live parts (today's
// date, view count, rating, visitor figures, and on an article the reader's own rating) are marks
// filled on every request. A write that changes what the public sees calls `publicChange` inside
// its transaction: the site's content_version goes up with the change, this process drops the
// site's pages as soon as it commits, and every other instance when its poll (every second) sees
// the version move.
import crypto from 'node:crypto';
import type { Db } from '../db/index.js';
import { afterCommit } from '../db/index.js';
import { invalidateSites } from '../sites/service.js';

export type LiveKey = 'date' | 'total' | 'online' | 'today' | 'views' | 'score' | 'ratings' | 'mine';

/** A mark in rendered HTML. \u0001 never survives cleanText, so no stored text can forge one. */
export const mark = (k: LiveKey) => `\u0001${k}\u0001`;
const MARKS = /\u0001(date|total|online|today|views|score|ratings|mine)\u0001/;

export interface Template {
  /** Static parts, already UTF-8 encoded (encoding 20 KB of Vietnamese per request was the main
   *  cost of a cached page); between parts[i] and parts[i+1] comes the value of keys[i]. */
  parts: Buffer[];
  keys: LiveKey[];
  /** Stable across instances: a hash of the template. */
  tag: string;
  siteId: number;
  /** The editorial item the page shows (an article, a page…): its figures are filled live. */
  itemId?: number;
  /** The page has the reader's own rating ('mine'): a reader who rated this article gets a page
   *  of their own; everyone else shares the filled one. */
  personal: boolean;
  /** The last filled page, reused by the fast path for up to FILLED_MS: under load a page is
   *  then served as one ready buffer, its figures at most that old. */
  filled?: { body: Buffer; etag: string; at: number; headers: string[] };
}

export const FILLED_MS = 500;

export function compile(html: string, siteId: number, itemId?: number): Template {
  const split = html.split(MARKS);
  const parts: Buffer[] = [];
  const keys: LiveKey[] = [];
  split.forEach((s, i) => (i % 2 === 0 ? parts.push(Buffer.from(s, 'utf8')) : keys.push(s as LiveKey)));
  const tag = crypto.createHash('sha1').update(html).digest('base64url').slice(0, 16);
  return { parts, keys, tag, siteId, itemId, personal: keys.includes('mine') };
}

export function fill(t: Template, values: Record<LiveKey, string>): Buffer {
  const chunks: Buffer[] = [t.parts[0]!];
  for (let i = 0; i < t.keys.length; i++) chunks.push(Buffer.from(values[t.keys[i]!], 'utf8'), t.parts[i + 1]!);
  return Buffer.concat(chunks);
}

/** The caches of this process that watch a database (tests build several apps in one process). */
const watching = new Set<PageCache>();

export class PageCache {
  private entries = new Map<string, Template>();
  private versions = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private db: Db | undefined;
  /** How many times each site's pages were dropped: a page rendered across a drop is not kept. */
  private drops = new Map<number, number>();
  /** Pages answered by the fast path (for metrics and tests). */
  fastHits = 0;

  constructor(private readonly maxEntries = 5000) {}

  get(key: string): Template | undefined {
    return this.entries.get(key);
  }

  /** What to give `set` for a page whose rendering starts now. */
  since(siteId: number): number {
    return this.drops.get(siteId) ?? 0;
  }

  /**
   * Keeps a rendered page, unless its site's pages were dropped since its rendering began
   * (`since`): it may show what a change just committed has replaced, and no poll would drop it.
   */
  set(key: string, t: Template, since?: number): void {
    if (since !== undefined && since !== this.since(t.siteId)) return;
    if (this.entries.size >= this.maxEntries) {
      // Drop the oldest tenth (a Map iterates in insertion order).
      let n = Math.ceil(this.maxEntries / 10);
      for (const k of this.entries.keys()) {
        if (n-- <= 0) break;
        this.entries.delete(k);
      }
    }
    this.entries.set(key, t);
  }

  /** Pages of an article fill their figures afresh on the next request (after a rating). */
  refillItem(itemId: number): void {
    for (const t of this.entries.values()) if (t.itemId === itemId) t.filled = undefined;
  }

  dropSite(siteId: number): void {
    this.drops.set(siteId, this.since(siteId) + 1);
    for (const [k, t] of this.entries) if (t.siteId === siteId) this.entries.delete(k);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Compares every site's content_version with what this instance last saw; drops changed sites.
   * Versions only go up: a lower one is a read older than a change this process already applied.
   */
  async poll(db: Db): Promise<number[]> {
    const rows = await db.selectFrom('sites').select(['id', 'content_version']).execute();
    const changed: number[] = [];
    for (const r of rows) {
      const seen = this.versions.get(r.id);
      if (seen !== undefined && r.content_version <= seen) continue;
      if (seen !== undefined) changed.push(r.id);
      this.versions.set(r.id, r.content_version);
    }
    for (const id of changed) this.dropSite(id);
    if (changed.length) invalidateSites();
    return changed;
  }

  /** A change committed on this cache's database handle: drop the site's pages now, and note the version for the poll. */
  private dropCommitted(siteId: number, version: number): void {
    this.dropSite(siteId);
    if (version > (this.versions.get(siteId) ?? -Infinity)) this.versions.set(siteId, version);
  }

  watch(db: Db, intervalMs = 1000): void {
    if (this.timer) return;
    this.db = db;
    watching.add(this);
    void this.poll(db).catch(() => undefined);
    this.timer = setInterval(() => void this.poll(db).catch(() => undefined), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    watching.delete(this);
  }

  /**
   * Called after COMMIT by publicChange: every cache of this process on the same handle (several
   * apps may share one) drops the site's pages. One with a handle of its own is like another
   * instance and follows by its poll — nor would it know which database the version is of.
   */
  static committed(db: Db, siteId: number, version: number): void {
    for (const cache of watching) if (cache.db === db) cache.dropCommitted(siteId, version);
    invalidateSites();
  }
}

/** The sites each open transaction has already told about. */
const told = new WeakMap<Db, Set<number>>();

/**
 * Says, inside the transaction (opened by atomically) of a write that changes what the public
 * sees of a site, that it does: the site's content_version goes up once per transaction, however
 * many calls, and commits or rolls back with the change; after COMMIT this process drops the site's
 * pages (and the site cache) at once, and the other instances when their poll sees the version.
 */
export async function publicChange(trx: Db, siteId: number): Promise<void> {
  let sites = told.get(trx);
  if (sites?.has(siteId)) return;
  // First (it refuses a transaction not opened by atomically), then the bump that it reports.
  const bumped: { version?: number } = {};
  afterCommit(trx, (db) => {
    if (bumped.version !== undefined) PageCache.committed(db, siteId, bumped.version);
  });
  if (!sites) told.set(trx, (sites = new Set()));
  sites.add(siteId);
  const row = await trx
    .updateTable('sites')
    .set((eb) => ({ content_version: eb('content_version', '+', 1) }))
    .where('id', '=', siteId)
    .returning('content_version')
    .executeTakeFirst();
  bumped.version = row?.content_version;
}
