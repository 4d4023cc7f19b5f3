// Revisions of articles. (To be written: keepRevision is called by the article save inside its transaction.)
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export type RevisionKind = 'save' | 'autosave' | 'restore';

export interface RevisionInput {
  articleId: number;
  userId: number | null;
  title: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  kind: RevisionKind;
  /** ISO-8601 UTC. */
  at: string;
}

/** Keeps a revision of an article (inside the caller's transaction). */
export async function keepRevision(db: Kysely<Database>, r: RevisionInput): Promise<void> {
  await db
    .insertInto('article_revisions')
    .values({ article_id: r.articleId, user_id: r.userId, title: r.title, summary: r.summary, body_html: r.bodyHtml, byline: r.byline, kind: r.kind, created_at: r.at })
    .execute();
}
