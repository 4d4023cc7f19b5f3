// Rows → the API's JSON, for what the API itself answers (the site, search hits), and the helpers
// every module's resources use: every URL absolute (the site's base URL), every date ISO-8601 with
// the +07:00 offset, bodies with their links and media made absolute. The shapes here are those of
// openapi.ts's components.schemas (the API test checks one against the other).
import type { SiteRow } from '../db/schema.js';
import { isoDate } from '../vi/index.js';
import type { SearchHit } from '../search/service.js';

export interface ApiSite {
  id: number;
  name: string;
  shortName: string;
  welcome: string;
  agency: string;
  responsible: string;
  contacts: { address: string; phone: string; email: string };
  language: string;
  url: string;
}

/** A site-relative address ("/media/…") made absolute; anything else (https://…, #x, mailto:) is kept. */
export function absolute(base: string, url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? base + url : url;
}

/** Every address of a srcset made absolute. */
export const srcsetAbsolute = (base: string, srcset: string) =>
  srcset
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => absolute(base, c))
    .join(', ');

/** The stored (sanitised) body with href, src and srcset made absolute. Attributes are only looked
 *  for inside tags: sanitize-html writes them double-quoted with `"` `<` `>` escaped, so text can never match. */
export function absoluteBody(base: string, html: string): string {
  return html.replace(/<[a-z][a-z0-9]*\s[^>]*>/g, (tag) =>
    tag.replace(/\s(href|src|srcset)="([^"]*)"/g, (_m, name: string, value: string) => ` ${name}="${name === 'srcset' ? srcsetAbsolute(base, value) : absolute(base, value)}"`),
  );
}

export function presentSite(base: string, s: SiteRow): ApiSite {
  return {
    id: s.id,
    name: s.name,
    shortName: s.short_name,
    welcome: s.welcome,
    agency: s.agency,
    responsible: s.responsible,
    contacts: { address: s.address, phone: s.phone, email: s.email },
    language: s.lang,
    url: base + '/',
  };
}

/** A search hit as the search page has it, with absolute addresses and an ICT date. */
export type ApiSearchHit = SearchHit;

export function presentHit(base: string, h: SearchHit): ApiSearchHit {
  return {
    ...h,
    url: absolute(base, h.url),
    publishedAt: h.publishedAt ? isoDate(h.publishedAt) : null,
    category: h.category ? { name: h.category.name, url: absolute(base, h.category.url) } : null,
  };
}
