// XML helpers shared by the feeds and the site maps: text made safe for xmlbuilder2, dates in the
// formats feeds and site maps ask for, absolute addresses.
import { isoDate } from '../vi/index.js';

// Characters XML 1.0 does not allow at all (C0 controls but tab/newline/return, lone surrogates,
// U+FFFE/U+FFFF). With the `u` flag a lone surrogate is one code point outside the ranges.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text (or an attribute value) for xmlbuilder2, so that each character is encoded exactly once.
 * xmlbuilder2 leaves anything that looks like an entity alone (`&amp;`, `&#7855;`, `&nbsp;`), so a
 * title typed as "Tom &amp; Jerry" would come out of a parser as "Tom & Jerry", and `&nbsp;` would
 * make the document ill-formed. Escaping every `&` here first makes each of them `&amp;`, which
 * xmlbuilder2 then keeps as is; it escapes `<`, `>` and `"` itself. Characters XML cannot carry
 * are dropped.
 */
export function xmlText(s: string): string {
  // A parser would read a raw carriage return as a line feed: it goes as a character reference.
  return stripNonXml(s).replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
}

/** xmlText for an attribute value: tabs and line breaks as references too (a parser turns raw ones into spaces). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** The string without the characters XML 1.0 cannot carry. */
export function stripNonXml(s: string): string {
  return s.replace(NOT_XML, '');
}

/** RFC 822 date for RSS (pubDate, lastBuildDate): "Thu, 07 Dec 2023 09:00:00 GMT". */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/** RFC 3339 / W3C datetime for Atom and site maps, in Hà Nội time: "2023-12-07T16:00:00+07:00". */
export function w3cDate(iso: string): string {
  return isoDate(iso);
}

/** The later of two ISO timestamps (either may be missing). */
export function latest(a: string | null | undefined, b: string | null | undefined): string {
  if (!a) return b ?? '';
  if (!b) return a;
  return a > b ? a : b;
}

/** An absolute address on the site: `base` has no trailing slash, `path` starts with "/". */
export const absolute = (base: string, path: string) => base + path;
