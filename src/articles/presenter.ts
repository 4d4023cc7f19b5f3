// Rows → what templates show. Dates are formatted in Asia/Ho_Chi_Minh. The live figures (views,
// rating) are not here: pages show them through marks filled at send time (cache/page.ts).
import type { ImageView } from '../media/images.js';
import { presentImage } from '../media/images.js';
import { formatDate, formatWeekdayDate, isoDate } from '../vi/index.js';
import type { ArticleCardRow, ArticleFullRow } from './queries.js';
import { tagUrl } from './queries.js';

export const articleUrl = (a: { slug: string }) => `/tin-tuc/${a.slug}`;

/** The featured image's columns of a row (articles/queries.ts IMAGE_COLUMNS). */
export interface ImageCols {
  image_key: string | null;
  image_variants: string | null;
  image_width: number | null;
  image_height: number | null;
  image_alt: string | null;
  image_avif: string | null;
}

export function featuredImage(r: ImageCols): ImageView | null {
  if (!r.image_key || !r.image_variants) return null;
  return presentImage({ storage_key: r.image_key, variants: r.image_variants, width: r.image_width, height: r.image_height, alt: r.image_alt ?? '', avif_variants: r.image_avif });
}

export interface ArticleCard {
  id: number;
  url: string;
  title: string;
  summary: string;
  date: string;
  datetime: string;
  image: ImageView | null;
}

export function presentCard(r: ArticleCardRow): ArticleCard {
  const at = r.published_at ?? '';
  return { id: r.id, url: articleUrl(r), title: r.title, summary: r.summary, date: at && formatDate(at), datetime: at && isoDate(at), image: featuredImage(r) };
}

export interface ArticleView extends ArticleCard {
  slug: string;
  weekdayDate: string;
  bodyHtml: string;
  byline: string;
  category: { name: string; url: string } | null;
  /** Last change, ISO-8601 in ICT, never before the publication (the head's metadata). */
  modified: string;
  /** "Từ khóa:", each linking to its page of articles. */
  tags: { name: string; url: string }[];
}

export function presentArticle(r: ArticleFullRow, tags: { slug: string; name: string }[] = []): ArticleView {
  const at = r.published_at ?? '';
  return {
    id: r.id,
    slug: r.slug,
    url: articleUrl(r),
    title: r.title,
    summary: r.summary,
    date: at && formatDate(at),
    datetime: at && isoDate(at),
    weekdayDate: at && formatWeekdayDate(at),
    image: featuredImage(r),
    bodyHtml: r.body_html,
    byline: r.byline,
    category: r.category_slug && r.category_name ? { name: r.category_name, url: `/chuyen-muc/${r.category_slug}` } : null,
    modified: at && isoDate(r.updated_at > at ? r.updated_at : at),
    tags: tags.map((t) => ({ name: t.name, url: tagUrl(t) })),
  };
}
