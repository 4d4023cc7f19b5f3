// Path and query parameters of public pages. Anything malformed is a 404 (it names nothing that
// exists), never an error page with the input echoed.
import { notFound } from '../errors/index.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugParam(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 200 || !SLUG.test(raw)) throw notFound();
  return raw;
}

/** The slug of `url` when it is `prefix` and a slug (`/trang/gioi-thieu` → 'gioi-thieu'), else undefined. */
export function slugAfter(prefix: string, url: string): string | undefined {
  if (!url.startsWith(prefix)) return undefined;
  const slug = url.slice(prefix.length);
  return SLUG.test(slug) ? slug : undefined;
}

export function idParam(raw: unknown): number {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) throw notFound();
  const n = Number(raw);
  if (n > 2_147_483_647) throw notFound();
  return n;
}

/** `?trang=N` (1-based). Absent means 1; anything but a plain positive integer is a 404. */
export function pageParam(query: unknown): number {
  const raw = (query as Record<string, unknown> | undefined)?.trang;
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,5}$/.test(raw)) throw notFound();
  return Number(raw);
}
