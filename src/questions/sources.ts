// What published questions give the shared capabilities: the search index (kind 'question'), the
// site maps, the feeds and the menu editor's picker. Only what is published, without personal data.
import type { FeedSource, SearchSource, SitemapSource } from '../registry/sources.js';
import type { LinkTargets } from '../registry/module.js';
import { htmlToText } from '../search/text.js';
import { msg } from '../messages/index.js';
import { QUESTION_KIND, questionPath } from './service.js';
import { ASK_PATH, LIST_PATH, TRACK_PATH } from './public-views.js';

const t = msg.questions;

export const questionSearch: SearchSource = {
  kind: QUESTION_KIND,
  dated: true,
  async ids(db, siteId) {
    const rows = await db.selectFrom('question_cases').select('id').where('site_id', '=', siteId).where('status', '=', 'published').orderBy('id').execute();
    return rows.map((r) => r.id);
  },
  async doc(db, id) {
    const q = await db.selectFrom('question_cases').select(['site_id', 'status', 'public_title', 'public_body', 'answer_html', 'published_at', 'topic']).where('id', '=', id).executeTakeFirst();
    if (!q || q.status !== 'published' || !q.published_at) return null;
    return { siteId: q.site_id, categoryId: null, slug: String(id), publishedAt: q.published_at, title: q.public_title, text: `${q.public_body}\n${htmlToText(q.answer_html)}`, extra: q.topic };
  },
  url: (hit) => questionPath(hit.id),
};

export const questionSitemap: SitemapSource = {
  async entries(db, siteId) {
    const rows = await db.selectFrom('question_cases').select(['id', 'updated_at']).where('site_id', '=', siteId).where('status', '=', 'published').orderBy('id').execute();
    // The list and the form once the site has a published answer (as the documents' list), then each one.
    if (rows.length === 0) return [];
    return [{ path: LIST_PATH }, { path: ASK_PATH }, ...rows.map((r) => ({ path: questionPath(r.id), lastmod: r.updated_at }))];
  },
};

export const questionFeed: FeedSource = {
  async items(db, siteId, nowIso, limit) {
    const rows = await db
      .selectFrom('question_cases')
      .select(['id', 'public_title', 'public_body', 'answer_html', 'published_at', 'updated_at'])
      .where('site_id', '=', siteId)
      .where('status', '=', 'published')
      .where('published_at', '<=', nowIso)
      .orderBy('published_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ path: questionPath(r.id), title: r.public_title, summary: r.public_body.slice(0, 300), bodyHtml: r.answer_html, byline: '', category: null, published: r.published_at!, updated: r.updated_at }));
  },
};

const LINKS: [string, string][] = [
  [LIST_PATH, t.publicTitle],
  [ASK_PATH, t.askTitle],
  [TRACK_PATH, t.trackTitle],
];

export const questionLinkTargets: LinkTargets = {
  label: () => t.publicTitle,
  order: 25,
  choices: async () => LINKS,
  titleOf: async (_db, _siteId, _now, url) => LINKS.find(([u]) => u === url)?.[1],
};
