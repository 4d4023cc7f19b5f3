// On the back office's home: the person's own items an editor returned (articles, pages…, each in
// its kind's words and linked to its editor), with the editor's comment, so none is missed.
import type { Staff } from '../backoffice/guard.js';
import type { EditorialKind } from '../registry/editorial.js';
import { editorialPaths } from '../registry/editorial.js';
import type { ListedItem } from './queries.js';

export function ReturnedItems({ staff, kinds, items, total }: { staff: Staff; kinds: readonly EditorialKind[]; items: ListedItem[]; total: number }) {
  if (total === 0 || !kinds.length) return null;
  const first = kinds[0]!;
  const t = first.strings(staff.t);
  const kindOf = (k: string) => kinds.find((x) => x.kind === k) ?? first;
  return (
    <section class="returned" aria-labelledby="bi-tra-lai">
      <h2 id="bi-tra-lai">{t.returnedHeading(total)}</h2>
      <p>{t.returnedIntro}</p>
      <ul class="returned-list">
        {items.map((a) => (
          <li>
            <p class="returned-title">
              <a href={editorialPaths(kindOf(a.kind)).item(a.id)}>{kindOf(a.kind).strings(staff.t).returnedEdit(a.title)}</a>
            </p>
            <p class="returned-label">{t.returnedComment}</p>
            <p class="pre returned-comment">{a.review_comment}</p>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p>
          <a href={`${editorialPaths(first).list}?trang-thai=draft`}>{t.returnedMore(total)}</a>
        </p>
      )}
    </section>
  );
}
