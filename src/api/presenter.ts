// Rows → the API's JSON. Every URL is absolute (the site's base URL), every date ISO-8601 with the
// +07:00 offset, bodies are the stored sanitised HTML with their links and media made absolute.
// The shapes here are those of openapi.ts's components.schemas (the API test checks one against the other).
import type { CategoryRow, SiteRow } from '../db/schema.js';
import { articleUrl, featuredImage } from '../articles/presenter.js';
import type { ImageCols } from '../articles/presenter.js';
import { categoryUrl } from '../categories/queries.js';
import { isoDate } from '../vi/index.js';
import type { ArticleFullRow } from '../articles/queries.js';
import type { ListRow } from './queries.js';
import type { SearchHit } from '../search/service.js';

export interface ApiImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  srcset: string;
  avifSrcset?: string;
}

export interface ApiCategoryRef {
  id: number;
  slug: string;
  name: string;
  url: string;
}

export interface ApiArticleSummary {
  id: number;
  slug: string;
  url: string;
  title: string;
  summary: string;
  publishedAt: string;
  updatedAt: string;
  category: ApiCategoryRef | null;
  image: ApiImage | null;
}

export interface ApiArticle extends ApiArticleSummary {
  bodyHtml: string;
  byline: string;
  tags: { slug: string; name: string }[];
  views: number;
  rating: { count: number; average: number | null };
}

export interface ApiCategory {
  id: number;
  slug: string;
  name: string;
  description: string;
  parentId: number | null;
  position: number;
  url: string;
  articleCount: number;
}

export interface ApiSite {
  id: number;
  name: string;
  shortName: string;
  welcome: string;
  agency: string;
  responsible: string;
  contacts: { address: string; phone: string; email: string };
  language: string;
  url: string;
}

/** A site-relative address ("/media/…") made absolute; anything else (https://…, #x, mailto:) is kept. */
export function absolute(base: string, url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? base + url : url;
}

const srcsetAbsolute = (base: string, srcset: string) =>
  srcset
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => absolute(base, c))
    .join(', ');

/** The stored (sanitised) body with href, src and srcset made absolute. Attributes are only looked
 *  for inside tags: sanitize-html writes them double-quoted with `"` `<` `>` escaped, so text can never match. */
export function absoluteBody(base: string, html: string): string {
  return html.replace(/<[a-z][a-z0-9]*\s[^>]*>/g, (tag) =>
    tag.replace(/\s(href|src|srcset)="([^"]*)"/g, (_m, name: string, value: string) => ` ${name}="${name === 'srcset' ? srcsetAbsolute(base, value) : absolute(base, value)}"`),
  );
}

function image(base: string, r: ImageCols): ApiImage | null {
  const v = featuredImage(r);
  if (!v) return null;
  const out: ApiImage = { url: absolute(base, v.src), width: v.width, height: v.height, alt: v.alt, srcset: srcsetAbsolute(base, v.srcset) };
  if (v.avifSrcset) out.avifSrcset = srcsetAbsolute(base, v.avifSrcset);
  return out;
}

function categoryRef(base: string, id: number | null, slug: string | null, name: string | null): ApiCategoryRef | null {
  return id !== null && slug && name ? { id, slug, name, url: base + categoryUrl({ slug }) } : null;
}

export function presentSummary(base: string, r: ListRow): ApiArticleSummary {
  return {
    id: r.id,
    slug: r.slug,
    url: base + articleUrl(r),
    title: r.title,
    summary: r.summary,
    publishedAt: isoDate(r.published_at ?? r.updated_at),
    updatedAt: isoDate(r.updated_at),
    category: categoryRef(base, r.category_id, r.category_slug, r.category_name),
    image: image(base, r),
  };
}

export function presentArticle(base: string, r: ArticleFullRow, tags: { slug: string; name: string }[]): ApiArticle {
  return {
    ...presentSummary(base, r),
    bodyHtml: absoluteBody(base, r.body_html),
    byline: r.byline,
    tags: tags.map((t) => ({ slug: t.slug, name: t.name })),
    views: r.view_count,
    rating: { count: r.rating_count, average: r.rating_count ? Math.round((r.rating_sum / r.rating_count) * 100) / 100 : null },
  };
}

export function presentCategory(base: string, c: CategoryRow, count: number): ApiCategory {
  return { id: c.id, slug: c.slug, name: c.name, description: c.description, parentId: c.parent_id, position: c.position, url: base + categoryUrl(c), articleCount: count };
}

export function presentSite(base: string, s: SiteRow): ApiSite {
  return {
    id: s.id,
    name: s.name,
    shortName: s.short_name,
    welcome: s.welcome,
    agency: s.agency,
    responsible: s.responsible,
    contacts: { address: s.address, phone: s.phone, email: s.email },
    language: s.lang,
    url: base + '/',
  };
}

/** A search hit as the search page has it, with absolute addresses and an ICT date. */
export type ApiSearchHit = SearchHit;

export function presentHit(base: string, h: SearchHit): ApiSearchHit {
  return {
    ...h,
    url: absolute(base, h.url),
    publishedAt: h.publishedAt ? isoDate(h.publishedAt) : null,
    category: h.category ? { name: h.category.name, url: absolute(base, h.category.url) } : null,
  };
}
