// Cleaning what is pasted from Word, Google Docs and web pages before TipTap reads it: the
// structure stays (headings, lists, tables, bold/italic, links), the styling goes (styles,
// classes, fonts, mso- junk, <o:p>, comments). Word's list paragraphs become real lists and
// Google Docs' styled spans become <strong>/<em>. Runs on an inert document (DOMParser), so
// nothing in the pasted HTML loads or runs. Chromium applies the page's CSP even to such
// documents, so style and event-handler attributes are renamed in the text before parsing
// (and <style> elements cut out): reaching any DOM, they would be reported as violations.

/** Attributes kept per tag; everything else (style, class, id, lang, align, width…) is dropped. */
const KEEP: Record<string, readonly string[]> = {
  A: ['href', 'title'],
  IMG: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
  OL: ['start'],
  IFRAME: ['src', 'title'],
};

/** Elements removed with their content. */
const DROP = new Set(['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'TEMPLATE', 'NOSCRIPT', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

/** Elements replaced by their content. */
const UNWRAP = new Set(['SPAN', 'FONT', 'SMALL', 'BIG', 'ABBR', 'ACRONYM', 'CITE', 'DFN', 'INS', 'LABEL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'CENTER']);

const RENAME: Record<string, string> = { H1: 'h2', H5: 'h4', H6: 'h4', B: 'strong', I: 'em', STRIKE: 's', DEL: 's' };

export interface CleanPaste {
  html: string;
  /** A legacy font named in the pasted styles (.VnTime → TCVN3, VNI-Times → VNI). */
  font: 'tcvn3' | 'vni' | null;
}

const STYLE_ATTR = 'data-loa-style'; // see defuse()
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const START_TAG = /<[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * The HTML with its `style` and `on…` (event handler) attributes renamed data-loa-… and its
 * <style> elements removed: parsed, they would be reported as CSP violations (never applied).
 */
function defuse(html: string): string {
  return html.replace(STYLE_ELEMENT, '').replace(START_TAG, (tag) => tag.replace(/(\s)(style|on[a-z]+)(\s*=)/gi, '$1data-loa-$2$3'));
}

function styleOf(el: Element): string {
  return (el.getAttribute(STYLE_ATTR) ?? '').toLowerCase().replace(/\s+/g, '');
}

function unwrap(el: Element) {
  el.replaceWith(...Array.from(el.childNodes));
}

function rename(el: Element, tag: string): Element {
  const out = el.ownerDocument.createElement(tag);
  for (const a of Array.from(el.attributes)) out.setAttribute(a.name, a.value);
  out.append(...Array.from(el.childNodes));
  el.replaceWith(out);
  return out;
}

/** A legacy font named in the pasted HTML's styles or <font face>: .VnTime… (TCVN3), VNI-Times… (VNI). */
function legacyFont(html: string): 'tcvn3' | 'vni' | null {
  const fonts = (html.match(/(font-family\s*:|face\s*=)[^;>]*/gi) ?? []).join(' ').toLowerCase();
  if (/[\s:=,'"]\.vn[a-z]/.test(fonts)) return 'tcvn3';
  if (/[\s:=,'"]vni[-\s][a-z]/.test(fonts)) return 'vni';
  return null;
}

/** Word's `<p style="mso-list:l0 level2 lfo1">` paragraphs → nested <ul>/<ol>. */
function wordLists(doc: Document) {
  const isItem = (el: Element | null): el is HTMLElement => !!el && el.tagName === 'P' && /mso-list:l\d+level\d+/.test(styleOf(el));
  for (const first of Array.from(doc.querySelectorAll('p'))) {
    if (!first.isConnected || !isItem(first) || isItem(first.previousElementSibling)) continue;
    const items: HTMLElement[] = [];
    for (let el: Element | null = first; isItem(el); el = el.nextElementSibling) items.push(el);
    const root = doc.createDocumentFragment();
    // One open list per level; `key` tells Word's lists (l0, l1…) and bullets from numbers apart.
    const stack: { level: number; key: string; list: HTMLElement }[] = [];
    for (const p of items) {
      const style = styleOf(p);
      const level = Number(/level(\d+)/.exec(style)?.[1] ?? 1);
      const marker = Array.from(p.querySelectorAll(`[${STYLE_ATTR}]`)).find((s) => styleOf(s).includes('mso-list:ignore'));
      const ordered = /^\(?[a-z0-9]{1,5}[.)]$/i.test((marker?.textContent ?? '').replace(/\s|\u00a0/g, ''));
      const key = `${/mso-list:(l\d+)/.exec(style)?.[1] ?? ''}-${ordered}`;
      marker?.remove();
      while (stack.length && (stack[stack.length - 1]!.level > level || (stack[stack.length - 1]!.level === level && stack[stack.length - 1]!.key !== key))) stack.pop();
      let top = stack[stack.length - 1];
      if (!top || top.level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        const parentLi = top?.list.lastElementChild;
        if (parentLi) parentLi.append(list);
        else root.append(list);
        top = { level, key, list };
        stack.push(top);
      }
      const li = doc.createElement('li');
      li.append(...Array.from(p.childNodes));
      top.list.append(li);
    }
    first.before(root);
    for (const p of items) p.remove();
  }
}

/** Styled spans (Google Docs) → semantic tags; bold tags styled as normal weight → plain. */
function stylesToTags(doc: Document) {
  for (const el of Array.from(doc.querySelectorAll('b, strong'))) {
    if (/(^|;)font-weight:(normal|[1-4]00)/.test(styleOf(el))) unwrap(el);
  }
  for (const el of Array.from(doc.querySelectorAll(`span[${STYLE_ATTR}]`))) {
    const style = styleOf(el);
    let inner: Element = el;
    const wrapIn = (tag: string) => {
      const w = doc.createElement(tag);
      w.append(...Array.from(inner.childNodes));
      inner.append(w);
      inner = w;
    };
    if (/(^|;)font-weight:(bold|bolder|[6-9]00)/.test(style)) wrapIn('strong');
    if (/(^|;)font-style:italic/.test(style)) wrapIn('em');
    if (/(^|;)text-decoration(-line)?:[^;]*underline/.test(style)) wrapIn('u');
  }
}

function removeComments(root: Node) {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

const BLANK = /^[\s\u00a0\u200b]*$/;

/** Cleans pasted HTML; the result is NFC. */
export function cleanPastedHtml(input: string): CleanPaste {
  const html = input.normalize('NFC');
  const font = legacyFont(html);
  const doc = new DOMParser().parseFromString(defuse(html), 'text/html');
  removeComments(doc.documentElement);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (el.isConnected && (DROP.has(el.tagName) || el.tagName === 'O:P' || /^(V|W|M):/.test(el.tagName))) el.remove();
  }
  for (const el of Array.from(doc.body.querySelectorAll('b[id^="docs-internal-guid"]'))) unwrap(el);
  wordLists(doc);
  stylesToTags(doc);
  for (const el of Array.from(doc.body.querySelectorAll('p[class]'))) {
    const cls = el.getAttribute('class') ?? '';
    if (/^MsoTitle/i.test(cls)) rename(el, 'h2');
    else if (/^MsoSubtitle/i.test(cls)) rename(el, 'h3');
  }
  for (let el of Array.from(doc.body.querySelectorAll('*'))) {
    if (!el.isConnected) continue;
    if (el.tagName.includes(':') || UNWRAP.has(el.tagName)) {
      unwrap(el);
      continue;
    }
    const to = RENAME[el.tagName];
    if (to) el = rename(el, to);
    const keep = KEEP[el.tagName] ?? [];
    for (const a of Array.from(el.attributes)) if (!keep.includes(a.name)) el.removeAttribute(a.name);
  }
  // Word's blank lines: paragraphs holding nothing but spaces.
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    if (BLANK.test(p.textContent ?? '') && !p.querySelector('img, br, iframe')) p.remove();
  }
  return { html: doc.body.innerHTML.normalize('NFC'), font };
}

/** The visible text of cleaned HTML (for legacy-font detection). */
export function textOfHtml(html: string): string {
  // A space after every block, so words of neighbouring paragraphs or cells stay apart.
  const spaced = html.replace(/<\/(p|h[1-6]|li|td|th|div|tr|blockquote|figcaption)>|<br\s*\/?>/gi, ' $&');
  return (new DOMParser().parseFromString(spaced, 'text/html').body.textContent ?? '').normalize('NFC');
}
