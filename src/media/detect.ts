// What an upload really is, decided from its bytes (file-type's signatures), never from its name or
// the type the browser declared; and how large each kind may be.
import { fileTypeFromBuffer } from 'file-type';

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const PDF_MAX_BYTES = 20 * 1024 * 1024;
/** The largest file the upload parser reads at all. */
export const UPLOAD_MAX_BYTES = Math.max(IMAGE_MAX_BYTES, PDF_MAX_BYTES);

export const IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export type ImageMime = (typeof IMAGE_MIMES)[number];

export type UploadType = { kind: 'image'; mime: ImageMime } | { kind: 'file'; mime: 'application/pdf' };

const isImageMime = (m: string): m is ImageMime => (IMAGE_MIMES as readonly string[]).includes(m);

/** The accepted type of these bytes, or null (SVG, HTML, scripts, text, archives… anything else). */
export async function detectUpload(data: Buffer): Promise<UploadType | null> {
  const found = await fileTypeFromBuffer(data);
  if (!found) return null;
  if (isImageMime(found.mime)) return { kind: 'image', mime: found.mime };
  if (found.mime === 'application/pdf' && found.ext === 'pdf') return { kind: 'file', mime: 'application/pdf' };
  return null;
}

/** A PDF that starts with its header and still has its end-of-file mark (not cut off in transit). */
export function isCompletePdf(data: Buffer): boolean {
  if (!/^%PDF-[12]\.\d/.test(data.subarray(0, 8).toString('latin1'))) return false;
  return data.subarray(Math.max(0, data.length - 2048)).toString('latin1').includes('%%EOF');
}

export function maxBytes(t: UploadType): number {
  return t.kind === 'image' ? IMAGE_MAX_BYTES : PDF_MAX_BYTES;
}
