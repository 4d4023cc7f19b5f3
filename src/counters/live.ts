// The live figures shown on pages: read from the database at most every couple of seconds per
// article and per site (so pages stay cheap), plus what this instance has counted and not yet
// written; and a reader's own rating of an article, for the readers who rated it (own-rating.ts). Dropped after each flush and rating so the figures follow within a few seconds.
// `peek…` answers synchronously from what is fresh (for the fast path); the async forms load.
import type { Db } from '../db/index.js';
import type { SiteRow } from '../db/schema.js';
import type { CounterBuffer } from './buffer.js';
import type { SiteFigures } from './figures.js';
import { readSiteFigures } from './figures.js';
import type { OnlineStore } from './online.js';

export interface ArticleFigures {
  views: number;
  ratingSum: number;
  ratingCount: number;
}

/** Readers' own ratings kept at most (the oldest tenth goes first). */
const MAX_OWN = 10_000;

interface Slot<T> {
  at: number;
  value?: T;
  loading?: Promise<T>;
}

export class LiveFigures {
  private articles = new Map<number, Slot<ArticleFigures>>();
  private sites = new Map<number, Slot<SiteFigures>>();
  /** "articleId:reader" → that reader's score of the article, 0 for none. */
  private own = new Map<string, Slot<number>>();

  constructor(
    private readonly db: Db,
    private readonly buffer: CounterBuffer,
    private readonly clock: () => number,
    private readonly online: OnlineStore,
    private readonly ttlMs = 2000,
  ) {}

  private fresh<K, T>(map: Map<K, Slot<T>>, key: K): T | undefined {
    const s = map.get(key);
    return s?.value !== undefined && performance.now() - s.at < this.ttlMs ? s.value : undefined;
  }

  private load<K, T>(map: Map<K, Slot<T>>, key: K, read: () => Promise<T>): Promise<T> {
    const fresh = this.fresh(map, key);
    if (fresh !== undefined) return Promise.resolve(fresh);
    const slot = map.get(key) ?? { at: 0 };
    if (slot.loading) return slot.loading;
    const started = performance.now();
    slot.loading = read().then(
      (value) => {
        // Keep it only if nobody forgot this key meanwhile (a flush may have made it stale).
        if (map.get(key) === slot) map.set(key, { at: started, value });
        return value;
      },
      (err) => {
        map.delete(key);
        throw err;
      },
    );
    map.set(key, slot);
    return slot.loading;
  }

  private withUnflushed(id: number, stored: ArticleFigures): ArticleFigures {
    return { ...stored, views: stored.views + this.buffer.unflushedViews(id) };
  }

  async article(id: number): Promise<ArticleFigures> {
    const stored = await this.load(this.articles, id, async () => {
      const r = await this.db.selectFrom('articles').select(['view_count', 'rating_sum', 'rating_count']).where('id', '=', id).executeTakeFirst();
      return r ? { views: r.view_count, ratingSum: r.rating_sum, ratingCount: r.rating_count } : { views: 0, ratingSum: 0, ratingCount: 0 };
    });
    return this.withUnflushed(id, stored);
  }

  peekArticle(id: number): ArticleFigures | undefined {
    const stored = this.fresh(this.articles, id);
    return stored && this.withUnflushed(id, stored);
  }

  site(site: SiteRow): Promise<SiteFigures> {
    return this.load(this.sites, site.id, () => readSiteFigures(this.db, this.online, site.id, site.visit_base, this.clock()));
  }

  peekSite(siteId: number): SiteFigures | undefined {
    return this.fresh(this.sites, siteId);
  }

  /** A reader's own score of an article (0: none), from the database at most every ttl. */
  ownRating(articleId: number, reader: string): Promise<number> {
    if (this.own.size >= MAX_OWN) for (const k of [...this.own.keys()].slice(0, MAX_OWN / 10)) this.own.delete(k);
    return this.load(this.own, `${articleId}:${reader}`, async () => {
      const r = await this.db.selectFrom('article_ratings').select('score').where('article_id', '=', articleId).where('reader', '=', reader).executeTakeFirst();
      return r?.score ?? 0;
    });
  }

  peekOwnRating(articleId: number, reader: string): number | undefined {
    return this.fresh(this.own, `${articleId}:${reader}`);
  }

  /** What a reader just gave (this instance knows it before any read). */
  rememberOwnRating(articleId: number, reader: string, score: number): void {
    this.own.set(`${articleId}:${reader}`, { at: performance.now(), value: score });
  }

  forget(itemIds: number[], siteIds: number[]): void {
    for (const id of itemIds) this.articles.delete(id);
    for (const id of siteIds) this.sites.delete(id);
  }
}
