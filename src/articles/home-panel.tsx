// The articles' part of the back office's home page: the person's own articles an editor returned
// (they are waiting for them) and the counts by status, with "Viết bài mới".
import type { Db } from '../db/index.js';
import type { Staff } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import type { HomePanel } from '../registry/module.js';
import { STATUSES, STATUS_LABELS } from '../workflow/states.js';
import { countByStatus, listItems } from '../editorial/queries.js';
import { ARTICLE_KIND } from './queries.js';
import { ReturnedArticles } from './returned-views.js';

export async function articlesHomePanel(db: Db, staff: Staff): Promise<HomePanel> {
  const { t } = staff;
  const [counts, returned] = await Promise.all([
    countByStatus(db, staff.actor, staff.site.id, ARTICLE_KIND),
    listItems(db, staff.actor, staff.site.id, { kinds: [ARTICLE_KIND], returned: true, authorId: staff.actor.userId, page: 1 }),
  ]);
  // The badge of waiting items is the editorial module's (every kind).
  return {
    node: (
      <>
        <ReturnedArticles staff={staff} items={returned.items.slice(0, 10)} total={returned.total} />
        <h2>{t.articleCounts}</h2>
        <ul class="counts">
          {STATUSES.map((s) => (
            <li>
              <a href={`${PATHS.articles}?trang-thai=${s}`}>
                {STATUS_LABELS[s]}: <strong>{counts[s]}</strong>
              </a>
            </li>
          ))}
        </ul>
        <p>
          <a class="button-link" href={PATHS.newArticle}>
            {t.writeArticle}
          </a>
        </p>
      </>
    ),
  };
}
