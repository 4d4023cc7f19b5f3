// The readable text of an article body, for comparing revisions: one line per block (paragraph,
// heading, list item, table row, caption, quote), images and videos as a bracketed line, and the
// link addresses, images and videos found, so their changes can be told in words.
//
// The body first passes sanitizeBody again, whatever is stored: its output is well-formed, its
// attributes are double-quoted and `&`, `<`, `>`, `"` are escaped in text and attributes, so the
// small tokenizer below reads it exactly (no raw `<` can appear inside a text or an attribute).
import { sanitizeBody } from '../richtext/sanitize.js';
import { decodeEntities } from '../richtext/escape.js';

/** The text of the entities a stored body (or any escaped text) carries (richtext/escape.ts). */
export { decodeEntities };

export interface BodyText {
  /** One entry per block, whitespace collapsed, no empty lines. */
  lines: string[];
  /** Link addresses, in order of appearance (repeats kept once). */
  links: string[];
  /** Images as "alt (address)" or the address alone. */
  images: string[];
  /** Embedded video addresses. */
  videos: string[];
}

export interface TextLabels {
  image: (alt: string) => string;
  video: string;
}

/** Tags that end a line before and after them. */
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'tr', 'figcaption', 'caption', 'blockquote', 'figure', 'table', 'thead', 'tbody', 'tfoot', 'ul', 'ol', 'hr', 'br']);
const CELLS = new Set(['td', 'th']);

const TOKEN = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>|([^<]+)|</g;
const ATTR = /([a-z-]+)(?:="([^"]*)")?/g;

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) out[m[1]!] = decodeEntities(m[2] ?? '');
  return out;
}

const addOnce = (list: string[], v: string) => {
  if (v && !list.includes(v)) list.push(v);
};

/** The text of a body as lines, with its links, images and videos. */
export function bodyText(html: string, labels: TextLabels): BodyText {
  const out: BodyText = { lines: [], links: [], images: [], videos: [] };
  let line = '';
  let cellsInRow = 0;
  const flush = () => {
    const l = line.replace(/\s+/g, ' ').trim();
    if (l) out.lines.push(l);
    line = '';
  };
  for (const m of sanitizeBody(html).matchAll(TOKEN)) {
    const [whole, closing, tag, attrs, text] = m;
    if (text !== undefined || !tag) {
      line += decodeEntities(text ?? whole);
      continue;
    }
    if (BLOCKS.has(tag)) {
      flush();
      if (tag === 'tr') cellsInRow = 0;
      if (tag === 'li' && !closing) line = '• ';
      continue;
    }
    if (CELLS.has(tag)) {
      if (!closing && cellsInRow++ > 0) line += ' | ';
      continue;
    }
    if (closing) continue;
    const a = attributes(attrs ?? '');
    if (tag === 'a' && a.href) addOnce(out.links, a.href);
    if (tag === 'img') {
      const alt = (a.alt ?? '').replace(/\s+/g, ' ').trim();
      flush();
      line = labels.image(alt);
      flush();
      addOnce(out.images, alt && a.src ? `${alt} (${a.src})` : (a.src ?? alt));
    }
    if (tag === 'iframe' && a.src) {
      flush();
      line = `${labels.video} ${a.src}`;
      flush();
      addOnce(out.videos, a.src);
    }
  }
  flush();
  return out;
}
