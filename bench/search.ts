// npm run bench:search [-- sqlite|postgres] — search and category pages with 100,000 articles.
//
// Makes (once, then reuses) a database whose default site holds the demo content plus 100,000
// generated published articles (bench/generate-articles.ts), indexed for search as they are
// written. Then measures, in-process:
//   - the search service (search/service.ts) over a mix of 1–3-syllable queries, typed with and
//     without accents, a third of them with a category or date filter;
//   - the suggestion for a misspelt query (search/suggest.ts), the fixed queries with a letter left out;
//   - the category page GET /chuyen-muc/… (page 1 and a deep page) through the app, with the page
//     cache emptied before every request so each one renders from the database;
// and prints p50/p95/max for each. Targets: search p95 ≤ 50 ms, category page p95 ≤ 20 ms.
//
// Environment: BENCH_ARTICLES (100000), BENCH_FRESH=1 to make the data again, BENCH_DIR (SQLite
// data folder, default $TMPDIR/loa-bench-search), BENCH_PG_URL (server, default the local one).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.js';
import { firstStart, openRuntime } from '../src/runtime.js';
import type { Runtime } from '../src/runtime.js';
import { buildApp } from '../src/app.js';
import { search } from '../src/search/service.js';
import type { SearchQuery } from '../src/search/service.js';
import { reindexArticle } from '../src/articles/search.js';
import { suggestWords } from '../src/search/suggest.js';
import { foldLower } from '../src/vi/index.js';
import { generateArticles, insertGenerated, randomSource } from './generate-articles.js';

const dialect = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
const COUNT = Number(process.env.BENCH_ARTICLES ?? 100_000);
const FRESH = process.env.BENCH_FRESH === '1';
const DIR = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'loa-bench-search');
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DB = 'loa_bench_search';
const HOST = 'localhost';

async function pgDatabase(fresh: boolean): Promise<string> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [PG_DB])).rowCount;
    if (fresh && exists) await admin.query(`drop database ${PG_DB} with (force)`);
    if (fresh || !exists) await admin.query(`create database ${PG_DB}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${PG_DB}`;
  return url.toString();
}

async function open(fresh: boolean): Promise<Runtime> {
  const dataDir = path.join(DIR, dialect);
  if (fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  const databaseUrl = dialect === 'postgres' ? await pgDatabase(fresh) : '';
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', DEMO: '1', ADMIN_PASSWORD: 'mat-khau-bench-search' });
  const started = Date.now();
  const rt = await openRuntime(config);
  const first = await firstStart(rt);
  if (first.searchRebuilt.length) console.log(`Chỉ mục tìm kiếm được lập lại khi khởi động (bố cục mới): ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return rt;
}

async function defaultSite(rt: Runtime) {
  return rt.handle.db.selectFrom('sites').selectAll().where('is_default', '=', 1).executeTakeFirstOrThrow();
}

/** Opens the benchmark database, making the articles when they are not all there. */
async function prepare(): Promise<Runtime> {
  let rt = await open(FRESH);
  const site = await defaultSite(rt);
  const { n } = await rt.handle.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('site_id', '=', site.id).executeTakeFirstOrThrow();
  if (Number(n) >= COUNT) return rt;
  if (Number(n) > 200) {
    await rt.close();
    rt = await open(true);
  }
  const db = rt.handle.db;
  const cats = await db.selectFrom('categories').select('id').where('site_id', '=', site.id).orderBy('id').execute();
  const started = Date.now();
  await insertGenerated(db, site.id, cats.map((c) => c.id), COUNT, {
    onBatch: (trx, ids) => reindexArticle(trx, ids),
    progress: (done) => process.stdout.write(`\rTạo bài viết: ${done} / ${COUNT}`),
  });
  process.stdout.write(`\n${COUNT} bài viết (đã lập chỉ mục tìm kiếm) trong ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  if (dialect === 'postgres') await sql`vacuum analyze`.execute(db);
  return rt;
}

/** 1–3 consecutive words taken from generated articles, half of them without accents. */
function sampledQueries(n: number): string[] {
  const rand = randomSource(7);
  const out: string[] = [];
  for (const a of generateArticles(n, { seed: 99 })) {
    const words = `${a.title} ${a.summary}`.split(/[\s,.;:“”"()–-]+/).filter((w) => /\p{L}/u.test(w));
    const len = 1 + Math.floor(rand() * 3);
    const at = Math.floor(rand() * Math.max(1, words.length - len));
    const q = words.slice(at, at + len).join(' ');
    out.push(rand() < 0.5 ? foldLower(q) : q.toLowerCase());
  }
  return out;
}

const FIXED = [
  'dân vận', 'dan van', 'thành phố', 'thanh pho', 'đô thị', 'do thi', 'Đông Sơn', 'DONG SON', 'kinh tế', 'hội nghị tổng kết',
  'bản', 'ban', 'tuyển quân', 'an ninh', 'quốc phòng', 'ngân sách', 'nông thôn mới', 'giáo dục', 'tam điệp', 'phòng cháy chữa cháy',
  'y tế', 'hoc sinh', 'dau gia', 'ubnd', 'xã yên sơn', 'công an', 'le hoi', 'thu ngan sach', 'bảo hiểm y tế', 'mầm non',
  'tiếp công dân', 'chuyển đổi số', 'chuyen doi so', 'đảng viên', 'dang vien', 'quy hoạch', 'môi trường', 'thi đua', 'tết', 'xây',
];

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

function line(label: string, ms: number[], target: number) {
  const r = stats(ms);
  const ok = r.p95 <= target ? 'đạt' : 'CHƯA ĐẠT';
  console.log(`${label.padEnd(34)} n=${String(r.n).padStart(4)}  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms  (mục tiêu p95 ≤ ${target} ms: ${ok})`);
  return r.p95 <= target;
}

async function main() {
  const rt = await prepare();
  const db = rt.handle.db;
  const site = await defaultSite(rt);
  const cats = await db.selectFrom('categories').selectAll().where('site_id', '=', site.id).orderBy('id').execute();
  const newest = await db.selectFrom('articles').select('published_at').where('site_id', '=', site.id).orderBy('published_at', 'desc').executeTakeFirstOrThrow();
  const now = Date.parse(newest.published_at!) + 3_600_000;

  // The search service.
  const rand = randomSource(11);
  const texts = [...FIXED, ...sampledQueries(160)];
  const queries: SearchQuery[] = texts.map((q, i) => {
    const query: SearchQuery = { q, page: 1 };
    if (i % 6 === 1) query.categoryId = cats[Math.floor(rand() * cats.length)]!.id;
    if (i % 6 === 3) Object.assign(query, { from: '2025-06-01', to: '2026-03-31' });
    if (i % 10 === 5) query.page = 3;
    return query;
  });
  for (const q of queries.slice(0, 20)) await search(db, dialect, site.id, q, now); // warm up
  const searchMs: number[] = [];
  const slow: Array<[number, string]> = [];
  let found = 0;
  for (let round = 0; round < 2; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      const r = await search(db, dialect, site.id, q, now);
      const ms = performance.now() - t0;
      searchMs.push(ms);
      if (round === 0) {
        found += r.total ? 1 : 0;
        slow.push([ms, JSON.stringify(q)]);
      }
    }
  }

  // "Có phải bạn muốn tìm…": the fixed queries misspelt (a letter of their longest word left out).
  const suggestMs: number[] = [];
  let suggested = 0;
  for (const q of FIXED) {
    const words = foldLower(q).split(' ');
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    const typo = words.map((w) => (w === longest && w.length > 3 ? w.slice(0, 2) + w.slice(3) : w)).join(' ');
    const t0 = performance.now();
    if (await suggestWords(db, dialect, site.id, typo)) suggested++;
    suggestMs.push(performance.now() - t0);
  }

  // The reference, measured in the same run: WordPress's search (LIKE '%…%' on title and body,
  // newest first), which cannot fold accents, over the same articles.
  const likeMs: number[] = [];
  for (const q of FIXED.slice(0, 20)) {
    const pattern = `%${q}%`;
    const t0 = performance.now();
    await db
      .selectFrom('articles')
      .select(['id', 'title'])
      .where('site_id', '=', site.id)
      .where('status', '=', 'published')
      .where((eb) => eb.or([eb('title', 'like', pattern), eb('summary', 'like', pattern), eb('body_html', 'like', pattern)]))
      .orderBy('published_at', 'desc')
      .limit(10)
      .execute();
    likeMs.push(performance.now() - t0);
  }

  // Category pages through the app, the page cache emptied before each request.
  const app = await buildApp({ config: rt.config, db, dialect, storage: rt.storage, clock: () => now, counting: { flushMs: 0 } });
  await app.ready();
  const top = cats.filter((c) => c.parent_id === null);
  const { n: inFirst } = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', '=', site.id)
    .where('category_id', '=', top[0]!.id)
    .executeTakeFirstOrThrow();
  const deep = Math.max(2, Math.floor(Number(inFirst) / 10 / 2));
  const pageMs: number[] = [];
  const deepMs: number[] = [];
  const get = async (url: string) => {
    app.pageCache.dropSite(site.id);
    const t0 = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { host: HOST } });
    const ms = performance.now() - t0;
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
    return ms;
  };
  for (const c of top) await get(`/chuyen-muc/${c.slug}`); // warm up
  for (let i = 0; i < 100; i++) {
    const c = top[i % top.length]!;
    pageMs.push(await get(`/chuyen-muc/${c.slug}`));
    deepMs.push(await get(`/chuyen-muc/${top[0]!.slug}?trang=${deep - (i % 20)}`));
  }
  await app.close();

  console.log(`\nLoa — tìm kiếm và chuyên mục với ${COUNT.toLocaleString('vi-VN')} bài viết trên ${dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'} (Node ${process.version})`);
  const ok = [
    line(`Tìm kiếm (${queries.length} truy vấn × 2)`, searchMs, 50),
    line(`Gợi ý từ gõ sai (${suggested}/${FIXED.length} có gợi ý)`, suggestMs, 50),
    line('Chuyên mục, trang 1', pageMs, 20),
    line(`Chuyên mục, trang ${deep - 19}–${deep}`, deepMs, 20),
  ].every(Boolean);
  const like = stats(likeMs);
  console.log(`Tham chiếu: LIKE '%…%' như WordPress (không bỏ dấu), ${like.n} truy vấn: p50 ${like.p50.toFixed(1)} ms, p95 ${like.p95.toFixed(1)} ms`);
  console.log(`Truy vấn có kết quả: ${found}/${queries.length}`);
  console.log('Chậm nhất:');
  for (const [ms, q] of slow.sort((a, b) => b[0] - a[0]).slice(0, 5)) console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${q}`);
  await rt.close();
  process.exit(ok ? 0 : 1);
}

await main();
