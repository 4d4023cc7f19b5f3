// Views of editorial items in the back office, for every declared kind (registry/editorial.ts): the
// filtered list (or the tree, for a kind whose items nest), the review queue, the editor page and
// the confirmation of a warned move. The form works without JavaScript; client/editor enhances it
// (see the data- attributes), whatever the kind.
import type { ComponentChildren } from 'preact';
import type { ArticleStatus, ItemRow } from '../db/schema.js';
import type { Staff } from '../backoffice/guard.js';
import { Notice, BackofficeLayout } from '../backoffice/layout.js';
import { ConfirmForm, FieldError, PostButton, describedBy, invalidWhen } from '../backoffice/fields.js';
import type { FieldErrors } from '../backoffice/form.js';
import { PATHS } from '../backoffice/paths.js';
import { DataTable } from '../backoffice/table.js';
import { STATUSES, STATUS_LABELS } from '../workflow/states.js';
import type { Transition } from '../workflow/machine.js';
import { formatDateTime, formatTimeAndDay, isoDate } from '../vi/index.js';
import type { EditorialKind, EditorialStrings } from '../registry/editorial.js';
import { editorialPaths } from '../registry/editorial.js';
import type { ListedItem, TreeItem } from './queries.js';
import type { ItemInput } from './service.js';
import { LIMITS } from './service.js';
import { ItemReadOnly } from './readonly.js';
import { DeleteItem, TrashNotice } from './trash-views.js';

const when = (iso: string | null) => (iso ? formatDateTime(iso) : '');

/** "Hẹn giờ: 07:00, Thứ Sáu 04/12/2026" for a scheduled item, the state's name otherwise. */
function StatusLabel({ a }: { a: Pick<ItemRow, 'status' | 'published_at'> }) {
  return (
    <>
      <span class={`status status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
      {a.status === 'scheduled' && a.published_at && (
        <>
          {': '}
          <time datetime={isoDate(a.published_at)}>{formatTimeAndDay(a.published_at)}</time>
        </>
      )}
    </>
  );
}

/** The state of a listed item: "Bị trả lại" for a returned draft. */
function ListedStatus({ t, a }: { t: EditorialStrings; a: Pick<ItemRow, 'status' | 'published_at' | 'review_comment'> }) {
  return a.status === 'draft' && a.review_comment ? <strong class="status status-returned">{t.returnedStatus}</strong> : <StatusLabel a={a} />;
}

/** A move's button, in the kind's words. */
const labelOf = (t: EditorialStrings, m: Transition) => t.moveLabels[`${m.from}.${m.action}`] ?? m.label;

/** Moves that take something away from readers: a confirmation step first, styled as a warning. */
export const CONFIRMED_MOVES: readonly string[] = ['unpublish'];

export interface ListFilters {
  status?: ArticleStatus;
  /** The kind's own filter's value (articles: the category). */
  own?: number;
  authorId?: number;
  text: string;
}

function pageHref(base: string, ownParam: string | undefined, f: ListFilters, page: number): string {
  const q = new URLSearchParams();
  if (f.status) q.set('trang-thai', f.status);
  if (f.own && ownParam) q.set(ownParam, String(f.own));
  if (f.authorId) q.set('tac-gia', String(f.authorId));
  if (f.text) q.set('q', f.text);
  if (page > 1) q.set('trang', String(page));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

/** The table of a list: one kind's (with its own column), or several kinds' (the review queue: a "Loại" column). */
function ItemTable({ staff, kinds, items, data }: { staff: Staff; kinds: readonly EditorialKind[]; items: ListedItem[]; data?: unknown }) {
  const one = kinds.length === 1 ? kinds[0] : undefined;
  const t = (one ?? kinds[0])!.strings(staff.t);
  const own = one?.own?.list;
  const kindOf = (k: string) => kinds.find((x) => x.kind === k) ?? kinds[0]!;
  return (
    <div class="table-wrap">
      <DataTable>
        <thead>
          <tr>
            <th scope="col">{t.title}</th>
            {!one && <th scope="col">{staff.t.kindColumn}</th>}
            <th scope="col">{t.status}</th>
            {own && <th scope="col">{own.label}</th>}
            <th scope="col">{t.author}</th>
            <th scope="col">{t.updated}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr>
              <td>
                <a href={editorialPaths(kindOf(a.kind)).item(a.id)}>{a.title}</a>
              </td>
              {!one && <td>{kindOf(a.kind).strings(staff.t).kindLabel}</td>}
              <td>
                <ListedStatus t={t} a={a} />
              </td>
              {own && <td>{own.cell(a, data)}</td>}
              <td>{a.author_name ?? ''}</td>
              <td>
                <time datetime={isoDate(a.updated_at)}>{when(a.updated_at)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}

export function Pager({ staff, base, ownParam, f, page, pages }: { staff: Staff; base: string; ownParam?: string; f: ListFilters; page: number; pages: number }) {
  if (pages <= 1) return null;
  const { t } = staff;
  return (
    <nav class="pager" aria-label={t.pageOf(page, pages)}>
      {page > 1 && (
        <a href={pageHref(base, ownParam, f, page - 1)} rel="prev">
          {t.previousPage}
        </a>
      )}
      <span>{t.pageOf(page, pages)}</span>
      {page < pages && (
        <a href={pageHref(base, ownParam, f, page + 1)} rel="next">
          {t.nextPage}
        </a>
      )}
    </nav>
  );
}

export interface ListPageProps {
  staff: Staff;
  kind: EditorialKind;
  f: ListFilters;
  counts: Record<ArticleStatus, number>;
  /** What the kind's own fields loaded (its filter's choices). */
  data: unknown;
  authors: { id: number; display_name: string }[];
  items: ListedItem[];
  total: number;
  page: number;
  pages: number;
  waiting: number;
  warning?: string;
}

export function ItemListPage(p: ListPageProps) {
  const { staff, kind, f } = p;
  const t = kind.strings(staff.t);
  const paths = editorialPaths(kind);
  const own = kind.own?.list;
  return (
    <BackofficeLayout staff={staff} title={t.listTitle} current={kind.navKey} waiting={p.waiting}>
      <div class="title-row">
        <h1>{t.listTitle}</h1>
        <a class="button-link" href={paths.create}>
          {t.newButton}
        </a>
      </div>
      <Notice message={p.warning} kind="error" />
      <ul class="status-tabs">
        <li>
          <a href={pageHref(paths.list, own?.param, { ...f, status: undefined }, 1)} aria-current={!f.status ? 'page' : undefined}>
            {staff.t.all}
          </a>
        </li>
        {STATUSES.map((s) => (
          <li>
            <a href={pageHref(paths.list, own?.param, { ...f, status: s }, 1)} aria-current={f.status === s ? 'page' : undefined}>
              {STATUS_LABELS[s]} ({p.counts[s]})
            </a>
          </li>
        ))}
      </ul>
      <form method="get" action={paths.list} class="filters" role="search">
        {f.status && <input type="hidden" name="trang-thai" value={f.status} />}
        <p class="field">
          <label for="loc-chu">{t.text}</label>
          <input id="loc-chu" type="search" name="q" value={f.text} maxLength={200} />
        </p>
        {own && (
          <p class="field">
            <label for={`loc-${own.param}`}>{own.label}</label>
            <select id={`loc-${own.param}`} name={own.param}>
              <option value="">{staff.t.all}</option>
              {own.options(p.data).map((o) => (
                <option value={String(o.value)} selected={f.own === o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </p>
        )}
        {staff.role !== 'reporter' && (
          <p class="field">
            <label for="loc-tac-gia">{t.author}</label>
            <select id="loc-tac-gia" name="tac-gia">
              <option value="">{staff.t.all}</option>
              {p.authors.map((u) => (
                <option value={String(u.id)} selected={f.authorId === u.id}>
                  {u.display_name}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <button type="submit">{staff.t.filter}</button>
        </p>
      </form>
      <p>{t.total(p.total)}</p>
      {p.items.length ? <ItemTable staff={staff} kinds={[kind]} items={p.items} data={p.data} /> : <p>{t.empty}</p>}
      <Pager staff={staff} base={paths.list} ownParam={own?.param} f={f} page={p.page} pages={p.pages} />
    </BackofficeLayout>
  );
}

/** "Lên" / "Xuống" for one item of the tree: one-button forms (no script needed), each named by the item. */
function MoveButtons({ staff, kind, item }: { staff: Staff; kind: EditorialKind; item: TreeItem }) {
  const t = kind.strings(staff.t);
  const paths = editorialPaths(kind);
  return (
    <>
      {!item.first && <PostButton action={paths.up(item.id)} csrf={staff.csrf} label={t.moveUp} longLabel={t.moveUpLabel(item.title)} />}{' '}
      {!item.last && <PostButton action={paths.down(item.id)} csrf={staff.csrf} label={t.moveDown} longLabel={t.moveDownLabel(item.title)} />}
    </>
  );
}

export interface TreePageProps {
  staff: Staff;
  kind: EditorialKind;
  items: TreeItem[];
  /** Whether this person may order the items (editors and administrators). */
  canOrder: boolean;
  waiting: number;
  notice?: string;
}

/** A nested kind's list: the tree (each item under its parent, siblings in their order), with "Lên" and "Xuống". */
export function TreeListPage({ staff, kind, items, canOrder, waiting, notice }: TreePageProps) {
  const t = kind.strings(staff.t);
  const paths = editorialPaths(kind);
  return (
    <BackofficeLayout staff={staff} title={t.listTitle} current={kind.navKey} waiting={waiting}>
      <div class="title-row">
        <h1>{t.listTitle}</h1>
        <a class="button-link" href={paths.create}>
          {t.newButton}
        </a>
      </div>
      <Notice message={notice} />
      <p>{t.total(items.length)}</p>
      {items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div class="table-wrap">
          <DataTable>
            <thead>
              <tr>
                <th scope="col">{t.title}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.updated}</th>
                {canOrder && <th scope="col">{t.position}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr>
                  <td>
                    {a.depth > 0 && <span aria-hidden="true">{'— '.repeat(a.depth)}</span>}
                    <a href={paths.item(a.id)}>{a.title}</a>
                  </td>
                  <td>
                    <ListedStatus t={t} a={a} />
                  </td>
                  <td>
                    <time datetime={isoDate(a.updated_at)}>{when(a.updated_at)}</time>
                  </td>
                  {canOrder && (
                    <td>
                      <MoveButtons staff={staff} kind={kind} item={a} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      )}
    </BackofficeLayout>
  );
}

/** Items of every kind waiting for review, oldest submission first. */
export function ReviewQueuePage({ staff, kinds, items, total, page, pages, waiting }: { staff: Staff; kinds: readonly EditorialKind[]; items: ListedItem[]; total: number; page: number; pages: number; waiting: number }) {
  const t = kinds[0]!.strings(staff.t);
  return (
    <BackofficeLayout staff={staff} title={t.reviewTitle} current="review" waiting={waiting}>
      <h1>{t.reviewTitle}</h1>
      <p>
        {t.waiting(total)}. {t.reviewIntro}
      </p>
      {items.length ? <ItemTable staff={staff} kinds={kinds} items={items} /> : <p>{t.reviewEmpty}</p>}
      <Pager staff={staff} base={PATHS.review} f={{ text: '' }} page={page} pages={pages} />
    </BackofficeLayout>
  );
}

export interface EditorPageProps {
  staff: Staff;
  kind: EditorialKind;
  /** undefined for a new item. */
  item?: ItemRow;
  values: ItemInput;
  errors: FieldErrors;
  /** What the kind's own fields loaded (articles: categories, the picker's images). */
  data: unknown;
  /** The items that may be its parent (a nested kind), in tree order. */
  parents: { id: number; title: string; depth: number }[];
  /** Whether the person may change this item (otherwise the page is read-only). */
  editable: boolean;
  canSubmit: boolean;
  moves: Transition[];
  notice?: string;
  error?: string;
  newerAutosaveAt?: string;
  scripts?: string[];
  waiting?: number;
  /** A new item's form key (see service.saveItemForm). */
  formKey?: string;
  /** The reason for returning, as typed (shown again with an error). */
  comment?: string;
}

export function EditorPage(p: EditorPageProps) {
  const { staff, kind, item, values: v, errors: e } = p;
  const t = kind.strings(staff.t);
  const has = kind.fields;
  const paths = editorialPaths(kind);
  const title = item ? (p.editable ? t.editTitle : t.viewTitle) : t.newTitle;
  const action = item ? paths.item(item.id) : paths.create;
  const autosave = item ? paths.autosave(item.id) : paths.autosaveNew;
  const dis = !p.editable;
  // The workflow's moves beyond "Lưu và gửi duyệt" (which is a save button), for someone who may edit.
  const moves = p.editable ? p.moves.filter((m) => m.action !== 'submit') : [];
  const publishing = moves.length > 0;
  const primaryMove = moves.find((m) => m.action === 'publish' && m.from === 'submitted');
  const ownProps = { staff, values: v.own, errors: e, data: p.data };
  // The one publication-time control: typed as dd/mm/yyyy HH:mm whatever the browser's language.
  const timeField = has.publicationTime ? (
    <p class="field">
      <label for="ngay-dang">{t.publishedAt}</label>
      <span class="hint" id="ngay-dang-goi-y">
        {t.publishedAtHint}
      </span>
      <input
        id="ngay-dang"
        name="published_at"
        type="text"
        inputMode="numeric"
        autocomplete="off"
        spellcheck={false}
        class="input-datetime"
        placeholder={t.publishedAtPlaceholder}
        maxLength={40}
        value={v.publishedAt}
        disabled={dis}
        aria-invalid={invalidWhen(e.published_at)}
        aria-describedby={describedBy('ngay-dang', e.published_at, true)}
      />
      <FieldError inline id="ngay-dang" error={e.published_at} />
    </p>
  ) : null;
  return (
    <BackofficeLayout staff={staff} title={title} current={kind.navKey} scripts={p.editable ? p.scripts : undefined} waiting={p.waiting}>
      <h1>{title}</h1>
      {item && (
        <p class="article-state">
          {t.status}: <StatusLabel a={item} />
          {' · '}
          <a href={paths.preview(item.id)}>{t.preview}</a>
          {' · '}
          <a href={paths.revisions(item.id)}>{t.revisions}</a>
          {item.status === 'published' && (
            <>
              {' · '}
              <a href={kind.publicUrl(item)}>{t.viewPublic}</a>
            </>
          )}
        </p>
      )}
      <Notice message={p.notice} />
      <Notice message={p.error} kind="error" />
      {item?.status === 'draft' && item.review_comment && (
        <div class="review-comment" role="note">
          <p>
            <strong>{t.returnedWith}</strong>
          </p>
          <p class="pre">{item.review_comment}</p>
        </div>
      )}
      {p.newerAutosaveAt && item && (
        <p class="notice">
          {t.newerAutosave(p.newerAutosaveAt)} <a href={paths.revisions(item.id)}>{t.openRevisions}</a>
        </p>
      )}
      {item && <TrashNotice staff={staff} kind={kind} item={item} />}
      {dis && item && <ItemReadOnly staff={staff} kind={kind} item={item} values={v} data={p.data} parents={p.parents} />}
      {!dis && (
        <form id="bai-viet" method="post" action={action} class="article-form" data-autosave={autosave} data-media={`${PATHS.media}.json`} data-upload={PATHS.mediaJson} data-csrf={staff.csrf} data-new={item ? undefined : '1'}>
          <input type="hidden" name="_csrf" value={staff.csrf} />
          {p.formKey && <input type="hidden" name="form_key" value={p.formKey} />}
          <p class="field">
            <label for="tieu-de">{t.title}</label>
            <input id="tieu-de" name="title" type="text" value={v.title} required maxLength={LIMITS.title} disabled={dis} aria-invalid={invalidWhen(e.title)} aria-describedby={describedBy('tieu-de', e.title)} />
            <FieldError inline id="tieu-de" error={e.title} />
          </p>
          <p class="field">
            <label for="duong-dan">{t.slug}</label>
            <input
              id="duong-dan"
              name="slug"
              type="text"
              value={v.slug}
              maxLength={LIMITS.slug}
              disabled={dis}
              spellcheck={false}
              autocapitalize="none"
              readOnly={item?.status === 'published'}
              data-slug-locked={item && item.status !== 'draft' ? '1' : undefined}
              aria-invalid={invalidWhen(e.slug)}
              aria-describedby={describedBy('duong-dan', e.slug, true)}
            />
            <span class="hint" id="duong-dan-goi-y">
              {t.slugHint}
            </span>
            <FieldError inline id="duong-dan" error={e.slug} />
          </p>
          {has.summary && (
            <p class="field">
              <label for="tom-tat">{t.summary}</label>
              <textarea id="tom-tat" name="summary" rows={3} maxLength={LIMITS.summary} disabled={dis} aria-invalid={invalidWhen(e.summary)} aria-describedby={describedBy('tom-tat', e.summary)}>
                {v.summary}
              </textarea>
              <FieldError inline id="tom-tat" error={e.summary} />
            </p>
          )}
          <div class="field">
            <label for="noi-dung">{t.body}</label>
            <textarea id="noi-dung" name="body_html" rows={18} disabled={dis} aria-invalid={invalidWhen(e.body_html)} aria-describedby={describedBy('noi-dung', e.body_html, true)}>
              {v.bodyHtml}
            </textarea>
            <span class="hint" id="noi-dung-goi-y">
              {t.bodyHint}
            </span>
            <FieldError inline id="noi-dung" error={e.body_html} />
          </div>
          <div class="field-grid">
            {has.tree && (
              <>
                <p class="field">
                  <label for="muc-cha">{t.parent}</label>
                  <select id="muc-cha" name="parent_id" disabled={dis} aria-invalid={invalidWhen(e.parent_id)} aria-describedby={describedBy('muc-cha', e.parent_id)}>
                    <option value="">{t.noParent}</option>
                    {p.parents.map((r) => (
                      <option value={String(r.id)} selected={v.parent === String(r.id)}>
                        {'— '.repeat(r.depth)}
                        {r.title}
                      </option>
                    ))}
                  </select>
                  <FieldError inline id="muc-cha" error={e.parent_id} />
                </p>
                <p class="field">
                  <label for="thu-tu">{t.position}</label>
                  <input id="thu-tu" name="position" type="text" inputMode="numeric" maxLength={4} value={v.position} disabled={dis} aria-invalid={invalidWhen(e.position)} aria-describedby={describedBy('thu-tu', e.position, true)} />
                  <span class="hint" id="thu-tu-goi-y">
                    {t.positionHint}
                  </span>
                  <FieldError inline id="thu-tu" error={e.position} />
                </p>
              </>
            )}
            {has.langs && (
              <p class="field">
                <label for="ngon-ngu">{t.lang}</label>
                <select id="ngon-ngu" name="lang" disabled={dis} aria-invalid={invalidWhen(e.lang)} aria-describedby={describedBy('ngon-ngu', e.lang)}>
                  {has.langs.map((l) => (
                    <option value={l} selected={(v.lang || has.langs![0]) === l} lang={l === staff.t.lang ? undefined : l}>
                      {t.langNames[l] ?? l}
                    </option>
                  ))}
                </select>
                <FieldError inline id="ngon-ngu" error={e.lang} />
              </p>
            )}
            {kind.own && <kind.own.Grid {...ownProps} />}
            {has.byline && (
              <p class="field">
                <label for="tac-gia">{t.byline}</label>
                <input id="tac-gia" name="byline" type="text" value={v.byline} maxLength={LIMITS.byline} disabled={dis} aria-invalid={invalidWhen(e.byline)} aria-describedby={describedBy('tac-gia', e.byline)} />
                <FieldError inline id="tac-gia" error={e.byline} />
              </p>
            )}
            {!publishing && timeField}
          </div>
          {kind.own?.After && <kind.own.After {...ownProps} />}
          <div id="trang-thai-luu" role="status" aria-live="polite" class="save-status"></div>
          {p.editable && (
            <p class="actions">
              <button type="submit" name="_action" value="save" class={primaryMove ? 'secondary' : undefined}>
                {t.save}
              </button>
              <button type="submit" name="_action" value="preview" class="secondary">
                {t.saveAndPreview}
              </button>
              {p.canSubmit && (
                <button type="submit" name="_action" value="submit" class="secondary">
                  {t.saveAndSubmit}
                </button>
              )}
            </p>
          )}
          {publishing && <FormMoves t={t} moves={moves} primary={primaryMove} timeField={timeField} comment={p.comment ?? ''} error={e.comment} />}
        </form>
      )}
      {item && !p.editable && <WorkflowPanel staff={staff} kind={kind} item={item} moves={p.moves} />}
      {item && <DeleteItem staff={staff} kind={kind} item={item} />}
    </BackofficeLayout>
  );
}

/**
 * The workflow's buttons inside the item's form: each saves what the form holds and moves the item,
 * in one request (backoffice.tsx). The first submit button of the form stays "Lưu" (Enter in a field
 * saves, never publishes); one primary button per screen; moves that take the item away from
 * readers are styled apart and confirmed first.
 */
function FormMoves({ t, moves, primary, timeField, comment, error }: { t: EditorialStrings; moves: Transition[]; primary?: Transition; timeField: ComponentChildren; comment: string; error?: string }) {
  const forward = moves.filter((m) => m.action !== 'return' && !CONFIRMED_MOVES.includes(m.action));
  const back = moves.find((m) => m.action === 'return');
  const warned = moves.filter((m) => CONFIRMED_MOVES.includes(m.action));
  return (
    <section class="workflow" aria-labelledby="duyet-bai">
      <h2 id="duyet-bai">{t.workflow}</h2>
      <p class="hint">{t.movesSave}</p>
      {timeField}
      {forward.length > 0 && (
        <p class="actions">
          {forward.map((m) => (
            <button type="submit" name="_action" value={m.action} class={m === primary ? undefined : 'secondary'}>
              {labelOf(t, m)}
            </button>
          ))}
        </p>
      )}
      {back && (
        <div class="move-return">
          <p class="field">
            <label for="ly-do-tra-lai">{t.returnComment}</label>
            <textarea id="ly-do-tra-lai" name="comment" rows={3} maxLength={1000} aria-invalid={invalidWhen(error)} aria-describedby={describedBy('ly-do-tra-lai', error)}>
              {comment}
            </textarea>
            <FieldError inline id="ly-do-tra-lai" error={error} />
          </p>
          <p class="actions">
            <button type="submit" name="_action" value="return" class="secondary">
              {labelOf(t, back)}
            </button>
          </p>
        </div>
      )}
      {warned.length > 0 && (
        <div class="move-warning">
          <p class="hint" id="can-xac-nhan">
            {t.needsConfirm}
          </p>
          <p class="actions">
            {warned.map((m) => (
              <button type="submit" name="_action" value={m.action} class="warning" aria-describedby="can-xac-nhan">
                {labelOf(t, m)}
              </button>
            ))}
          </p>
        </div>
      )}
    </section>
  );
}

/** The moves of an item the person may not change (so there is no form to save): one small form each. */
function WorkflowPanel({ staff, kind, item, moves }: { staff: Staff; kind: EditorialKind; item: ItemRow; moves: Transition[] }) {
  const t = kind.strings(staff.t);
  const url = editorialPaths(kind).move(item.id);
  // Scheduling needs the time field and a warned move its confirmation: both belong to the editable form.
  const shown = moves.filter((m) => m.action !== 'submit' && m.action !== 'schedule' && !CONFIRMED_MOVES.includes(m.action));
  // No section at all when this person has nothing to do here.
  if (shown.length === 0) return null;
  return (
    <section class="workflow" aria-labelledby="duyet-bai">
      <h2 id="duyet-bai">{t.workflow}</h2>
      {shown.map((m) => (
        <form method="post" action={url} class="move">
          <input type="hidden" name="_csrf" value={staff.csrf} />
          <input type="hidden" name="action" value={m.action} />
          {m.action === 'return' && (
            <p class="field">
              <label for="ly-do-tra-lai">{t.returnComment}</label>
              <textarea id="ly-do-tra-lai" name="comment" rows={3} maxLength={1000} required></textarea>
            </p>
          )}
          <button type="submit" class="secondary">
            {labelOf(t, m)}
          </button>
        </form>
      ))}
    </section>
  );
}

export interface ConfirmProps {
  staff: Staff;
  kind: EditorialKind;
  item: ItemRow;
  move: Transition;
  /** The form as posted, carried through the confirmation. */
  fields: [name: string, value: string][];
}

/** "Bạn có chắc muốn gỡ bài …?": the confirmation of a warned move, carrying the form as typed. */
export function ConfirmPage({ staff, kind, item, move, fields }: ConfirmProps) {
  const t = kind.strings(staff.t);
  const title = fields.find(([n]) => n === 'title')?.[1] || item.title;
  const [question, detail] = move.from === 'scheduled' ? [t.confirmCancelSchedule(title), t.cancelScheduleDetail] : [t.confirmUnpublish(title), t.unpublishDetail];
  return (
    <BackofficeLayout staff={staff} title={t.confirmTitle} current={kind.navKey}>
      <h1>{question}</h1>
      <ConfirmForm
        action={editorialPaths(kind).item(item.id)}
        csrf={staff.csrf}
        detail={detail}
        hidden={[...fields, ['_xac_nhan', '1']]}
        confirm={{ label: labelOf(t, move), name: '_action', value: move.action }}
        cancel={{ label: t.backToForm, name: '_action', value: 'back' }}
      />
    </BackofficeLayout>
  );
}
