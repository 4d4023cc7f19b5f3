// An article the person may not change (a reporter's submitted or published article, someone
// else's, or one in the trash), shown as it reads: title, summary, category, tags, featured image
// and the body rendered from its sanitised HTML (richtext/sanitize.ts ran before it was stored).
import type { ArticleRow, CategoryRow } from '../db/schema.js';
import type { Staff } from '../backoffice/guard.js';
import type { ImageView } from '../media/images.js';

export interface ReadOnlyProps {
  staff: Staff;
  article: ArticleRow & { tags?: string[] };
  categories: CategoryRow[];
  featured: ImageView | null;
}

/** Why this person only sees the article, in plain words. */
export function readOnlyReason(staff: Staff, article: ArticleRow): string {
  const t = staff.t.articles;
  if (article.deleted_at) return t.readOnlyTrashed;
  return article.author_id === staff.actor.userId ? t.readOnlyBecause[article.status] : t.readOnlyBecause.draft;
}

export function ArticleReadOnly({ staff, article, categories, featured }: ReadOnlyProps) {
  const t = staff.t.articles;
  const category = categories.find((c) => c.id === article.category_id);
  return (
    <section class="article-readonly" aria-label={t.readOnlyHeading}>
      <p class="hint">
        {t.readOnly} {readOnlyReason(staff, article)}
      </p>
      <dl class="readonly-facts">
        <dt>{t.title}</dt>
        <dd class="readonly-title">{article.title}</dd>
        <dt>{t.summary}</dt>
        <dd class="pre">{article.summary || t.noSummary}</dd>
        <dt>{t.category}</dt>
        <dd>{category?.name ?? t.noCategory}</dd>
        {article.tags && article.tags.length > 0 && (
          <>
            <dt>{t.tags}</dt>
            <dd>{article.tags.join(', ')}</dd>
          </>
        )}
        {article.byline && (
          <>
            <dt>{t.byline}</dt>
            <dd>{article.byline}</dd>
          </>
        )}
        {featured && (
          <>
            <dt>{t.featured}</dt>
            <dd>
              <img class="featured-thumb" src={featured.src} alt={featured.alt} width={160} height={featured.width ? Math.round((160 * featured.height) / featured.width) : undefined} />
            </dd>
          </>
        )}
      </dl>
      <h2 class="readonly-body-heading">{t.body}</h2>
      {article.body_html ? <div class="readonly-body article-body" dangerouslySetInnerHTML={{ __html: article.body_html }} /> : <p>{t.noBody}</p>}
    </section>
  );
}
