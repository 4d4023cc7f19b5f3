// An item the person may not change (a reporter's submitted or published item, someone else's, or
// one in the trash), shown as it reads: its fields as its kind has them, and the body rendered from
// its sanitised HTML (richtext/sanitize.ts ran before it was stored).
import type { ItemRow } from '../db/schema.js';
import type { Staff } from '../backoffice/guard.js';
import type { EditorialKind } from '../registry/editorial.js';
import type { ItemInput } from './service.js';

export interface ReadOnlyProps {
  staff: Staff;
  kind: EditorialKind;
  item: ItemRow;
  values: ItemInput;
  data: unknown;
  parents: { id: number; title: string }[];
}

/** Why this person only sees the item, in plain words. */
export function readOnlyReason(staff: Staff, kind: EditorialKind, item: ItemRow): string {
  const t = kind.strings(staff.t);
  if (item.deleted_at) return t.readOnlyTrashed;
  return item.author_id === staff.actor.userId ? t.readOnlyBecause[item.status] : t.readOnlyBecause.draft;
}

export function ItemReadOnly({ staff, kind, item, values, data, parents }: ReadOnlyProps) {
  const t = kind.strings(staff.t);
  const has = kind.fields;
  const Own = kind.own?.ReadOnly;
  const parent = item.parent_id === null ? undefined : parents.find((p) => p.id === item.parent_id);
  return (
    <section class="article-readonly" aria-label={t.readOnlyHeading}>
      <p class="hint">
        {t.readOnly} {readOnlyReason(staff, kind, item)}
      </p>
      <dl class="readonly-facts">
        <dt>{t.title}</dt>
        <dd class="readonly-title">{item.title}</dd>
        {has.summary && (
          <>
            <dt>{t.summary}</dt>
            <dd class="pre">{item.summary || t.noSummary}</dd>
          </>
        )}
        {has.tree && (
          <>
            <dt>{t.parent}</dt>
            <dd>{parent?.title ?? t.noParent}</dd>
          </>
        )}
        {Own && <Own staff={staff} item={item} values={values.own} data={data} slot="grid" />}
        {has.byline && item.byline && (
          <>
            <dt>{t.byline}</dt>
            <dd>{item.byline}</dd>
          </>
        )}
        {Own && <Own staff={staff} item={item} values={values.own} data={data} slot="after" />}
      </dl>
      <h2 class="readonly-body-heading">{t.body}</h2>
      {item.body_html ? <div class="readonly-body article-body" dangerouslySetInnerHTML={{ __html: item.body_html }} /> : <p>{t.noBody}</p>}
    </section>
  );
}
