// Opaque pagination cursors for article lists: the last item's (published_at, id), as base64url JSON.
// A cursor is checked field by field on the way in, so anything a client invents or truncates is a
// 400 with the stable error body, never a database error.
import { badParam } from './errors.js';

export interface Cursor {
  /** published_at of the last item sent (stored ISO-8601 UTC text). */
  publishedAt: string;
  id: number;
}

const VERSION = 1;
const STORED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;
const MAX_LENGTH = 200;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ v: VERSION, p: c.publishedAt, i: c.id }), 'utf8').toString('base64url');
}

const invalid = () => badParam('cursor', 'Con trỏ phân trang (cursor) không hợp lệ. Hãy dùng đúng giá trị "next" do API trả về.');

export function decodeCursor(raw: string): Cursor {
  if (raw.length === 0 || raw.length > MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid();
  const { v, p, i, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length || v !== VERSION) throw invalid();
  if (typeof p !== 'string' || !STORED_ISO.test(p) || Number.isNaN(Date.parse(p))) throw invalid();
  if (typeof i !== 'number' || !Number.isInteger(i) || i < 1 || i > 2_147_483_647) throw invalid();
  // Re-encoding must give the same text: no padding tricks, no second spelling of one cursor.
  if (encodeCursor({ publishedAt: p, id: i }) !== raw) throw invalid();
  return { publishedAt: p, id: i };
}
