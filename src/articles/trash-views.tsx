// Views of the trash: the list (Thùng rác, with "Khôi phục" on each row) and, on an article's
// page, the "Xoá bài" section or, for an article in the trash, the notice with "Khôi phục".
// Plain forms: no script needed.
import type { ArticleRow } from '../db/schema.js';
import type { Staff } from '../backoffice/guard.js';
import { BackofficeLayout } from '../backoffice/layout.js';
import { PATHS } from '../backoffice/paths.js';
import { can } from '../accounts/policy.js';
import { STATUS_LABELS } from '../workflow/states.js';
import { formatDateTime, isoDate } from '../vi/index.js';
import type { TrashItem } from './trash.js';
import { purgeAt, TRASH_DAYS } from './trash.js';
import { Pager } from './backoffice-views.js';

function RestoreForm({ staff, id, title }: { staff: Staff; id: number; title?: string }) {
  const t = staff.t.articles.trash;
  return (
    <form method="post" action={PATHS.restoreArticle(id)} class="restore">
      <input type="hidden" name="_csrf" value={staff.csrf} />
      <button type="submit" class="secondary">
        {t.restore}
        {title !== undefined && <span class="visually-hidden">{` ${t.restoreLabel(title)}`}</span>}
      </button>
    </form>
  );
}

export interface TrashPageProps {
  staff: Staff;
  items: TrashItem[];
  total: number;
  page: number;
  pages: number;
  notice?: string;
  waiting: number;
  /** The article just deleted: its restore button sits in the notice. */
  justDeleted?: number;
}

export function TrashPage(p: TrashPageProps) {
  const { staff } = p;
  const t = staff.t.articles;
  const tt = t.trash;
  return (
    <BackofficeLayout staff={staff} title={tt.title} current="trash" waiting={p.waiting}>
      <h1>{tt.title}</h1>
      <p>{tt.intro(TRASH_DAYS)}</p>
      {p.notice && (
        <div class="notice trash-notice" role="status">
          <p>{p.notice}</p>
          {p.justDeleted !== undefined && <RestoreForm staff={staff} id={p.justDeleted} />}
        </div>
      )}
      <p>{tt.total(p.total)}</p>
      {p.items.length === 0 ? (
        <p>{tt.empty}</p>
      ) : (
        <ul class="trash-items">
          {p.items.map((a) => (
            <li>
              <p class="trash-title">
                <a href={PATHS.article(a.id)}>{a.title}</a>
              </p>
              <p class="hint">
                {STATUS_LABELS[a.status]} · {tt.deletedAt} <time datetime={isoDate(a.deleted_at)}>{formatDateTime(a.deleted_at)}</time> · {tt.deletedBy}: {a.deleted_by_name ?? tt.unknownUser} · {tt.purgeAt}{' '}
                <time datetime={isoDate(purgeAt(a.deleted_at))}>{formatDateTime(purgeAt(a.deleted_at))}</time>
              </p>
              {can(staff.actor, 'article.delete', a) && <RestoreForm staff={staff} id={a.id} title={a.title} />}
            </li>
          ))}
        </ul>
      )}
      <Pager staff={staff} base={PATHS.trash} f={{ text: '' }} page={p.page} pages={p.pages} />
    </BackofficeLayout>
  );
}

/** At the top of an article's page while it is in the trash: when it goes for good, and "Khôi phục". */
export function TrashNotice({ staff, article }: { staff: Staff; article: ArticleRow }) {
  const t = staff.t.articles.trash;
  if (!article.deleted_at) return null;
  return (
    <div class="trash-notice form-error" role="note">
      <p>{t.inTrash(formatDateTime(article.deleted_at), formatDateTime(purgeAt(article.deleted_at)))}</p>
      {can(staff.actor, 'article.delete', article) && <RestoreForm staff={staff} id={article.id} />}
    </div>
  );
}

/** At the bottom of an article's page: "Xoá bài" (to the trash), when the policy allows it. */
export function DeleteArticle({ staff, article }: { staff: Staff; article: ArticleRow }) {
  const t = staff.t.articles.trash;
  if (article.deleted_at || !can(staff.actor, 'article.delete', article)) return null;
  return (
    <section class="trash-delete" aria-labelledby="xoa-bai">
      <h2 id="xoa-bai">{t.deleteHeading}</h2>
      <p class="hint">{t.deleteHint(TRASH_DAYS)}</p>
      <form method="post" action={PATHS.trashArticle(article.id)}>
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <button type="submit" class="danger">
          {t.deleteButton}
        </button>
      </form>
    </section>
  );
}
