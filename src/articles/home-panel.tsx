// The articles' part of the back office's home page: the counts by status, with "Viết bài mới"
// (what an editor returned, of every kind, is the editorial module's part, above it).
import type { Db } from '../db/index.js';
import type { Staff } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import type { HomePanel } from '../registry/module.js';
import { STATUSES, STATUS_LABELS } from '../workflow/states.js';
import { countByStatus } from '../editorial/queries.js';
import { ARTICLE_KIND } from './queries.js';

export async function articlesHomePanel(db: Db, staff: Staff): Promise<HomePanel> {
  const { t } = staff;
  const counts = await countByStatus(db, staff.actor, staff.site.id, ARTICLE_KIND);
  // The badge of waiting items is the editorial module's (every kind).
  return {
    node: (
      <>
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
