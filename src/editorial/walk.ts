// The rows the authorisation walk and the HTML checks need for a kind's back office
// (registry/module.ts WalkRows): a reporter's own draft of the kind, with a revision, keyed by the
// kind's path segment ('trang' for /quan-tri/trang/:id) and `${segment}:rev` for its revisions.
import type { WalkRows } from '../registry/module.js';
import type { EditorialKind } from '../registry/editorial.js';
import { titleColumns } from '../db/titles.js';
import { keepRevision } from '../revisions/service.js';

export function editorialWalk(kind: EditorialKind): WalkRows {
  const segment = kind.base.split('/').filter(Boolean).at(-1)!;
  return async (db, ctx) => {
    const at = new Date().toISOString();
    const row = await db
      .insertInto('articles')
      .values({
        site_id: ctx.siteId,
        kind: kind.kind,
        slug: `thu-nghiem-loi-di-${kind.kind}-${Date.now().toString(36)}`,
        ...titleColumns(`Mục thử nghiệm (${kind.kind})`),
        summary: '',
        body_html: '<p>Nội dung.</p>',
        byline: '',
        category_id: null,
        author_id: ctx.reporter,
        featured_media_id: null,
        status: 'draft',
        published_at: null,
        created_at: at,
        updated_at: at,
        view_count: 0,
        rating_sum: 0,
        rating_count: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await keepRevision(db, { itemId: row.id, userId: ctx.reporter, title: `Mục thử nghiệm (${kind.kind})`, summary: '', bodyHtml: '<p>Nội dung.</p>', byline: '', kind: 'save', at });
    const rev = await db.selectFrom('article_revisions').select('id').where('article_id', '=', row.id).executeTakeFirstOrThrow();
    return { [segment]: String(row.id), [`${segment}:rev`]: String(rev.id) };
  };
}
