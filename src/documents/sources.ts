// What Văn bản gives the shared capabilities (registry/sources.ts): its documents in the search index
// (their own kind, 'document'), sitemap.xml (the list and every published document), the feeds (its
// own channel, /van-ban/rss.xml) and the menu editor's picker.
import type { FeedChannel, FeedItem, FeedSource, SearchSource, SitemapSource } from '../registry/sources.js';
import type { LinkTargets } from '../registry/module.js';
import { htmlToText } from '../search/text.js';
import { sql } from 'kysely';
import { DOCUMENTS_PATH, DOCUMENT_KIND, documentUrl, latestDocuments } from './queries.js';
import { slugAfter } from '../web/params.js';

export const documentSearch: SearchSource = {
  kind: DOCUMENT_KIND,
  dated: true,
  async ids(db, siteId) {
    const rows = await db.selectFrom('documents').select('id').where('site_id', '=', siteId).where('status', '=', 'published').orderBy('id').execute();
    return rows.map((r) => r.id);
  },
  async doc(db, id) {
    const d = await db
      .selectFrom('documents')
      .innerJoin('document_types', 'document_types.id', 'documents.type_id')
      .innerJoin('document_issuers', 'document_issuers.id', 'documents.issuer_id')
      .select(['documents.site_id', 'documents.slug', 'documents.status', 'documents.published_at', 'documents.updated_at', 'documents.number_text', 'documents.summary', 'documents.body_html', 'documents.signer_name'])
      .select(['document_types.name as type_name', 'document_issuers.name as issuer_name'])
      .where('documents.id', '=', id)
      .executeTakeFirst();
    if (!d || d.status !== 'published') return null;
    return {
      siteId: d.site_id,
      categoryId: null,
      slug: d.slug,
      publishedAt: d.published_at ?? d.updated_at,
      title: `${d.type_name} số ${d.number_text}: ${d.summary}`.slice(0, 500),
      text: `${d.summary}\n${htmlToText(d.body_html)}`,
      extra: [d.number_text, d.issuer_name, d.signer_name].filter(Boolean).join(' · '),
    };
  },
  url: documentUrl,
};

export const documentSitemap: SitemapSource = {
  async entries(db, siteId) {
    const last = await db.selectFrom('documents').select(sql<string>`max(updated_at)`.as('at')).where('site_id', '=', siteId).where('status', '=', 'published').executeTakeFirst();
    // The list is listed once the site has a public document.
    return last?.at ? [{ path: DOCUMENTS_PATH, lastmod: last.at }] : [];
  },
  bulk: {
    async count(db, siteId) {
      const r = await db.selectFrom('documents').select(sql<number>`count(*)`.as('n')).where('site_id', '=', siteId).where('status', '=', 'published').executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async slice(db, siteId, _nowIso, offset, limit) {
      const rows = await db.selectFrom('documents').select(['slug', 'updated_at']).where('site_id', '=', siteId).where('status', '=', 'published').orderBy('id').limit(limit).offset(offset).execute();
      return rows.map((r) => ({ path: documentUrl(r), lastmod: r.updated_at }));
    },
  },
};

async function newest(db: Parameters<FeedSource['items']>[0], siteId: number, limit: number): Promise<FeedItem[]> {
  const rows = await latestDocuments(db, siteId, limit);
  return rows.map((d) => ({
    path: documentUrl(d),
    title: `${d.type_name} số ${d.number_text}`,
    summary: d.summary,
    bodyHtml: `<p>${d.summary.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)}</p>`,
    byline: d.issuer_name,
    category: null,
    published: d.published_at ?? d.updated_at,
    updated: d.updated_at,
  }));
}

const channel: FeedChannel = {
  path: DOCUMENTS_PATH,
  async read(db, site, _slug, _nowIso, limit) {
    return { title: `Văn bản mới - ${site.name}`, description: `Văn bản mới được công khai trên ${site.name}.`, path: DOCUMENTS_PATH, items: await newest(db, site.id, limit) };
  },
};

export const documentFeed: FeedSource = {
  // Documents have their own feed (/van-ban/rss.xml); the site's feed stays the news.
  items: async () => [],
  channels: [channel],
};

export const documentLinkTargets: LinkTargets = {
  label: () => 'Văn bản',
  order: 30,
  choices: async () => [[DOCUMENTS_PATH, 'Văn bản']],
  titleOf: async (db, siteId, _nowIso, url) => {
    if (url === DOCUMENTS_PATH) return 'Văn bản';
    const slug = slugAfter(`${DOCUMENTS_PATH}/`, url);
    if (slug === undefined) return undefined;
    const d = await db.selectFrom('documents').select('number_text').where('site_id', '=', siteId).where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst();
    return d?.number_text;
  },
};
