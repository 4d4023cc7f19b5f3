// The page cache: rendered public pages kept in process as templates whose live parts (today's
// date, view count, rating, visitor figures, and on an article the reader's own rating) are marks
// filled on every request. A page is dropped
// when its site's content_version changes — checked every second against the database, so every
// instance drops it — or at once on the instance that made the change.
import crypto from 'node:crypto';
import type { Db } from '../db/index.js';
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
  articleId?: number;
  /** The page has the reader's own rating ('mine'): a reader who rated this article gets a page
   *  of their own; everyone else shares the filled one. */
  personal: boolean;
  /** The last filled page, reused by the fast path for up to FILLED_MS: under load a page is
   *  then served as one ready buffer, its figures at most that old. */
  filled?: { body: Buffer; etag: string; at: number; headers: string[] };
}

export const FILLED_MS = 500;

export function compile(html: string, siteId: number, articleId?: number): Template {
  const split = html.split(MARKS);
  const parts: Buffer[] = [];
  const keys: LiveKey[] = [];
  split.forEach((s, i) => (i % 2 === 0 ? parts.push(Buffer.from(s, 'utf8')) : keys.push(s as LiveKey)));
  const tag = crypto.createHash('sha1').update(html).digest('base64url').slice(0, 16);
  return { parts, keys, tag, siteId, articleId, personal: keys.includes('mine') };
}

export function fill(t: Template, values: Record<LiveKey, string>): Buffer {
  const chunks: Buffer[] = [t.parts[0]!];
  for (let i = 0; i < t.keys.length; i++) chunks.push(Buffer.from(values[t.keys[i]!], 'utf8'), t.parts[i + 1]!);
  return Buffer.concat(chunks);
}

export class PageCache {
  private entries = new Map<string, Template>();
  private versions = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  /** Pages answered by the fast path (for metrics and tests). */
  fastHits = 0;

  constructor(private readonly maxEntries = 5000) {}

  get(key: string): Template | undefined {
    return this.entries.get(key);
  }

  set(key: string, t: Template): void {
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
  refillArticle(articleId: number): void {
    for (const t of this.entries.values()) if (t.articleId === articleId) t.filled = undefined;
  }

  dropSite(siteId: number): void {
    for (const [k, t] of this.entries) if (t.siteId === siteId) this.entries.delete(k);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Compares every site's content_version with what this instance last saw; drops changed sites. */
  async poll(db: Db): Promise<number[]> {
    const rows = await db.selectFrom('sites').select(['id', 'content_version']).execute();
    const changed: number[] = [];
    for (const r of rows) {
      const seen = this.versions.get(r.id);
      if (seen !== undefined && seen !== r.content_version) changed.push(r.id);
      this.versions.set(r.id, r.content_version);
    }
    for (const id of changed) this.dropSite(id);
    if (changed.length) invalidateSites();
    return changed;
  }

  watch(db: Db, intervalMs = 1000): void {
    if (this.timer) return;
    void this.poll(db).catch(() => undefined);
    this.timer = setInterval(() => void this.poll(db).catch(() => undefined), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** Call after any change to a site's public content (publish, edit, settings): every instance drops its pages. */
export async function contentChanged(db: Db, siteId: number): Promise<void> {
  await db
    .updateTable('sites')
    .set((eb) => ({ content_version: eb('content_version', '+', 1) }))
    .where('id', '=', siteId)
    .execute();
}
