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

/** Office documents and PDFs accepted as files (a document's attachments), each with its one extension. */
export const OFFICE_TYPES = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;
export type OfficeExt = keyof typeof OFFICE_TYPES;
export type OfficeType = { ext: OfficeExt; mime: (typeof OFFICE_TYPES)[OfficeExt] };

/**
 * What an office file really is, from its bytes: PDF, DOCX, XLSX and ODT by their signatures (a ZIP
 * with its own parts); the old binary DOC and XLS share one container (OLE2), told apart by the
 * name's extension when it names one of the two — anything else is null.
 */
export async function detectOfficeFile(data: Buffer, name: string): Promise<OfficeType | null> {
  const found = await fileTypeFromBuffer(data);
  if (!found) return null;
  const named = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (found.mime === 'application/x-cfb') {
    if (named === 'doc' || named === 'xls') return { ext: named, mime: OFFICE_TYPES[named] };
    return null;
  }
  for (const ext of ['pdf', 'docx', 'xlsx', 'odt'] as const) {
    if (found.ext === ext && found.mime === OFFICE_TYPES[ext]) return { ext, mime: OFFICE_TYPES[ext] };
  }
  return null;
}
