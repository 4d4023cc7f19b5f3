// Generates realistic Vietnamese articles for benchmarks: sentences come from a word-level bigram
// chain learned from the demo content (so syllable frequencies, accents and collocations look like
// a real portal's), with a seeded random source so every run makes the same articles.
// `insertGenerated` writes them straight into one site as published articles, in batches.
//   node --import tsx bench/generate-articles.ts [count]   (fills the configured database's default site)
import { pathToFileURL } from 'node:url';
import { titleColumns } from '../src/articles/titles.js';
import type { Db } from '../src/db/index.js';
import { DEMO_ARTICLES, DEMO_PAGES, REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import type { DemoBlock } from '../src/demo/content/index.js';
import { escapeHtml } from '../src/richtext/escape.js';
import { slugify } from '../src/vi/index.js';

/** A small, fast, seeded random source (mulberry32). */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function blockTexts(blocks: DemoBlock[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'p' || b.kind === 'h2' ? [b.text] : b.kind === 'ul' ? b.items : [b.caption]));
}

/** Every sentence of the demo content (articles and pages). */
function corpus(): string[] {
  const texts = [...[REFERENCE_ARTICLE, ...DEMO_ARTICLES].flatMap((a) => [a.title, a.summary, ...blockTexts(a.blocks)]), ...DEMO_PAGES.filter((p) => p.slug !== 'introduction').flatMap((p) => blockTexts(p.blocks))];
  return texts.flatMap((t) => t.split(/(?<=[.!?;])\s+/)).filter((s) => s.split(' ').length >= 4);
}

const START = '\u0002';
const END = '\u0003';

/** A bigram chain: for each word, the words seen after it (repeated as often as seen). */
export class WordChain {
  private next = new Map<string, string[]>();

  constructor(sentences: string[]) {
    for (const s of sentences) {
      const words = s.replace(/[.!?;]+$/, '').split(/\s+/).filter(Boolean);
      let prev = START;
      for (const w of [...words, END]) {
        let list = this.next.get(prev);
        if (!list) this.next.set(prev, (list = []));
        list.push(w);
        prev = w;
      }
    }
  }

  sentence(rand: () => number, min: number, max: number): string {
    const out: string[] = [];
    let prev = START;
    while (out.length < max) {
      const list = this.next.get(prev)!;
      let w = list[Math.floor(rand() * list.length)]!;
      if (w === END) {
        if (out.length >= min) break;
        w = this.next.get(START)![Math.floor(rand() * this.next.get(START)!.length)]!;
      }
      out.push(w);
      prev = w;
    }
    let s = out.join(' ').replace(/[,:–-]+$/, '');
    s = s.charAt(0).toUpperCase() + s.slice(1);
    return s;
  }
}

export interface GeneratedArticle {
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  /** ISO UTC */
  publishedAt: string;
}

const BYLINES = ['Minh Hằng', 'Văn Tuấn', 'Thu Trang', 'Kim Dung', 'Quang Huy', 'Ngọc Anh', 'Đức Thắng', 'Thanh Hương'];

/**
 * `count` articles, newest last, one every ~20 minutes back from `newest`. Bodies have 4–7
 * paragraphs of 2–4 sentences (about 350–650 syllables), sometimes a sub-heading.
 */
export function* generateArticles(count: number, opts: { seed?: number; newest?: number } = {}): Generator<GeneratedArticle> {
  const rand = randomSource(opts.seed ?? 20261126);
  const chain = new WordChain(corpus());
  const newest = opts.newest ?? Date.parse('2026-11-20T03:00:00Z');
  for (let i = 0; i < count; i++) {
    const title = chain.sentence(rand, 8, 18);
    const summary = chain.sentence(rand, 18, 40) + '.';
    const paragraphs: string[] = [];
    const n = 4 + Math.floor(rand() * 4);
    for (let k = 0; k < n; k++) {
      if (k > 0 && rand() < 0.2) paragraphs.push(`<h2>${escapeHtml(chain.sentence(rand, 4, 10))}</h2>`);
      const sentences = 2 + Math.floor(rand() * 3);
      const text = Array.from({ length: sentences }, () => chain.sentence(rand, 10, 30) + '.').join(' ');
      paragraphs.push(`<p>${escapeHtml(text)}</p>`);
    }
    const at = newest - (count - 1 - i) * 20 * 60_000 - Math.floor(rand() * 10 * 60_000);
    yield {
      slug: `${slugify(title, 90)}-${i + 1}`,
      title,
      summary,
      bodyHtml: paragraphs.join('\n'),
      byline: BYLINES[Math.floor(rand() * BYLINES.length)]!,
      publishedAt: new Date(at).toISOString(),
    };
  }
}

/**
 * Inserts `count` generated articles as published articles of `siteId`, spread over the given
 * categories, in transactions of `batch` rows. Calls `each` after every batch (e.g. to index it).
 */
export async function insertGenerated(
  db: Db,
  siteId: number,
  categoryIds: number[],
  count: number,
  opts: { batch?: number; onBatch?: (trx: Db, ids: number[]) => Promise<void>; progress?: (done: number) => void } = {},
): Promise<void> {
  const batch = opts.batch ?? 500;
  const rows: GeneratedArticle[] = [];
  let done = 0;
  const flush = async () => {
    await db.transaction().execute(async (trx) => {
      const ids = await trx
        .insertInto('articles')
        .values(
          rows.map((a, k) => ({
            site_id: siteId,
            category_id: categoryIds[(done + k) % categoryIds.length] ?? null,
            slug: a.slug,
            ...titleColumns(a.title),
            summary: a.summary,
            body_html: a.bodyHtml,
            byline: a.byline,
            author_id: null,
            featured_media_id: null,
            status: 'published' as const,
            published_at: a.publishedAt,
            created_at: a.publishedAt,
            updated_at: a.publishedAt,
            view_count: 0,
            rating_sum: 0,
            rating_count: 0,
          })),
        )
        .returning('id')
        .execute();
      await opts.onBatch?.(trx, ids.map((r) => r.id));
    });
    done += rows.length;
    rows.length = 0;
    opts.progress?.(done);
  };
  for (const a of generateArticles(count)) {
    rows.push(a);
    if (rows.length >= batch) await flush();
  }
  if (rows.length) await flush();
}

// Run directly: fill the default site of the configured database (DATA_DIR / DATABASE_URL).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { loadConfig } = await import('../src/config.js');
  const { openRuntime, firstStart } = await import('../src/runtime.js');
  const { reindexArticle } = await import('../src/articles/search.js');
  const count = Number(process.argv[2] ?? 100_000);
  const rt = await openRuntime(loadConfig());
  await firstStart(rt);
  const site = await rt.handle.db.selectFrom('sites').selectAll().where('is_default', '=', 1).executeTakeFirstOrThrow();
  const cats = await rt.handle.db.selectFrom('categories').select('id').where('site_id', '=', site.id).execute();
  const started = Date.now();
  await insertGenerated(rt.handle.db, site.id, cats.map((c) => c.id), count, {
    onBatch: (trx, ids) => reindexArticle(trx, ids),
    progress: (done) => process.stdout.write(`\r${done} / ${count}`),
  });
  process.stdout.write(`\n${count} bài viết trong ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  await rt.close();
}
