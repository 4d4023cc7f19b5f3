// An article body for a feed reader: the stored (already sanitised) body with every address made
// absolute, since a reader shows it away from the site. Parsed as HTML, never edited as a string.
import sanitizeHtml from 'sanitize-html';

const URL_ATTRS = ['href', 'src'] as const;
// Never in a stored body (richtext/sanitize.ts keeps them out); dropped here too should one slip in.
const NEVER = new Set(['script', 'style', 'object', 'embed', 'base', 'meta', 'link', 'form']);

function absoluteUrl(value: string, base: string): string {
  try {
    return new URL(value, base + '/').href;
  } catch {
    return value;
  }
}

function absoluteSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [absoluteUrl(url, base), ...descriptor].join(' ');
    })
    .join(', ');
}

/** The body with absolute href, src and srcset; tags and attributes otherwise as stored. */
export function feedBody(bodyHtml: string, base: string): string {
  return sanitizeHtml(bodyHtml, {
    allowedTags: false,
    allowedAttributes: false,
    // Every tag of the stored body is kept (it passed the allow-list when stored); the few that
    // could run or restyle anything are dropped with their content by the filter below.
    allowVulnerableTags: true,
    exclusiveFilter: (frame) => NEVER.has(frame.tag),
    transformTags: {
      '*': (tagName, attribs) => {
        const out: Record<string, string> = { ...attribs };
        for (const a of URL_ATTRS) if (out[a]) out[a] = absoluteUrl(out[a], base);
        if (out.srcset) out.srcset = absoluteSrcset(out.srcset, base);
        return { tagName, attribs: out };
      },
    },
  });
}
