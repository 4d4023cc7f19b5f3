// Consistency checks over the demo content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO_ARTICLES,
  DEMO_CATEGORIES,
  DEMO_IMAGES,
  DEMO_PAGES,
  DEMO_SECOND_SITE,
  DEMO_SECOND_SITE_ARTICLES,
  DEMO_SITE,
  REFERENCE_ARTICLE,
} from './index.js';
import type { DemoArticle, DemoBlock } from './types.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ALL_ARTICLES: DemoArticle[] = [REFERENCE_ARTICLE, ...DEMO_ARTICLES, ...DEMO_SECOND_SITE_ARTICLES];
const DATED_ARTICLES: DemoArticle[] = [...DEMO_ARTICLES, ...DEMO_SECOND_SITE_ARTICLES];
const WINDOW_END = Date.parse('2026-11-20T00:00:00.000+07:00');
const WINDOW_START = Date.parse('2025-11-20T00:00:00.000+07:00');
const ICT_OFFSET_MS = 7 * 3600 * 1000;

const paragraphs = (blocks: DemoBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'p' ? [b.text] : []));

const imageKeysOf = (blocks: DemoBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'figure' ? [b.image] : []));

/** Every string inside a value, with a path for error messages. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

const allContent = {
  DEMO_SITE,
  DEMO_SECOND_SITE,
  DEMO_SECOND_SITE_ARTICLES,
  DEMO_CATEGORIES,
  REFERENCE_ARTICLE,
  DEMO_ARTICLES,
  DEMO_PAGES,
  DEMO_IMAGES,
};

const fullText = (a: DemoArticle): string =>
  [
    a.title,
    a.summary,
    ...a.blocks.flatMap((b) =>
      b.kind === 'ul' ? b.items : b.kind === 'figure' ? [b.caption, b.alt] : [b.text],
    ),
  ].join('\n');

const hasWord = (text: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu').test(text);

test('at least 64 articles besides the reference article', () => {
  assert.ok(DEMO_ARTICLES.length >= 64, `${DEMO_ARTICLES.length} articles`);
  assert.ok(!DEMO_ARTICLES.includes(REFERENCE_ARTICLE));
});

test('at least 6 main categories, each with at least 8 articles of its own', () => {
  const main = DEMO_CATEGORIES.filter((c) => !c.parentSlug);
  assert.ok(main.length >= 6, `${main.length} main categories`);
  for (const c of main) {
    const n = DEMO_ARTICLES.filter((a) => a.category === c.slug).length;
    assert.ok(n >= 8, `${c.slug} has ${n} articles`);
  }
  for (const c of DEMO_CATEGORIES) {
    assert.ok(
      DEMO_ARTICLES.some((a) => a.category === c.slug),
      `category ${c.slug} has no article`,
    );
  }
});

test('categories: unique slugs, existing parents, a one-sentence description', () => {
  const slugs = DEMO_CATEGORIES.map((c) => c.slug);
  assert.equal(new Set(slugs).size, slugs.length);
  for (const c of DEMO_CATEGORIES) {
    assert.match(c.slug, SLUG);
    if (c.parentSlug) assert.ok(slugs.includes(c.parentSlug), `parent of ${c.slug}`);
    assert.match(c.description, /^[^.]+\.$/u, `description of ${c.slug}`);
  }
  const names = Object.fromEntries(DEMO_CATEGORIES.map((c) => [c.slug, c.name]));
  assert.equal(names['van-hoa-xa-hoi'], 'Văn hóa – Xã hội');
  assert.equal(names['quoc-phong-an-ninh'], 'Quốc phòng – An ninh');
});

test('slugs are unique and well formed', () => {
  const main = [REFERENCE_ARTICLE, ...DEMO_ARTICLES].map((a) => a.slug);
  assert.equal(new Set(main).size, main.length, 'article slugs of the main site');
  const second = DEMO_SECOND_SITE_ARTICLES.map((a) => a.slug);
  assert.equal(new Set(second).size, second.length, 'article slugs of the second site');
  const pages = DEMO_PAGES.map((p) => p.slug);
  assert.equal(new Set(pages).size, pages.length, 'page slugs');
  for (const s of [...main, ...second, ...pages]) assert.match(s, SLUG);
  for (const a of DATED_ARTICLES) assert.ok(a.slug.length <= 80, `slug too long: ${a.slug}`);
});

test('titles are unique', () => {
  const titles = ALL_ARTICLES.map((a) => a.title);
  assert.equal(new Set(titles).size, titles.length);
});

test('every article category exists', () => {
  const slugs = new Set(DEMO_CATEGORIES.map((c) => c.slug));
  for (const a of ALL_ARTICLES) assert.ok(slugs.has(a.category), `${a.slug}: ${a.category}`);
});

test('images: unique keys, every key used exists, every image is used', () => {
  const keys = DEMO_IMAGES.map((i) => i.key);
  assert.equal(new Set(keys).size, keys.length);
  for (const img of DEMO_IMAGES) {
    assert.match(img.key, SLUG);
    assert.match(img.color, /^#[0-9A-Fa-f]{6}$/);
    assert.ok(img.label.length > 0 && img.label.length <= 40, `label of ${img.key}`);
  }
  const used = new Set<string>();
  for (const a of ALL_ARTICLES) {
    if (a.featuredImage) used.add(a.featuredImage);
    for (const k of imageKeysOf(a.blocks)) used.add(k);
  }
  for (const pg of DEMO_PAGES) for (const k of imageKeysOf(pg.blocks)) used.add(k);
  for (const k of used) assert.ok(keys.includes(k), `unknown image ${k}`);
  for (const k of keys) assert.ok(used.has(k), `image ${k} is never used`);
});

test('every string is NFC', () => {
  let n = 0;
  for (const [path, s] of strings(allContent, 'content')) {
    assert.equal(s, s.normalize('NFC'), `${path} is not NFC`);
    n++;
  }
  assert.ok(n > 1000);
});

test('no stray whitespace or empty text', () => {
  for (const [path, s] of strings(allContent, 'content')) {
    assert.equal(s, s.trim(), `${path} has leading/trailing whitespace`);
    assert.ok(s.length > 0, `${path} is empty`);
    assert.ok(!/\s{2}|[\u00a0\t\r\n]/.test(s), `${path} has odd whitespace`);
  }
});

test('dates: within the 12 months before 2026-11-20, between 07:00 and 17:30 ICT', () => {
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/;
  assert.match(REFERENCE_ARTICLE.publishedAt, iso);
  for (const a of DATED_ARTICLES) {
    assert.match(a.publishedAt, iso, a.slug);
    const t = Date.parse(a.publishedAt);
    assert.ok(t >= WINDOW_START && t < WINDOW_END, `${a.slug}: ${a.publishedAt}`);
    const ict = new Date(t + ICT_OFFSET_MS);
    const minutes = ict.getUTCHours() * 60 + ict.getUTCMinutes();
    assert.ok(minutes >= 7 * 60 && minutes <= 17 * 60 + 30, `${a.slug}: ${a.publishedAt} is off hours`);
  }
  const months = new Set(DEMO_ARTICLES.map((a) => a.publishedAt.slice(0, 7)));
  assert.ok(months.size >= 12, `articles spread over ${months.size} months`);
});

test('articles: 3–6 paragraphs, a summary, a byline, plausible views', () => {
  for (const a of DEMO_ARTICLES) {
    const n = paragraphs(a.blocks).length;
    assert.ok(n >= 3 && n <= 6, `${a.slug} has ${n} paragraphs`);
  }
  for (const a of DATED_ARTICLES) {
    assert.ok(a.summary.length >= 40, `summary of ${a.slug}`);
    assert.ok(a.byline.length > 0);
    assert.ok(Number.isInteger(a.views) && a.views >= 20 && a.views <= 3000, `views of ${a.slug}`);
    if (a.category === 'thong-bao') assert.equal(a.byline, 'Văn phòng HĐND-UBND', a.slug);
    for (const b of a.blocks) {
      if (b.kind === 'ul') assert.ok(b.items.length >= 2, `list in ${a.slug}`);
    }
  }
  const bylines = new Set(DEMO_ARTICLES.map((a) => a.byline));
  assert.ok(bylines.size >= 5, `${bylines.size} bylines`);
  assert.ok(DEMO_ARTICLES.some((a) => a.blocks.some((b) => b.kind === 'figure')));
  assert.ok(DEMO_ARTICLES.some((a) => a.blocks.some((b) => b.kind === 'h2')));
  assert.ok(DEMO_ARTICLES.some((a) => a.blocks.some((b) => b.kind === 'ul')));
});

test('no two articles share the same first paragraph', () => {
  const firsts = ALL_ARTICLES.map((a) => paragraphs(a.blocks)[0]);
  for (const f of firsts) assert.ok(f, 'every article has a paragraph');
  assert.equal(new Set(firsts).size, firsts.length);
});

test('words the search tests rely on are present', () => {
  const texts = DEMO_ARTICLES.map(fullText);
  for (const word of ['dân vận', 'đô thị', 'Đông Sơn', 'bản', 'bàn']) {
    const n = texts.filter((t) => hasWord(t, word)).length;
    assert.ok(n >= 2, `"${word}" appears in ${n} articles`);
  }
});

test('pages: the introduction section, its children and an English page', () => {
  const bySlug = new Map(DEMO_PAGES.map((pg) => [pg.slug, pg]));
  for (const slug of [
    'gioi-thieu',
    'chuc-nang-nhiem-vu',
    'co-cau-to-chuc',
    'lanh-dao-thanh-pho',
    'lich-su-hinh-thanh',
    'lien-he',
    'introduction',
  ]) {
    assert.ok(bySlug.has(slug), `page ${slug}`);
  }
  for (const pg of DEMO_PAGES) {
    if (pg.parentSlug) assert.ok(bySlug.has(pg.parentSlug), `parent of ${pg.slug}`);
    assert.ok(pg.blocks.length > 0);
  }
  const contact = fullText({ ...REFERENCE_ARTICLE, blocks: bySlug.get('lien-he')?.blocks ?? [] });
  assert.ok(contact.includes(DEMO_SITE.phone));
  assert.ok(contact.includes(DEMO_SITE.email));
});

test('sites: settings as specified, distinct hosts, readable primary colours', () => {
  assert.equal(DEMO_SITE.name, 'Trang Thông tin điện tử Thành phố Tam Điệp');
  assert.equal(DEMO_SITE.visitBase, 665614);
  assert.deepEqual(DEMO_SITE.hosts, ['localhost', '127.0.0.1']);
  assert.deepEqual(DEMO_SECOND_SITE.hosts, ['bacson.localhost']);
  assert.equal(DEMO_SECOND_SITE.visitBase, 12000);
  assert.equal(DEMO_SECOND_SITE_ARTICLES.length, 4);
  assert.notEqual(DEMO_SITE.primaryColor, DEMO_SECOND_SITE.primaryColor);
  for (const site of [DEMO_SITE, DEMO_SECOND_SITE]) {
    assert.match(site.phone, /^0229 \d{4} \d{3}$/);
    assert.match(site.email, /^[a-z0-9.]+@ninhbinh\.gov\.vn$/);
    assert.ok(contrastWithWhite(site.primaryColor) >= 7, `${site.primaryColor} vs white`);
  }
});

function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (l + 0.05);
}
