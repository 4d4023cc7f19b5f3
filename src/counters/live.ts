// The live figures shown on pages: read from the database at most every couple of seconds per
// article and per site (so pages stay cheap), plus what this instance has counted and not yet
// written. Dropped after each flush and rating so the figures follow within a few seconds.
import type { Db } from '../db/index.js';
import type { SiteRow } from '../db/schema.js';
import type { CounterBuffer } from './buffer.js';
import type { SiteFigures } from './figures.js';
import { readSiteFigures } from './figures.js';

export interface ArticleFigures {
  views: number;
  ratingSum: number;
  ratingCount: number;
}

interface Entry<T> {
  at: number;
  value: Promise<T>;
}

export class LiveFigures {
  private articles = new Map<number, Entry<ArticleFigures | undefined>>();
  private sites = new Map<number, Entry<SiteFigures>>();

  constructor(
    private readonly db: Db,
    private readonly buffer: CounterBuffer,
    private readonly clock: () => number,
    private readonly ttlMs = 2000,
  ) {}

  private cached<K, T>(map: Map<K, Entry<T>>, key: K, load: () => Promise<T>): Promise<T> {
    const now = performance.now();
    const e = map.get(key);
    if (e && now - e.at < this.ttlMs) return e.value;
    const value = load();
    map.set(key, { at: now, value });
    value.catch(() => map.delete(key));
    return value;
  }

  async article(id: number): Promise<ArticleFigures> {
    const stored = await this.cached(this.articles, id, () =>
      this.db
        .selectFrom('articles')
        .select(['view_count', 'rating_sum', 'rating_count'])
        .where('id', '=', id)
        .executeTakeFirst()
        .then((r) => r && { views: r.view_count, ratingSum: r.rating_sum, ratingCount: r.rating_count }),
    );
    const base = stored ?? { views: 0, ratingSum: 0, ratingCount: 0 };
    return { ...base, views: base.views + this.buffer.unflushedViews(id) };
  }

  site(site: SiteRow): Promise<SiteFigures> {
    return this.cached(this.sites, site.id, () => readSiteFigures(this.db, site.id, site.visit_base, this.clock()));
  }

  forget(articleIds: number[], siteIds: number[]): void {
    for (const id of articleIds) this.articles.delete(id);
    for (const id of siteIds) this.sites.delete(id);
  }

  clear(): void {
    this.articles.clear();
    this.sites.clear();
  }
}
