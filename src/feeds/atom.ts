// A feed as Atom 1.0 (RFC 4287): entry ids are the articles' permanent addresses, summary is plain
// text, content the body as HTML. Written with xmlbuilder2; every text passes xmlText (attributes xmlAttr) once.
import { create } from 'xmlbuilder2';
import type { Feed } from './service.js';
import { feedPath } from './service.js';
import { feedBody } from './body.js';
import { absolute, w3cDate, xmlAttr, xmlText } from './xml.js';

const ATOM = 'http://www.w3.org/2005/Atom';

export function atomXml(feed: Feed, base: string): string {
  const page = absolute(base, feed.path);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ATOM, 'feed', { 'xml:lang': xmlAttr(feed.lang) });
  root.ele('id').txt(xmlText(page));
  root.ele('title', { type: 'text' }).txt(xmlText(feed.title));
  root.ele('subtitle', { type: 'text' }).txt(xmlText(feed.description));
  root.ele('updated').txt(w3cDate(feed.updated));
  root.ele('link', { rel: 'alternate', type: 'text/html', href: xmlAttr(page) });
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: xmlAttr(absolute(base, feedPath(feed.path, 'atom'))) });
  root.ele('author').ele('name').txt(xmlText(feed.publisher));
  root.ele('generator').txt('Loa');
  for (const it of feed.items) {
    const url = absolute(base, it.path);
    const e = root.ele('entry');
    e.ele('id').txt(xmlText(url));
    e.ele('title', { type: 'text' }).txt(xmlText(it.title));
    e.ele('link', { rel: 'alternate', type: 'text/html', href: xmlAttr(url) });
    e.ele('published').txt(w3cDate(it.published));
    e.ele('updated').txt(w3cDate(it.updated));
    if (it.byline) e.ele('author').ele('name').txt(xmlText(it.byline));
    // The scheme is the set of categories: the folder of the category's address ("/chuyen-muc/").
    if (it.category) e.ele('category', { term: xmlAttr(it.category.slug), label: xmlAttr(it.category.name), scheme: xmlAttr(absolute(base, it.category.path.slice(0, it.category.path.lastIndexOf('/') + 1))) });
    if (it.summary) e.ele('summary', { type: 'text' }).txt(xmlText(it.summary));
    e.ele('content', { type: 'html' }).txt(xmlText(feedBody(it.bodyHtml, base)));
  }
  return root.end({ prettyPrint: true });
}
