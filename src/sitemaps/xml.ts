// Site maps as XML (sitemaps.org 0.9 urlset and sitemapindex; Google News 0.9), written with
// xmlbuilder2; every address and text passes xmlText once, dates are W3C datetimes.
import { create } from 'xmlbuilder2';
import { absolute, w3cDate, xmlText } from '../feeds/xml.js';
import type { NewsEntry, SitemapEntry } from './service.js';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

const doc = () => create({ version: '1.0', encoding: 'UTF-8' });

/** Addresses added between two breaks: a full file (50,000) takes about a second to build, so other
 *  requests get their turn every few milliseconds. */
const BATCH = 1_000;
const breather = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function urlsetXml(entries: SitemapEntry[], base: string): Promise<string> {
  const root = doc().ele(SITEMAP_NS, 'urlset');
  for (const [i, e] of entries.entries()) {
    if (i > 0 && i % BATCH === 0) await breather();
    const url = root.ele('url');
    url.ele('loc').txt(xmlText(absolute(base, e.path)));
    if (e.lastmod) url.ele('lastmod').txt(w3cDate(e.lastmod));
  }
  return root.end({ prettyPrint: true });
}

export function sitemapIndexXml(files: SitemapEntry[], base: string): string {
  const root = doc().ele(SITEMAP_NS, 'sitemapindex');
  for (const f of files) {
    const sm = root.ele('sitemap');
    sm.ele('loc').txt(xmlText(absolute(base, f.path)));
    if (f.lastmod) sm.ele('lastmod').txt(w3cDate(f.lastmod));
  }
  return root.end({ prettyPrint: true });
}

export function newsXml(entries: NewsEntry[], publication: { name: string; lang: string }, base: string): string {
  const root = doc().ele(SITEMAP_NS, 'urlset', { 'xmlns:news': NEWS_NS });
  for (const e of entries) {
    const url = root.ele('url');
    url.ele('loc').txt(xmlText(absolute(base, e.path)));
    const news = url.ele(NEWS_NS, 'news:news');
    const pub = news.ele(NEWS_NS, 'news:publication');
    pub.ele(NEWS_NS, 'news:name').txt(xmlText(publication.name));
    pub.ele(NEWS_NS, 'news:language').txt(xmlText(publication.lang));
    news.ele(NEWS_NS, 'news:publication_date').txt(w3cDate(e.published));
    news.ele(NEWS_NS, 'news:title').txt(xmlText(e.title));
  }
  return root.end({ prettyPrint: true });
}
