// On the back office's home: the person's own articles an editor returned, each with the editor's
// comment and a link to edit it, so a returned article is not missed.
import type { Staff } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import type { ListedItem } from '../editorial/queries.js';

export function ReturnedArticles({ staff, items, total }: { staff: Staff; items: ListedItem[]; total: number }) {
  if (total === 0) return null;
  const t = staff.t.articles;
  return (
    <section class="returned" aria-labelledby="bi-tra-lai">
      <h2 id="bi-tra-lai">{t.returnedHeading(total)}</h2>
      <p>{t.returnedIntro}</p>
      <ul class="returned-list">
        {items.map((a) => (
          <li>
            <p class="returned-title">
              <a href={PATHS.article(a.id)}>{t.returnedEdit(a.title)}</a>
            </p>
            <p class="returned-label">{t.returnedComment}</p>
            <p class="pre returned-comment">{a.review_comment}</p>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p>
          <a href={`${PATHS.articles}?trang-thai=draft`}>{t.returnedMore(total)}</a>
        </p>
      )}
    </section>
  );
}
