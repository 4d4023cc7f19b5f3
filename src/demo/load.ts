// Demo content, loaded on first start into an empty database only: the Tam Điệp city portal with
// the reference article, 60+ other articles, the Giới thiệu pages and a small second (ward) site.
import { titleColumns } from '../articles/titles.js';
import type { Db } from '../db/index.js';
import { atomically, nowIso } from '../db/index.js';
import type { MediaStorage } from '../media/storage.js';
import { loadSharp, presentImage, storeImage } from '../media/images.js';
import type { MediaRow } from '../db/schema.js';
import { createSite } from '../sites/service.js';
import { replaceMenu } from '../sites/menu.js';
import type { NewMenuItem } from '../sites/menu.js';
import { sanitizeBody } from '../richtext/sanitize.js';
import { escapeHtml } from '../richtext/escape.js';
import { reindexSite } from '../search/index.js';
import type { SearchSource } from '../registry/sources.js';
import type { DemoArticle, DemoBlock, DemoImage, DemoPage, DemoSite } from './content/index.js';
import { DEMO_ARTICLES, DEMO_CATEGORIES, DEMO_IMAGES, DEMO_PAGES, DEMO_SECOND_SITE, DEMO_SECOND_SITE_ARTICLES, DEMO_SITE, REFERENCE_ARTICLE } from './content/index.js';

/** A placeholder photo made locally: a calm gradient with the label drawn on it. */
async function placeholder(img: DemoImage): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${img.color}"/><stop offset="1" stop-color="#2b2b2b"/></linearGradient></defs>
  <rect width="1200" height="800" fill="url(#g)"/>
  <circle cx="980" cy="180" r="110" fill="#ffffff" fill-opacity="0.12"/>
  <path d="M0 640 L260 470 L470 600 L720 420 L1200 700 L1200 800 L0 800 Z" fill="#ffffff" fill-opacity="0.10"/>
  <text x="60" y="740" font-family="DejaVu Sans, Noto Sans, sans-serif" font-size="44" fill="#ffffff">${escapeHtml(img.label)}</text>
</svg>`;
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

function blocksToHtml(blocks: DemoBlock[], images: Map<string, MediaRow>): string {
  const out = blocks.map((b) => {
    switch (b.kind) {
      case 'p':
        return `<p>${escapeHtml(b.text)}</p>`;
      case 'h2':
        return `<h2>${escapeHtml(b.text)}</h2>`;
      case 'ul':
        return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
      case 'figure': {
        const m = images.get(b.image);
        if (!m) throw new Error(`demo image ${b.image} is missing`);
        const v = presentImage({ ...m, alt: b.alt });
        return `<figure><img src="${v.src}" srcset="${v.srcset}" sizes="(max-width: 60rem) 100vw, 46rem" alt="${escapeHtml(b.alt)}" width="${v.width}" height="${v.height}" loading="lazy"><figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
      }
    }
  });
  return sanitizeBody(out.join('\n'));
}

async function loadSite(db: Db, storage: MediaStorage, site: DemoSite, articles: DemoArticle[], pages: DemoPage[], isDefault: boolean) {
  const row = await createSite(db, {
    name: site.name,
    shortName: site.shortName,
    hosts: site.hosts,
    welcome: site.welcome,
    agency: site.agency,
    responsible: site.responsible,
    address: site.address,
    phone: site.phone,
    email: site.email,
    primaryColor: site.primaryColor,
    visitBase: site.visitBase,
    isDefault,
  });
  const now = nowIso();

  const used = new Set(articles.flatMap((a) => [a.featuredImage, ...a.blocks.map((b) => (b.kind === 'figure' ? b.image : undefined))]).filter((k): k is string => !!k));
  const images = new Map<string, MediaRow>();
  for (const img of DEMO_IMAGES.filter((i) => used.has(i.key))) {
    images.set(img.key, await storeImage(db, storage, { siteId: row.id, data: await placeholder(img), alt: img.label, originalName: `${img.key}.jpg` }));
  }

  const categoryIds = new Map<string, number>();
  for (const [position, c] of DEMO_CATEGORIES.entries()) {
    const inserted = await db
      .insertInto('categories')
      .values({ site_id: row.id, parent_id: c.parentSlug ? (categoryIds.get(c.parentSlug) ?? null) : null, slug: c.slug, name: c.name, description: c.description, position, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    categoryIds.set(c.slug, inserted.id);
  }

  for (const a of articles) {
    await db
      .insertInto('articles')
      .values({
        site_id: row.id,
        category_id: categoryIds.get(a.category) ?? null,
        slug: a.slug,
        ...titleColumns(a.title),
        summary: a.summary,
        body_html: blocksToHtml(a.blocks, images),
        byline: a.byline,
        author_id: null,
        featured_media_id: a.featuredImage ? (images.get(a.featuredImage)?.id ?? null) : null,
        status: 'published',
        published_at: a.publishedAt,
        created_at: a.publishedAt,
        updated_at: a.publishedAt,
        view_count: a.views,
        rating_sum: 0,
        rating_count: 0,
      })
      .execute();
  }

  const pageIds = new Map<string, number>();
  for (const [position, p] of pages.entries()) {
    const inserted = await db
      .insertInto('pages')
      .values({
        site_id: row.id,
        parent_id: p.parentSlug ? (pageIds.get(p.parentSlug) ?? null) : null,
        slug: p.slug,
        title: p.title,
        body_html: blocksToHtml(p.blocks, images),
        position,
        lang: p.slug === 'introduction' ? 'en' : 'vi',
        published: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    pageIds.set(p.slug, inserted.id);
  }

  const menu: NewMenuItem[] = [{ label: 'Trang chủ', url: '/' }];
  const intro = pages.find((p) => p.slug === 'gioi-thieu');
  if (intro) {
    menu.push({
      label: 'Giới thiệu',
      url: '/trang/gioi-thieu',
      children: pages.filter((p) => p.parentSlug === 'gioi-thieu').map((p) => ({ label: p.title, url: `/trang/${p.slug}` })),
    });
  }
  for (const c of DEMO_CATEGORIES.filter((c) => !c.parentSlug)) {
    menu.push({
      label: c.name,
      url: `/chuyen-muc/${c.slug}`,
      children: DEMO_CATEGORIES.filter((k) => k.parentSlug === c.slug).map((k) => ({ label: k.name, url: `/chuyen-muc/${k.slug}` })),
    });
  }
  if (pages.some((p) => p.slug === 'lien-he')) menu.push({ label: 'Liên hệ', url: '/trang/lien-he' });
  await replaceMenu(db, row.id, menu);
  return row;
}

/** A Liên hệ page made from a site's contacts. */
function contactPage(site: DemoSite): DemoPage {
  return {
    slug: 'lien-he',
    title: 'Liên hệ',
    blocks: [
      { kind: 'p', text: site.agency },
      { kind: 'ul', items: [`Địa chỉ: ${site.address}`, `Điện thoại: ${site.phone}`, `Thư điện tử: ${site.email}`, `Chịu trách nhiệm chính: ${site.responsible}`] },
    ],
  };
}

/** Loads the demo sites when the database has no site at all, and indexes them for search (the
 *  kinds of `sources`, every registered kind when not given). Returns whether it did. */
export async function loadDemoIfEmpty(db: Db, storage: MediaStorage, sources?: readonly SearchSource[]): Promise<boolean> {
  const any = await db.selectFrom('sites').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await atomically(db, async (trx) => {
    const sites = [
      await loadSite(trx, storage, DEMO_SITE, [REFERENCE_ARTICLE, ...DEMO_ARTICLES], DEMO_PAGES, true),
      await loadSite(trx, storage, DEMO_SECOND_SITE, DEMO_SECOND_SITE_ARTICLES, [contactPage(DEMO_SECOND_SITE)], false),
    ];
    for (const site of sites) await reindexSite(trx, site.id, { sources });
  });
  return true;
}
