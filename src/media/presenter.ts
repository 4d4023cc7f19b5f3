// Media rows → what the library shows and what the editor's JSON API returns (MediaItem), and the
// HTML an item is inserted into an article with (allowed as is by richtext/sanitize.ts).
import type { MediaRow } from '../db/schema.js';
import { escapeHtml } from '../richtext/escape.js';
import { msg } from '../messages/index.js';
import { formatDateTime, formatNumber } from '../vi/index.js';
import { BODY_IMAGE_SIZES, presentImage, webpKey } from './images.js';

export interface MediaItem {
  id: number;
  kind: 'image' | 'file';
  /** The image's default src (≤ 960 px wide) or the file's address. */
  url: string;
  /** WebP widths ('' for a file). */
  srcset: string;
  /** AVIF widths, when AVIF was stored ('' otherwise). */
  avifSrcset: string;
  /** The smallest variant, for lists. */
  thumb: string;
  /** Shown size of `url` (null for a file). */
  width: number | null;
  height: number | null;
  /** The original's upright size (null for a file). */
  fullWidth: number | null;
  fullHeight: number | null;
  alt: string;
  caption: string;
  mime: string;
  name: string;
  bytes: number;
  createdAt: string;
}

export const fileUrl = (m: Pick<MediaRow, 'storage_key'>) => `/media/${m.storage_key}.pdf`;

export function presentMedia(m: MediaRow): MediaItem {
  const common = { id: m.id, kind: m.kind, alt: m.alt, caption: m.caption, mime: m.mime, name: m.original_name, bytes: m.bytes, createdAt: m.created_at };
  if (m.kind !== 'image') return { ...common, url: fileUrl(m), srcset: '', avifSrcset: '', thumb: '', width: null, height: null, fullWidth: null, fullHeight: null };
  const v = presentImage(m);
  const smallest = Number(m.variants.split(',')[0]);
  return { ...common, url: v.src, srcset: v.srcset, avifSrcset: v.avifSrcset ?? '', thumb: `/media/${webpKey(m.storage_key, smallest)}`, width: v.width, height: v.height, fullWidth: m.width, fullHeight: m.height };
}

/** "850 KB", "1,2 MB". */
export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(n / 1024)))} KB`;
  return `${formatNumber(Math.round((n / (1024 * 1024)) * 10) / 10)} MB`;
}

export const formatUploaded = (item: Pick<MediaItem, 'createdAt'>) => formatDateTime(item.createdAt);

/** The HTML to paste into an article body: a figure for an image, a link for a file. */
export function insertMarkup(item: MediaItem): string {
  if (item.kind === 'image') {
    const img = `<img src="${item.url}" srcset="${item.srcset}" sizes="${BODY_IMAGE_SIZES}" alt="${escapeHtml(item.alt)}" width="${item.width}" height="${item.height}" loading="lazy">`;
    return item.caption ? `<figure>${img}<figcaption>${escapeHtml(item.caption)}</figcaption></figure>` : `<figure>${img}</figure>`;
  }
  const label = item.alt || item.caption || item.name || msg.media.pdfFallback;
  return `<a href="${item.url}">${escapeHtml(label)} (PDF, ${formatBytes(item.bytes)})</a>`;
}
