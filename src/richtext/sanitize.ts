// The one gate for rich text: every article or page body is cleaned here (allow-list, sanitize-html)
// before it is stored, whatever the client sent. Templates print only bodies that passed this.
import sanitizeHtml from 'sanitize-html';
import { cleanText } from '../vi/index.js';
import { escapeHtml } from './escape.js';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'mark',
    'ul', 'ol', 'li', 'blockquote', 'hr', 'a', 'figure', 'figcaption', 'img',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'iframe',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
    iframe: ['src', 'title', 'width', 'height', 'allowfullscreen'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Embedded video only from known hosts, over https.
  allowedIframeHostnames: ['www.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com'],
  allowIframeRelativeUrls: false,
  transformTags: {
    a: (tagName, attribs) => {
      const out: Record<string, string> = { ...attribs };
      if (out.target === '_blank') out.rel = 'noopener noreferrer';
      else delete out.target;
      return { tagName, attribs: out };
    },
    b: 'strong',
    i: 'em',
  },
  exclusiveFilter: (frame) => frame.tag === 'iframe' && !frame.attribs.src,
};

/** Cleans a body: NFC text, allowed tags and attributes only, no scripts, styles or event handlers. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(cleanText(html), OPTIONS).trim();
}

/** A complete HTML tag (`<p>`, `</p>`, `<br/>`, `<a href="…">`) or comment; "2 < 3" and "<3" are not. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|<!--/i;

/**
 * Plain text typed into the body without the rich editor (no tag at all): paragraphs at blank
 * lines, a single line break becomes <br>, every character escaped. '' stays ''.
 */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n\s*/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map(escapeHtml)
        .join('<br />'),
    )
    .filter(Boolean)
    .map((para) => `<p>${para}</p>`)
    .join('\n');
}

/** A body as a form sent it: HTML goes to the sanitiser as it is; text without any tag becomes paragraphs first. */
export function sanitizeTypedBody(body: string): string {
  return sanitizeBody(HTML_TAG.test(body) ? body : plainTextToHtml(body));
}
