// A reader's own rating on the article page ("Bạn đã chấm 4 sao"), filled per request into the
// cached page's 'mine' mark. Finding it costs nothing for the many readers who never rated: the
// rating post also sets a cookie listing the articles this browser rated (loa_dg, ids only, the
// newest 50). Only for an article in that list is the score looked up — by the reader cookie
// (loa_k), which is what a rating is stored under — from memory on the fast path, else from the
// database (cache/page.ts); everyone else shares the one filled page. The list is a hint, never
// trusted for the score: a forged list only costs its sender a lookup.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveFigures } from './live.js';
import { READER_COOKIE_MAX_AGE, readerInCookieHeader } from './readers.js';

export const RATED_COOKIE = 'loa_dg';
/** The query parameter of the return from a rating without JavaScript: the page says thanks. The
 *  page is the cached article (its key, canonical address and ETag stay the article's). */
export const JUST_RATED = 'da-danh-gia';
const MAX_RATED = 50;
const RATED_IN_HEADER = new RegExp(`(?:^|;\\s*)${RATED_COOKIE}=([0-9.]{1,600})(?:;|$)`);

/** The article ids in a raw Cookie header's rated list. */
export function ratedArticles(header: string | undefined): number[] {
  const raw = RATED_IN_HEADER.exec(header ?? '')?.[1];
  if (!raw) return [];
  return raw
    .split('.')
    .filter((s) => /^[1-9]\d{0,9}$/.test(s))
    .map(Number)
    .slice(-MAX_RATED);
}

/** After a rating: this article joins (or moves to the end of) the browser's rated list. */
export function rememberRated(req: FastifyRequest, reply: FastifyReply, articleId: number): void {
  const ids = [...ratedArticles(req.headers.cookie).filter((id) => id !== articleId), articleId].slice(-MAX_RATED);
  reply.setCookie(RATED_COOKIE, ids.join('.'), { path: '/', httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https', maxAge: READER_COOKIE_MAX_AGE });
}

/** The line under the rating form: thanks right after a rating, the reader's score later; '' for none. */
export function ownRatingText(score: number, thanks: boolean): string {
  if (!score) return '';
  return thanks ? `Cảm ơn bạn đã đánh giá. Bạn đã chấm ${score} sao.` : `Bạn đã chấm ${score} sao. Bạn có thể chấm lại.`;
}

/** The reader this request names, when its browser says it rated the article. */
function raterOf(header: string | undefined, articleId: number): string | undefined {
  if (!header || !header.includes(RATED_COOKIE)) return undefined;
  return ratedArticles(header).includes(articleId) ? readerInCookieHeader(header) : undefined;
}

/** The line for this request (the slow path): reads the score when needed. */
export async function ownRatingLine(live: LiveFigures, header: string | undefined, articleId: number, thanks: boolean): Promise<string> {
  const reader = raterOf(header, articleId);
  return reader ? ownRatingText(await live.ownRating(articleId, reader), thanks) : '';
}

/** The same from memory only (the fast path): undefined when the score must be read first. */
export function peekOwnRatingLine(live: LiveFigures, header: string | undefined, articleId: number): string | undefined {
  const reader = raterOf(header, articleId);
  if (!reader) return '';
  const score = live.peekOwnRating(articleId, reader);
  return score === undefined ? undefined : ownRatingText(score, false);
}
