// Images: decoded once with sharp (turned upright by their EXIF orientation, then every piece of
// metadata — EXIF with GPS location, XMP, IPTC, ICC — dropped), stored as WebP at several widths
// (never wider than the original), plus AVIF at the same widths where it pays; presented with
// src/srcset. Animated GIFs become animated WebP.
import crypto from 'node:crypto';
import type Sharp from 'sharp';
import type { Db } from '../db/index.js';
import { nowIso } from '../db/index.js';
import type { MediaRow, MediaTable } from '../db/schema.js';
import type { Insertable } from 'kysely';
import type { MediaStorage } from './storage.js';
import { cleanLine, foldLower } from '../vi/index.js';

export const IMAGE_WIDTHS = [480, 960, 1600] as const;
/** Decompression bombs stop here: a 10 MB file may still claim billions of pixels. */
export const MAX_IMAGE_PIXELS = 100_000_000;
/** AVIF is kept only when all its widths together weigh at most this share of the WebP ones. */
export const AVIF_PAYS = 0.9;
/** `sizes` for an image in an article body (the text column is 46rem wide). */
export const BODY_IMAGE_SIZES = '(max-width: 60rem) 100vw, 46rem';

let loaded: typeof Sharp | undefined;
/** sharp (libvips) is loaded on first use only: a server that is not resizing images stays small. */
export async function loadSharp(): Promise<typeof Sharp> {
  if (!loaded) {
    loaded = (await import('sharp')).default;
    loaded.cache(false);
  }
  return loaded;
}

/** The widths made for an image `width` pixels wide: the standard ones below it, and itself up to 1600. */
export function variantWidths(width: number): number[] {
  const max = Math.max(...IMAGE_WIDTHS);
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < width);
  if (width <= max) widths.push(width);
  return [...new Set(widths)].filter((w) => w > 0).sort((a, b) => a - b);
}

export interface Variant {
  width: number;
  data: Buffer;
}

export interface ProcessedImage {
  /** Upright size of the original (one frame for an animation). */
  width: number;
  height: number;
  animated: boolean;
  webp: Variant[];
  /** Empty when AVIF does not pay (or for animations). */
  avif: Variant[];
}

const total = (vs: Variant[]) => vs.reduce((n, v) => n + v.data.length, 0);

/**
 * Makes the variants of an image. Throws sharp's error for anything it cannot decode completely
 * (corrupt, truncated, over MAX_IMAGE_PIXELS): nothing is stored before this succeeds.
 */
export async function processImage(data: Buffer, opts: { avif?: boolean } = {}): Promise<ProcessedImage> {
  const sharp = await loadSharp();
  const input = { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS } as const;
  const meta = await sharp(data, input).metadata();
  if ((meta.pages ?? 1) > 1) {
    // An animation: every frame resized, kept moving as WebP. Only GIF, WebP and PNG (APNG is read as one frame) get here.
    const width = meta.width ?? 0;
    const height = meta.pageHeight ?? meta.height ?? 0;
    const webp: Variant[] = [];
    for (const w of variantWidths(width)) {
      webp.push({ width: w, data: await sharp(data, { ...input, animated: true }).resize({ width: w, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer() });
    }
    return { width, height, animated: true, webp, avif: [] };
  }
  // Decoded once, upright, in sRGB, at the largest width needed; every variant is made from this.
  const widths = variantWidths(meta.autoOrient?.width ?? meta.width ?? 0);
  if (widths.length === 0) throw new Error('image without width');
  const master = await sharp(data, input)
    .rotate()
    .resize({ width: widths[widths.length - 1], withoutEnlargement: true })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: master.info.width, height: master.info.height, channels: master.info.channels } };
  const from = (w: number) => sharp(master.data, raw).resize({ width: w });
  const webp: Variant[] = [];
  for (const w of widths) webp.push({ width: w, data: await from(w).webp({ quality: 78 }).toBuffer() });
  let avif: Variant[] = [];
  if (opts.avif) {
    for (const w of widths) avif.push({ width: w, data: await from(w).avif({ quality: 55, effort: 2 }).toBuffer() });
    if (total(avif) > total(webp) * AVIF_PAYS) avif = [];
  }
  return { width: meta.autoOrient?.width ?? meta.width ?? 0, height: meta.autoOrient?.height ?? meta.height ?? 0, animated: false, webp, avif };
}

/** A new storage key: site, day (UTC) and 16 random hex digits, so an address never changes meaning. */
export function newStorageKey(siteId: number, at: string): string {
  return `${siteId}/${at.slice(0, 10).replace(/-/g, '/')}/${crypto.randomBytes(8).toString('hex')}`;
}

export const webpKey = (key: string, w: number) => `${key}-${w}.webp`;
export const avifKey = (key: string, w: number) => `${key}-${w}.avif`;

export interface SavedImage {
  storage_key: string;
  variants: string;
  avif_variants: string;
  bytes: number;
}

/** Writes the variants under a new key. */
export async function saveImageFiles(storage: MediaStorage, siteId: number, img: ProcessedImage, at: string): Promise<SavedImage> {
  const key = newStorageKey(siteId, at);
  for (const v of img.webp) await storage.put(webpKey(key, v.width), v.data);
  for (const v of img.avif) await storage.put(avifKey(key, v.width), v.data);
  return {
    storage_key: key,
    variants: img.webp.map((v) => v.width).join(','),
    avif_variants: img.avif.map((v) => v.width).join(','),
    bytes: total(img.webp) + total(img.avif),
  };
}

export interface MediaText {
  alt: string;
  caption: string;
  originalName: string;
}

/** The text columns of a media row: one line each, NFC, and the folded search key. */
export function mediaText(t: Partial<MediaText>): Pick<Insertable<MediaTable>, 'alt' | 'caption' | 'original_name' | 'search_text'> {
  const alt = cleanLine(t.alt ?? '');
  const caption = cleanLine(t.caption ?? '');
  const name = cleanLine(t.originalName ?? '');
  return { alt, caption, original_name: name, search_text: foldLower([name, alt, caption].filter(Boolean).join(' ')) };
}

export const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');

export interface StoreImageInput {
  siteId: number;
  data: Buffer;
  alt: string;
  caption?: string;
  originalName?: string;
  createdBy?: number | null;
  /** Also try AVIF (slower: the demo loader does without). */
  avif?: boolean;
}

/** Processes, stores and records an image in one go (the demo loader). Uploads go through service.ts. */
export async function storeImage(db: Db, storage: MediaStorage, input: StoreImageInput): Promise<MediaRow> {
  const at = nowIso();
  const img = await processImage(input.data, { avif: input.avif });
  const saved = await saveImageFiles(storage, input.siteId, img, at);
  return db
    .insertInto('media')
    .values({
      site_id: input.siteId,
      kind: 'image',
      mime: 'image/webp',
      width: img.width,
      height: img.height,
      ...saved,
      sha256: sha256(input.data),
      ...mediaText({ alt: input.alt, caption: input.caption, originalName: input.originalName }),
      created_by: input.createdBy ?? null,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ImageView {
  src: string;
  srcset: string;
  /** The AVIF srcset for a <picture> source, when AVIF was stored. */
  avifSrcset?: string;
  width: number;
  height: number;
  alt: string;
}

type ImageCols = Pick<MediaRow, 'storage_key' | 'variants' | 'width' | 'height' | 'alt'> & { avif_variants?: string | null };

const widthsOf = (list: string | null | undefined) => (list ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);

/** The <img> attributes for a stored image; `sizes` is up to the caller. */
export function presentImage(m: ImageCols): ImageView {
  const widths = widthsOf(m.variants);
  const avif = widthsOf(m.avif_variants);
  const url = (w: number) => `/media/${webpKey(m.storage_key, w)}`;
  const middle = widths.find((w) => w >= 960) ?? widths[widths.length - 1] ?? 0;
  const w = m.width ?? middle;
  const h = m.height ?? Math.round(middle * 0.66);
  const shown = Math.min(w, middle);
  return {
    src: url(middle),
    srcset: widths.map((x) => `${url(x)} ${x}w`).join(', '),
    ...(avif.length ? { avifSrcset: avif.map((x) => `/media/${avifKey(m.storage_key, x)} ${x}w`).join(', ') } : {}),
    width: shown,
    height: Math.round((h * shown) / Math.max(w, 1)),
    alt: m.alt,
  };
}
