// A feed as RSS 2.0 (with content:encoded for the body, dc:creator for the byline and atom:link
// for the feed's own address). Written with xmlbuilder2; every text passes xmlText (attributes xmlAttr) once.
import { create } from 'xmlbuilder2';
import type { Feed } from './service.js';
import { feedPath } from './service.js';
import { feedBody } from './body.js';
import { absolute, rfc822, xmlAttr, xmlText } from './xml.js';

const NS = {
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  atom: 'http://www.w3.org/2005/Atom',
};

export function rssXml(feed: Feed, base: string): string {
  const rss = create({ version: '1.0', encoding: 'UTF-8' }).ele('rss', {
    version: '2.0',
    'xmlns:content': NS.content,
    'xmlns:dc': NS.dc,
    'xmlns:atom': NS.atom,
  });
  const ch = rss.ele('channel');
  ch.ele('title').txt(xmlText(feed.title));
  ch.ele('link').txt(xmlText(absolute(base, feed.path)));
  ch.ele('description').txt(xmlText(feed.description));
  ch.ele('language').txt(xmlText(feed.lang));
  ch.ele('lastBuildDate').txt(rfc822(feed.updated));
  ch.ele('generator').txt('Loa');
  ch.ele(NS.atom, 'atom:link', { href: xmlAttr(absolute(base, feedPath(feed.path, 'rss'))), rel: 'self', type: 'application/rss+xml' });
  for (const it of feed.items) {
    const url = xmlText(absolute(base, it.path));
    const el = ch.ele('item');
    el.ele('title').txt(xmlText(it.title));
    el.ele('link').txt(url);
    el.ele('guid', { isPermaLink: 'true' }).txt(url);
    if (it.summary) el.ele('description').txt(xmlText(it.summary));
    el.ele(NS.content, 'content:encoded').txt(xmlText(feedBody(it.bodyHtml, base)));
    if (it.category) el.ele('category', { domain: xmlAttr(absolute(base, it.category.path)) }).txt(xmlText(it.category.name));
    if (it.byline) el.ele(NS.dc, 'dc:creator').txt(xmlText(it.byline));
    el.ele('pubDate').txt(rfc822(it.published));
  }
  return rss.end({ prettyPrint: true });
}
