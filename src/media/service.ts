// The media library's service: an upload (type from its bytes, size, alt text, the same file twice,
// processing, storage, the row and its audit entry), an edit of alt text and caption, and the
// library's queries. Every query is narrowed to one site.
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { MediaRow } from '../db/schema.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import type { StaffContext } from '../backoffice/guard.js';
import { msg } from '../messages/index.js';
import { audit } from '../audit/log.js';
import { publicChange } from '../web/page-cache.js';
import { cleanLine, foldLower } from '../vi/index.js';
import type { MediaStorage } from './storage.js';
import type { UploadType } from './detect.js';
import { detectUpload, isCompletePdf, maxBytes } from './detect.js';
import type { ProcessedImage } from './images.js';
import { avifKey, mediaText, newStorageKey, processImage, saveImageFiles, sha256, webpKey } from './images.js';

/** A refusal of an upload or an edit: a FormInvalid with the message beside its field. */
const refused = (code: string, status: number, message: string, field: 'file' | 'alt' | 'caption') => new FormInvalid({ [field]: message }, { code, status });

export interface UploadedFile {
  data: Buffer;
  /** The name the browser sent (kept for search and display only). */
  name: string;
  /** The parser stopped reading at UPLOAD_MAX_BYTES. */
  truncated: boolean;
}

/** Who acts, where, from where, when (a back-office Staff is one). */
type MediaContext = Pick<StaffContext, 'siteId' | 'userId' | 'ip' | 'now'>;

export interface UploadInput extends MediaContext {
  file: UploadedFile | undefined;
  /** Already one line, NFC and within limits (the form's schema, media/fields.ts). */
  alt: string;
  caption: string;
}

export interface UploadResult {
  media: MediaRow;
  /** The same bytes were already in this site's library: that item is returned, nothing is stored. */
  duplicate: boolean;
}

/** The file name without any folder a browser may send ("C:\fakepath\x.jpg"), at most 200 characters. */
export function fileName(raw: string): string {
  return cleanLine(raw.split(/[\\/]/).pop() ?? '').slice(0, 200);
}

async function checkedType(file: UploadedFile | undefined, alt: string): Promise<UploadType> {
  const t = msg.media;
  if (!file || (file.data.length === 0 && !file.truncated)) throw refused('no_file', 400, t.noFile, 'file');
  if (file.truncated) throw refused('too_large', 413, t.tooLarge, 'file');
  const type = await detectUpload(file.data);
  if (!type) throw refused('unsupported_type', 415, t.unsupported, 'file');
  if (file.data.length > maxBytes(type)) throw refused('too_large', 413, type.kind === 'image' ? t.imageTooLarge : t.tooLarge, 'file');
  if (type.kind === 'image' && !alt) throw refused('alt_required', 400, t.altRequired, 'alt');
  if (type.kind === 'file' && !isCompletePdf(file.data)) throw refused('bad_pdf', 400, t.unreadablePdf, 'file');
  return type;
}

async function processed(data: Buffer): Promise<ProcessedImage> {
  try {
    return await processImage(data, { avif: true });
  } catch (err) {
    if (/pixel limit/i.test((err as Error).message)) throw refused('too_many_pixels', 413, msg.media.tooManyPixels, 'file');
    throw refused('bad_image', 400, msg.media.unreadableImage, 'file');
  }
}

/** Checks, processes, stores and records one upload; refusals are FormInvalid and store nothing. */
export async function uploadMedia(db: Db, storage: MediaStorage, input: UploadInput): Promise<UploadResult> {
  const at = new Date(input.now).toISOString();
  const type = await checkedType(input.file, input.alt);
  const file = input.file!;
  const hash = sha256(file.data);
  const existing = await db.selectFrom('media').selectAll().where('site_id', '=', input.siteId).where('sha256', '=', hash).orderBy('id').executeTakeFirst();
  if (existing) return { media: existing, duplicate: true };

  let stored: { kind: 'image' | 'file'; mime: string; storage_key: string; width: number | null; height: number | null; variants: string; avif_variants: string; bytes: number };
  if (type.kind === 'image') {
    const img = await processed(file.data);
    stored = { kind: 'image', mime: 'image/webp', width: img.width, height: img.height, ...(await saveImageFiles(storage, input.siteId, img, at)) };
  } else {
    const key = newStorageKey(input.siteId, at);
    await storage.put(`${key}.pdf`, file.data);
    stored = { kind: 'file', mime: type.mime, storage_key: key, width: null, height: null, variants: '', avif_variants: '', bytes: file.data.length };
  }
  const media = await atomically(db, async (trx) => {
    const row = await trx
      .insertInto('media')
      .values({
        site_id: input.siteId,
        ...stored,
        sha256: hash,
        ...mediaText({ alt: input.alt, caption: input.caption, originalName: fileName(file.name) }),
        created_by: input.userId,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, {
      siteId: input.siteId,
      userId: input.userId,
      action: 'media.upload',
      subjectType: 'media',
      subjectId: row.id,
      detail: { name: row.original_name, type: type.mime, bytes: file.data.length, variants: row.variants, avif: row.avif_variants },
      ip: input.ip,
      at: at,
    });
    return row;
  });
  return { media, duplicate: false };
}

export interface EditInput extends MediaContext {
  id: number;
  alt: string;
  caption: string;
}

/** Changes an item's alt text and caption (alt stays required for images); a featured image's alt text shows on public pages. */
export async function editMedia(db: Db, input: EditInput): Promise<MediaRow> {
  const at = new Date(input.now).toISOString();
  return atomically(db, async (trx) => {
    const before = await findMedia(trx, input.siteId, input.id);
    if (!before) throw notFound(msg.media.notFound);
    if (before.kind === 'image' && !input.alt) throw refused('alt_required', 400, msg.media.altRequired, 'alt');
    const text = mediaText({ alt: input.alt, caption: input.caption, originalName: before.original_name });
    const row = await trx
      .updateTable('media')
      .set({ alt: text.alt, caption: text.caption, search_text: text.search_text })
      .where('id', '=', before.id)
      .where('site_id', '=', input.siteId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, {
      siteId: input.siteId,
      userId: input.userId,
      action: 'media.edit',
      subjectType: 'media',
      subjectId: row.id,
      detail: { before: { alt: before.alt, caption: before.caption }, after: { alt: row.alt, caption: row.caption } },
      ip: input.ip,
      at,
    });
    await publicChange(trx, input.siteId);
    return row;
  });
}

export function findMedia(db: Db, siteId: number, id: number): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

/** A picture of this site's library (the featured image an article form names), or undefined. */
export function findImage(db: Db, siteId: number, id: number): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', id).where('site_id', '=', siteId).where('kind', '=', 'image').executeTakeFirst();
}

export const LIBRARY_PAGE_SIZE = 24;

export interface LibraryPage {
  rows: MediaRow[];
  total: number;
  page: number;
  pages: number;
}

/** The words of a search, folded like search_text ("Ảnh Tam Điệp" → anh, tam, diep); LIKE's wildcards dropped. */
export function searchWords(q: string): string[] {
  return foldLower(cleanLine(q))
    .replace(/[%_\\]/g, ' ')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);
}

/** One page of a site's library, newest first, every word of `q` found (accent-insensitive). */
export async function listMedia(db: Db, siteId: number, opts: { q: string; page: number; perPage?: number }): Promise<LibraryPage> {
  const perPage = opts.perPage ?? LIBRARY_PAGE_SIZE;
  let base = db.selectFrom('media').where('site_id', '=', siteId);
  for (const w of searchWords(opts.q)) base = base.where('search_text', 'like', `%${w}%`);
  const counted = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const total = Number(counted.n);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, opts.page), pages);
  const rows = await base
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute();
  return { rows, total, page, pages };
}

/** Where an item is used: articles (featured image, or in the body; those in the trash too) and static pages. */
export interface MediaUsage {
  articles: { id: number; title: string; deleted_at: string | null }[];
  pages: { id: number; slug: string; title: string }[];
}

/**
 * The articles and pages of the site that use the item: as featured image, or in their body
 * (every stored file's address starts with /media/<storage_key>, a key no other item shares).
 * Revisions are not looked at: restoring an old one may bring back a link to a deleted file.
 */
export async function mediaUsage(db: Db, siteId: number, m: Pick<MediaRow, 'id' | 'storage_key'>): Promise<MediaUsage> {
  const inBody = `%/media/${m.storage_key}%`;
  const articles = await db
    .selectFrom('articles')
    .select(['id', 'title', 'deleted_at'])
    .where('site_id', '=', siteId)
    .where((eb) => eb.or([eb('featured_media_id', '=', m.id), eb('body_html', 'like', inBody)]))
    .orderBy('id')
    .execute();
  const pages = await db.selectFrom('pages').select(['id', 'slug', 'title']).where('site_id', '=', siteId).where('body_html', 'like', inBody).orderBy('id').execute();
  return { articles, pages };
}

export const isUsed = (u: MediaUsage) => u.articles.length + u.pages.length > 0;

/** Every stored file of an item: each WebP and AVIF width of an image, or the PDF. */
export function storedFiles(m: Pick<MediaRow, 'kind' | 'storage_key' | 'variants' | 'avif_variants'>): string[] {
  if (m.kind !== 'image') return [`${m.storage_key}.pdf`];
  const widths = (list: string) => list.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return [...widths(m.variants).map((w) => webpKey(m.storage_key, w)), ...widths(m.avif_variants).map((w) => avifKey(m.storage_key, w))];
}

export class MediaInUse extends AppError {
  constructor(readonly usage: MediaUsage) {
    super('media_in_use', 409, msg.media.inUse(usage.articles.length + usage.pages.length));
  }
}

/**
 * Deletes an item no article or page uses: its row (with an audit entry), then every stored file.
 * One in use is refused with MediaInUse, which says where.
 */
export async function deleteMedia(db: Db, storage: MediaStorage, input: MediaContext & { id: number }): Promise<MediaRow> {
  const at = new Date(input.now).toISOString();
  const row = await atomically(db, async (trx) => {
    const m = await findMedia(trx, input.siteId, input.id);
    if (!m) throw notFound(msg.media.notFound);
    const usage = await mediaUsage(trx, input.siteId, m);
    if (isUsed(usage)) throw new MediaInUse(usage);
    await trx.deleteFrom('media').where('id', '=', m.id).where('site_id', '=', input.siteId).execute();
    await audit(trx, {
      siteId: input.siteId,
      userId: input.userId,
      action: 'media.delete',
      subjectType: 'media',
      subjectId: m.id,
      detail: { name: m.original_name, alt: m.alt, files: storedFiles(m) },
      ip: input.ip,
      at,
    });
    return m;
  });
  for (const key of storedFiles(row)) await storage.remove(key);
  return row;
}
