// Views of an editorial item's revisions (any kind): the list (newest first) with a no-JS form to choose two to
// compare and a restore button per revision, and the comparison. All text is escaped by preact;
// the comparison shows bodies as text, never as HTML.
import type { Staff } from '../backoffice/guard.js';
import { Notice, BackofficeLayout } from '../backoffice/layout.js';
import { formatDateTime } from '../vi/index.js';
import type { ItemRow } from '../db/schema.js';
import type { EditorialKind } from '../registry/editorial.js';
import { editorialPaths } from '../registry/editorial.js';
import type { Comparison, FieldDiff, ListChange, Segment } from './diff.js';
import type { Revision, Side } from './service.js';
import { REVISIONS_PER_PAGE } from './service.js';
import { DataTable } from '../backoffice/table.js';

export const CURRENT = 'hien-tai';
const COMPARE_FORM = 'so-sanh-phien-ban';

type T = Staff['t']['revisions'];

function who(t: T, r: Revision) {
  return r.userName ?? t.unknownUser;
}

/** A restore button; its accessible name says which revision, the visible text too when `full`. */
function RestoreForm({ staff, kind, article, rev, full = false }: { staff: Staff; kind: EditorialKind; article: ItemRow; rev: Revision; full?: boolean }) {
  const t = staff.t.revisions;
  const which = t.restoreWhich(rev.id, formatDateTime(rev.at));
  return (
    <form method="post" action={editorialPaths(kind).restoreRevision(article.id, rev.id)} class="rev-restore">
      <input type="hidden" name="_csrf" value={staff.csrf} />
      <button type="submit" class="secondary">
        {t.restoreButton}
        {full ? which : <span class="visually-hidden">{which}</span>}
      </button>
    </form>
  );
}

export interface ListProps {
  staff: Staff;
  kind: EditorialKind;
  article: ItemRow;
  items: Revision[];
  total: number;
  page: number;
  canRestore: boolean;
}

export function RevisionListPage({ staff, kind, article, items, total, page, canRestore }: ListProps) {
  const t = staff.t.revisions;
  const kt = kind.strings(staff.t);
  const paths = editorialPaths(kind);
  const pages = Math.max(1, Math.ceil(total / REVISIONS_PER_PAGE));
  // Defaults: the newest two revisions (or the only one against the article as it is now).
  const defaultB = items.length >= 2 && page === 1 ? items[0]!.id : CURRENT;
  const defaultA = items.length >= 2 && page === 1 ? items[1]!.id : items[0]?.id;
  const base = paths.revisions(article.id);
  return (
    <BackofficeLayout staff={staff} title={kt.revisionsTitle(article.title)} current={kind.navKey}>
      <p>
        <a href={paths.item(article.id)}>{kt.backToItem}</a>
      </p>
      <h1>{kt.revisionsTitle(article.title)}</h1>
      <p class="hint">{kt.revisionsIntro}</p>
      {items.length === 0 ? (
        <p>{kt.revisionsEmpty}</p>
      ) : (
        <div class="rev-list">
          <p>
            {t.total(total)}. {t.compareHint}
          </p>
          <div class="table-wrap">
            <DataTable>
              <caption class="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.compareA}</th>
                  <th scope="col">{t.compareB}</th>
                  <th scope="col">{t.when}</th>
                  <th scope="col">{t.who}</th>
                  <th scope="col">{t.kindColumn}</th>
                  <th scope="col">{t.titleColumn}</th>
                  {canRestore && (
                    <th scope="col">
                      <span class="visually-hidden">{t.restoreButton}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                <tr class="rev-current">
                  <td></td>
                  <td>
                    <input type="radio" form={COMPARE_FORM} name="b" value={CURRENT} checked={defaultB === CURRENT} aria-label={t.chooseCurrentB} />
                  </td>
                  <td colSpan={3}>{t.current}</td>
                  <td class="rev-title">{article.title}</td>
                  {canRestore && <td></td>}
                </tr>
                {items.map((r) => (
                  <tr>
                    <td>
                      <input type="radio" form={COMPARE_FORM} name="a" value={String(r.id)} checked={defaultA === r.id} aria-label={t.chooseA(r.id)} />
                    </td>
                    <td>
                      <input type="radio" form={COMPARE_FORM} name="b" value={String(r.id)} checked={defaultB === r.id} aria-label={t.chooseB(r.id)} />
                    </td>
                    <td>
                      <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                    </td>
                    <td>{who(t, r)}</td>
                    <td>{t.kind[r.kind]}</td>
                    <td class="rev-title">{r.title}</td>
                    {canRestore && (
                      <td>
                        <RestoreForm staff={staff} kind={kind} article={article} rev={r} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </div>
          {/* The radios belong to this form by their form attribute: the restore forms in the rows cannot nest in it. */}
          <form method="get" action={paths.compareRevisions(article.id)} id={COMPARE_FORM}>
            <button type="submit">{t.compareButton}</button>
          </form>
        </div>
      )}
      {pages > 1 && (
        <nav class="rev-pager" aria-label={t.pagerLabel}>
          {page > 1 && <a href={`${base}?trang=${page - 1}`}>{staff.t.previousPage}</a>} <span>{staff.t.pageOf(page, pages)}</span>{' '}
          {page < pages && <a href={`${base}?trang=${page + 1}`}>{staff.t.nextPage}</a>}
        </nav>
      )}
    </BackofficeLayout>
  );
}

/** Text segments: removals in <del>, insertions in <ins>, each with a hidden word for screen readers. */
function Segments({ t, segments }: { t: T; segments: Segment[] }) {
  return (
    <>
      {segments.map((s) =>
        s.kind === 'same' ? (
          s.text
        ) : s.kind === 'del' ? (
          <del>
            <span class="visually-hidden">{t.delPrefix}</span>
            {s.text}
            <span class="visually-hidden">{t.markEnd}</span>
          </del>
        ) : (
          <ins>
            <span class="visually-hidden">{t.insPrefix}</span>
            {s.text}
            <span class="visually-hidden">{t.markEnd}</span>
          </ins>
        ),
      )}
    </>
  );
}

function Field({ t, label, diff }: { t: T; label: string; diff: FieldDiff }) {
  return (
    <section class="rev-field">
      <h2>{label}</h2>
      {diff.changed ? (
        <p class="rev-diff">
          <Segments t={t} segments={diff.segments} />
        </p>
      ) : (
        <p class="hint">{t.unchanged}</p>
      )}
    </section>
  );
}

function Changes({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <>
      <h3>{label}</h3>
      <ul class="rev-changes">
        {items.map((x) => (
          <li>{x}</li>
        ))}
      </ul>
    </>
  );
}

function ListChanges({ added, removed, labels }: ListChange & { labels: [string, string] }) {
  return (
    <>
      <Changes label={labels[0]} items={added} />
      <Changes label={labels[1]} items={removed} />
    </>
  );
}

function describe(t: T, side: Side, current: string) {
  return side.kind === 'current' ? current : t.describe(side.rev.id, formatDateTime(side.rev.at), who(t, side.rev), t.kind[side.rev.kind]);
}

export interface CompareProps {
  staff: Staff;
  kind: EditorialKind;
  article: ItemRow;
  a: Side;
  b: Side;
  swapped: boolean;
  comparison: Comparison;
  canRestore: boolean;
}

export function ComparePage({ staff, kind, article, a, b, swapped, comparison: c, canRestore }: CompareProps) {
  const t = staff.t.revisions;
  const kt = kind.strings(staff.t);
  const restorable = [a, b].filter((s): s is { kind: 'revision'; rev: Revision } => s.kind === 'revision');
  return (
    <BackofficeLayout staff={staff} title={t.compareTitle(article.title)} current={kind.navKey}>
      <p>
        <a href={editorialPaths(kind).revisions(article.id)}>{t.backToList}</a>
      </p>
      <h1>{t.compareTitle(article.title)}</h1>
      <dl class="rev-sides">
        <dt>{t.from}</dt>
        <dd>{describe(t, a, kt.revisionsCurrent)}</dd>
        <dt>{t.to}</dt>
        <dd>{describe(t, b, kt.revisionsCurrent)}</dd>
      </dl>
      {swapped && <Notice message={t.reordered} />}
      <p class="rev-legend">
        {t.legend}{' '}
        <del>{t.legendDel}</del>{' '}
        <ins>{t.legendIns}</ins>
      </p>
      {c.same ? (
        <p role="status">{t.same}</p>
      ) : (
        <>
          <Field t={t} label={t.fieldTitle} diff={c.title} />
          {kind.fields.summary && <Field t={t} label={t.fieldSummary} diff={c.summary} />}
          {kind.fields.byline && <Field t={t} label={t.fieldByline} diff={c.byline} />}
          <section class="rev-field">
            <h2>{t.fieldBody}</h2>
            {c.body.changed ? (
              <div class="rev-body">
                {c.body.rows.map((r) =>
                  r.kind === 'skipped' ? (
                    <p class="rev-skipped">{t.skipped(r.count)}</p>
                  ) : (
                    <p class={r.changed ? 'rev-diff rev-changed' : 'rev-diff'}>
                      <Segments t={t} segments={r.segments} />
                    </p>
                  ),
                )}
              </div>
            ) : (
              <p class="hint">{t.unchanged}</p>
            )}
            <ListChanges {...c.links} labels={[t.linksAdded, t.linksRemoved]} />
            <ListChanges {...c.images} labels={[t.imagesAdded, t.imagesRemoved]} />
            <ListChanges {...c.videos} labels={[t.videosAdded, t.videosRemoved]} />
          </section>
        </>
      )}
      {canRestore && restorable.length > 0 && (
        <div class="actions rev-actions">
          {restorable.map((s) => (
            <RestoreForm staff={staff} kind={kind} article={article} rev={s.rev} full />
          ))}
        </div>
      )}
    </BackofficeLayout>
  );
}
