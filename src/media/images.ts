// Images: stored as WebP at several widths (made with sharp, metadata including EXIF location
// dropped), recorded in `media`, and presented with src/srcset.
import crypto from 'node:crypto';
import type Sharp from 'sharp';
import type { Db } from '../db/index.js';
import { nowIso } from '../db/index.js';
import type { MediaRow } from '../db/schema.js';
import type { MediaStorage } from './storage.js';
import { cleanLine } from '../vi/index.js';

export const IMAGE_WIDTHS = [480, 960, 1600] as const;

let loaded: typeof Sharp | undefined;
/** sharp (libvips) is loaded on first use only: a server that is not resizing images stays small. */
export async function loadSharp(): Promise<typeof Sharp> {
  if (!loaded) {
    loaded = (await import('sharp')).default;
    loaded.cache(false);
  }
  return loaded;
}

export interface StoreImageInput {
  siteId: number;
  data: Buffer;
  alt: string;
  caption?: string;
  originalName?: string;
  createdBy?: number | null;
}

export async function storeImage(db: Db, storage: MediaStorage, input: StoreImageInput): Promise<MediaRow> {
  const sharp = await loadSharp();
  const base = sharp(input.data, { failOn: 'error' }).rotate(); // apply EXIF orientation, then metadata is dropped
  const meta = await base.metadata();
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '/');
  const key = `${input.siteId}/${day}/${crypto.randomBytes(8).toString('hex')}`;
  const widths = IMAGE_WIDTHS.filter((w) => w < width);
  if (widths.length === 0 || width <= 1600) widths.push(Math.min(width, 1600) as (typeof IMAGE_WIDTHS)[number]);
  const made = [...new Set(widths)].sort((a, b) => a - b);
  let bytes = 0;
  for (const w of made) {
    const out = await base.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
    bytes += out.length;
    await storage.put(`${key}-${w}.webp`, out);
  }
  return db
    .insertInto('media')
    .values({
      site_id: input.siteId,
      kind: 'image',
      storage_key: key,
      mime: 'image/webp',
      width,
      height,
      bytes,
      variants: made.join(','),
      alt: cleanLine(input.alt),
      caption: cleanLine(input.caption ?? ''),
      original_name: cleanLine(input.originalName ?? ''),
      created_by: input.createdBy ?? null,
      created_at: nowIso(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ImageView {
  src: string;
  srcset: string;
  width: number;
  height: number;
  alt: string;
}

/** The <img> attributes for a stored image; `sizes` is up to the caller. */
export function presentImage(m: Pick<MediaRow, 'storage_key' | 'variants' | 'width' | 'height' | 'alt'>): ImageView {
  const widths = m.variants.split(',').map(Number).filter((n) => n > 0);
  const url = (w: number) => `/media/${m.storage_key}-${w}.webp`;
  const middle = widths.find((w) => w >= 960) ?? widths[widths.length - 1] ?? 0;
  const w = m.width ?? middle;
  const h = m.height ?? Math.round(middle * 0.66);
  const shown = Math.min(w, middle);
  return {
    src: url(middle),
    srcset: widths.map((x) => `${url(x)} ${x}w`).join(', '),
    width: shown,
    height: Math.round((h * shown) / Math.max(w, 1)),
    alt: m.alt,
  };
}
