// Views of the trash: the list (Thùng rác: every kind, each item with its kind's name and
// "Khôi phục") and, on an item's page, the "Xoá bài" section or, for an item in the trash, the
// notice with "Khôi phục". Plain forms: no script needed.
import type { ItemRow } from '../db/schema.js';
import type { Staff } from '../backoffice/guard.js';
import { BackofficeLayout } from '../backoffice/layout.js';
import { PATHS } from '../backoffice/paths.js';
import { can } from '../accounts/policy.js';
import { STATUS_LABELS } from '../workflow/states.js';
import { purgeAt, TRASH_DAYS } from '../workflow/trash.js';
import { formatDateTime, isoDate } from '../vi/index.js';
import type { EditorialKind } from '../registry/editorial.js';
import { editorialPaths } from '../registry/editorial.js';
import type { TrashItem } from './trash.js';
import { Pager } from './views.js';

function RestoreForm({ staff, kind, id, title }: { staff: Staff; kind: EditorialKind; id: number; title?: string }) {
  const t = kind.strings(staff.t).trash;
  return (
    <form method="post" action={editorialPaths(kind).untrash(id)} class="restore">
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
  /** Every declared kind (the first one's words name the page). */
  kinds: readonly EditorialKind[];
  items: TrashItem[];
  total: number;
  page: number;
  pages: number;
  notice?: string;
  waiting: number;
  /** The item just deleted: its restore button sits in the notice. */
  justDeleted?: { id: number; kind: string };
}

export function TrashPage(p: TrashPageProps) {
  const { staff, kinds } = p;
  const tt = kinds[0]!.strings(staff.t).trash;
  const kindOf = (k: string) => kinds.find((x) => x.kind === k) ?? kinds[0]!;
  // With one kind its name is said by the page; with several each item says its own.
  const mixed = kinds.length > 1;
  return (
    <BackofficeLayout staff={staff} title={tt.title} current="trash" waiting={p.waiting}>
      <h1>{tt.title}</h1>
      <p>{tt.intro(TRASH_DAYS)}</p>
      {p.notice && (
        <div class="notice trash-notice" role="status">
          <p>{p.notice}</p>
          {p.justDeleted !== undefined && <RestoreForm staff={staff} kind={kindOf(p.justDeleted.kind)} id={p.justDeleted.id} />}
        </div>
      )}
      <p>{tt.total(p.total)}</p>
      {p.items.length === 0 ? (
        <p>{tt.empty}</p>
      ) : (
        <ul class="trash-items">
          {p.items.map((a) => {
            const kind = kindOf(a.kind);
            return (
              <li>
                <p class="trash-title">
                  <a href={editorialPaths(kind).item(a.id)}>{a.title}</a>
                </p>
                <p class="hint">
                  {mixed && `${kind.strings(staff.t).kindLabel} · `}
                  {STATUS_LABELS[a.status]} · {tt.deletedAt} <time datetime={isoDate(a.deleted_at)}>{formatDateTime(a.deleted_at)}</time> · {tt.deletedBy}: {a.deleted_by_name ?? tt.unknownUser} · {tt.purgeAt}{' '}
                  <time datetime={isoDate(purgeAt(a.deleted_at))}>{formatDateTime(purgeAt(a.deleted_at))}</time>
                </p>
                {can(staff.actor, 'article.delete', a) && <RestoreForm staff={staff} kind={kind} id={a.id} title={a.title} />}
              </li>
            );
          })}
        </ul>
      )}
      <Pager staff={staff} base={PATHS.trash} f={{ text: '' }} page={p.page} pages={p.pages} />
    </BackofficeLayout>
  );
}

/** At the top of an item's page while it is in the trash: when it goes for good, and "Khôi phục". */
export function TrashNotice({ staff, kind, item }: { staff: Staff; kind: EditorialKind; item: ItemRow }) {
  const t = kind.strings(staff.t).trash;
  if (!item.deleted_at) return null;
  return (
    <div class="trash-notice form-error" role="note">
      <p>{t.inTrash(formatDateTime(item.deleted_at), formatDateTime(purgeAt(item.deleted_at)))}</p>
      {can(staff.actor, 'article.delete', item) && <RestoreForm staff={staff} kind={kind} id={item.id} />}
    </div>
  );
}

/** At the bottom of an item's page: "Xoá bài" (to the trash), when the policy allows it. */
export function DeleteItem({ staff, kind, item }: { staff: Staff; kind: EditorialKind; item: ItemRow }) {
  const t = kind.strings(staff.t).trash;
  if (item.deleted_at || !can(staff.actor, 'article.delete', item)) return null;
  return (
    <section class="trash-delete" aria-labelledby="xoa-bai">
      <h2 id="xoa-bai">{t.deleteHeading}</h2>
      <p class="hint">{t.deleteHint(TRASH_DAYS)}</p>
      <form method="post" action={editorialPaths(kind).trash(item.id)}>
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <button type="submit" class="danger">
          {t.deleteButton}
        </button>
      </form>
    </section>
  );
}
