// Views of articles in the back office: the filtered list, the review queue and the editor page
// (the form works without JavaScript; client/editor enhances it, see the data- attributes).
import type { ComponentChildren } from 'preact';
import type { ArticleRow, ArticleStatus, CategoryRow } from '../db/schema.js';
import type { Staff } from '../backoffice/guard.js';
import { Notice, BackofficeLayout } from '../backoffice/layout.js';
import { ConfirmForm, FieldError, describedBy, invalidWhen } from '../backoffice/fields.js';
import type { FieldErrors } from '../backoffice/form.js';
import { PATHS } from '../backoffice/paths.js';
import { STATUSES, STATUS_LABELS } from '../workflow/states.js';
import type { Transition } from '../workflow/machine.js';
import { formatDateTime, formatTimeAndDay, isoDate } from '../vi/index.js';
import type { ImageView } from '../media/images.js';
import type { BackofficeArticleItem } from './backoffice-queries.js';
import type { ArticleInput } from './backoffice-service.js';
import { LIMITS } from './backoffice-service.js';
import { articleUrl } from './presenter.js';
import { DataTable } from '../backoffice/table.js';
import type { FeaturedChoice } from './featured-picker.js';
import { FeaturedPicker } from './featured-picker.js';
import { ArticleReadOnly } from './backoffice-readonly.js';
import { DeleteArticle, TrashNotice } from './trash-views.js';

const when = (iso: string | null) => (iso ? formatDateTime(iso) : '');

/** "Hẹn giờ: 07:00, Thứ Sáu 04/12/2026" for a scheduled article, the state's name otherwise. */
function StatusLabel({ a }: { a: Pick<ArticleRow, 'status' | 'published_at'> }) {
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

/** Moves that take something away from readers: a confirmation step first, styled as a warning. */
export const CONFIRMED_MOVES: readonly string[] = ['unpublish'];

export interface ListFilters {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  text: string;
}

function pageHref(base: string, f: ListFilters, page: number): string {
  const q = new URLSearchParams();
  if (f.status) q.set('trang-thai', f.status);
  if (f.categoryId) q.set('chuyen-muc', String(f.categoryId));
  if (f.authorId) q.set('tac-gia', String(f.authorId));
  if (f.text) q.set('q', f.text);
  if (page > 1) q.set('trang', String(page));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

function ArticleTable({ staff, items }: { staff: Staff; items: BackofficeArticleItem[] }) {
  const t = staff.t.articles;
  return (
    <div class="table-wrap">
      <DataTable>
        <thead>
          <tr>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.category}</th>
            <th scope="col">{t.author}</th>
            <th scope="col">{t.updated}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr>
              <td>
                <a href={PATHS.article(a.id)}>{a.title}</a>
              </td>
              <td>
                {a.status === 'draft' && a.review_comment ? <strong class="status status-returned">{t.returnedStatus}</strong> : <StatusLabel a={a} />}
              </td>
              <td>{a.category_name ?? t.noCategory}</td>
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

export function Pager({ staff, base, f, page, pages }: { staff: Staff; base: string; f: ListFilters; page: number; pages: number }) {
  if (pages <= 1) return null;
  const { t } = staff;
  return (
    <nav class="pager" aria-label={t.pageOf(page, pages)}>
      {page > 1 && (
        <a href={pageHref(base, f, page - 1)} rel="prev">
          {t.previousPage}
        </a>
      )}
      <span>{t.pageOf(page, pages)}</span>
      {page < pages && (
        <a href={pageHref(base, f, page + 1)} rel="next">
          {t.nextPage}
        </a>
      )}
    </nav>
  );
}

export interface ListPageProps {
  staff: Staff;
  f: ListFilters;
  counts: Record<ArticleStatus, number>;
  categories: CategoryRow[];
  authors: { id: number; display_name: string }[];
  items: BackofficeArticleItem[];
  total: number;
  page: number;
  pages: number;
  warning?: string;
}

export function ArticleListPage(p: ListPageProps) {
  const { staff, f } = p;
  const t = staff.t.articles;
  return (
    <BackofficeLayout staff={staff} title={t.listTitle} current="articles" waiting={p.counts.submitted}>
      <div class="title-row">
        <h1>{t.listTitle}</h1>
        <a class="button-link" href={PATHS.newArticle}>
          {staff.t.writeArticle}
        </a>
      </div>
      <Notice message={p.warning} kind="error" />
      <ul class="status-tabs">
        <li>
          <a href={pageHref(PATHS.articles, { ...f, status: undefined }, 1)} aria-current={!f.status ? 'page' : undefined}>
            {staff.t.all}
          </a>
        </li>
        {STATUSES.map((s) => (
          <li>
            <a href={pageHref(PATHS.articles, { ...f, status: s }, 1)} aria-current={f.status === s ? 'page' : undefined}>
              {STATUS_LABELS[s]} ({p.counts[s]})
            </a>
          </li>
        ))}
      </ul>
      <form method="get" action={PATHS.articles} class="filters" role="search">
        {f.status && <input type="hidden" name="trang-thai" value={f.status} />}
        <p class="field">
          <label for="loc-chu">{t.text}</label>
          <input id="loc-chu" type="search" name="q" value={f.text} maxLength={200} />
        </p>
        <p class="field">
          <label for="loc-chuyen-muc">{t.category}</label>
          <select id="loc-chuyen-muc" name="chuyen-muc">
            <option value="">{staff.t.all}</option>
            {p.categories.map((c) => (
              <option value={String(c.id)} selected={f.categoryId === c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </p>
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
      {p.items.length ? <ArticleTable staff={staff} items={p.items} /> : <p>{t.empty}</p>}
      <Pager staff={staff} base={PATHS.articles} f={f} page={p.page} pages={p.pages} />
    </BackofficeLayout>
  );
}

export function ReviewQueuePage({ staff, items, total, page, pages, counts }: { staff: Staff; items: BackofficeArticleItem[]; total: number; page: number; pages: number; counts: Record<ArticleStatus, number> }) {
  const t = staff.t.articles;
  return (
    <BackofficeLayout staff={staff} title={t.reviewTitle} current="review" waiting={counts.submitted}>
      <h1>{t.reviewTitle}</h1>
      <p>
        {t.waiting(total)}. {t.reviewIntro}
      </p>
      {items.length ? <ArticleTable staff={staff} items={items} /> : <p>{t.reviewEmpty}</p>}
      <Pager staff={staff} base={PATHS.review} f={{ text: '' }} page={page} pages={pages} />
    </BackofficeLayout>
  );
}


export interface EditorPageProps {
  staff: Staff;
  /** undefined for a new article. */
  article?: ArticleRow & { tags?: string[] };
  values: ArticleInput;
  errors: FieldErrors;
  categories: CategoryRow[];
  featured: ImageView | null;
  /** The library's pictures offered as the featured image. */
  featuredChoices?: FeaturedChoice[];
  /** Whether the person may change this article (otherwise the page is read-only). */
  editable: boolean;
  canSubmit: boolean;
  moves: Transition[];
  notice?: string;
  error?: string;
  newerAutosaveAt?: string;
  scripts?: string[];
  waiting?: number;
  /** A new article's form key (see backoffice-service.saveArticleForm). */
  formKey?: string;
  /** The reason for returning, as typed (shown again with an error). */
  comment?: string;
}

export function ArticleEditorPage(p: EditorPageProps) {
  const { staff, article, values: v, errors: e } = p;
  const t = staff.t.articles;
  const title = article ? (p.editable ? t.editTitle : t.viewTitle) : t.newTitle;
  const action = article ? PATHS.article(article.id) : PATHS.newArticle;
  const autosave = article ? `${PATHS.article(article.id)}/tu-luu` : `${PATHS.articles}/tu-luu`;
  const dis = !p.editable;
  // The workflow's moves beyond "Lưu và gửi duyệt" (which is a save button), for someone who may edit.
  const moves = p.editable ? p.moves.filter((m) => m.action !== 'submit') : [];
  const publishing = moves.length > 0;
  const primaryMove = moves.find((m) => m.action === 'publish' && m.from === 'submitted');
  // The one publication-time control: typed as dd/mm/yyyy HH:mm whatever the browser's language.
  const timeField = (
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
  );
  return (
    <BackofficeLayout staff={staff} title={title} current="articles" scripts={p.editable ? p.scripts : undefined} waiting={p.waiting}>
      <h1>{title}</h1>
      {article && (
        <p class="article-state">
          {t.status}: <StatusLabel a={article} />
          {' · '}
          <a href={`${PATHS.article(article.id)}/xem-truoc`}>{t.preview}</a>
          {' · '}
          <a href={`${PATHS.article(article.id)}/phien-ban`}>{t.revisions}</a>
          {article.status === 'published' && (
            <>
              {' · '}
              <a href={articleUrl(article)}>{t.viewPublic}</a>
            </>
          )}
        </p>
      )}
      <Notice message={p.notice} />
      <Notice message={p.error} kind="error" />
      {article?.status === 'draft' && article.review_comment && (
        <div class="review-comment" role="note">
          <p>
            <strong>{t.returnedWith}</strong>
          </p>
          <p class="pre">{article.review_comment}</p>
        </div>
      )}
      {p.newerAutosaveAt && article && (
        <p class="notice">
          {t.newerAutosave(p.newerAutosaveAt)} <a href={`${PATHS.article(article.id)}/phien-ban`}>{t.openRevisions}</a>
        </p>
      )}
      {article && <TrashNotice staff={staff} article={article} />}
      {dis && article && <ArticleReadOnly staff={staff} article={article} categories={p.categories} featured={p.featured} />}
      {!dis && (
      <form id="bai-viet" method="post" action={action} class="article-form" data-autosave={autosave} data-media={`${PATHS.media}.json`} data-upload={PATHS.mediaJson} data-csrf={staff.csrf} data-new={article ? undefined : '1'}>
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
            readOnly={article?.status === 'published'}
            data-slug-locked={article && article.status !== 'draft' ? '1' : undefined}
            aria-invalid={invalidWhen(e.slug)}
            aria-describedby={describedBy('duong-dan', e.slug, true)}
          />
          <span class="hint" id="duong-dan-goi-y">
            {t.slugHint}
          </span>
          <FieldError inline id="duong-dan" error={e.slug} />
        </p>
        <p class="field">
          <label for="tom-tat">{t.summary}</label>
          <textarea id="tom-tat" name="summary" rows={3} maxLength={LIMITS.summary} disabled={dis} aria-invalid={invalidWhen(e.summary)} aria-describedby={describedBy('tom-tat', e.summary)}>
            {v.summary}
          </textarea>
          <FieldError inline id="tom-tat" error={e.summary} />
        </p>
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
          <p class="field">
            <label for="chuyen-muc">{t.category}</label>
            <select id="chuyen-muc" name="category_id" disabled={dis} aria-invalid={invalidWhen(e.category_id)} aria-describedby={describedBy('chuyen-muc', e.category_id)}>
              <option value="">{t.noCategory}</option>
              {p.categories.map((c) => (
                <option value={String(c.id)} selected={v.categoryId === String(c.id)}>
                  {c.name}
                </option>
              ))}
            </select>
            <FieldError inline id="chuyen-muc" error={e.category_id} />
          </p>
          <p class="field">
            <label for="tu-khoa">{t.tags}</label>
            <input id="tu-khoa" name="tags" type="text" value={v.tags} maxLength={2000} disabled={dis} aria-invalid={invalidWhen(e.tags)} aria-describedby={describedBy('tu-khoa', e.tags)} />
            <FieldError inline id="tu-khoa" error={e.tags} />
          </p>
          <p class="field">
            <label for="tac-gia">{t.byline}</label>
            <input id="tac-gia" name="byline" type="text" value={v.byline} maxLength={LIMITS.byline} disabled={dis} aria-invalid={invalidWhen(e.byline)} aria-describedby={describedBy('tac-gia', e.byline)} />
            <FieldError inline id="tac-gia" error={e.byline} />
          </p>
          {!publishing && timeField}
        </div>
        <FeaturedPicker staff={staff} value={v.featuredMediaId} choices={p.featuredChoices ?? []} error={e.featured_media_id} />
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
        {publishing && <FormMoves staff={staff} moves={moves} primary={primaryMove} timeField={timeField} comment={p.comment ?? ''} error={e.comment} />}
      </form>
      )}
      {article && !p.editable && <WorkflowPanel staff={staff} article={article} moves={p.moves} />}
      {article && <DeleteArticle staff={staff} article={article} />}
    </BackofficeLayout>
  );
}

/**
 * The workflow's buttons inside the article form: each saves what the form holds and moves the
 * article, in one request (admin.tsx). The first submit button of the form stays "Lưu" (Enter in a
 * field saves, never publishes); one primary button per screen; moves that take the article away
 * from readers are styled apart and confirmed first.
 */
function FormMoves({ staff, moves, primary, timeField, comment, error }: { staff: Staff; moves: Transition[]; primary?: Transition; timeField: ComponentChildren; comment: string; error?: string }) {
  const t = staff.t.articles;
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
              {m.label}
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
              {back.label}
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
                {m.label}
              </button>
            ))}
          </p>
        </div>
      )}
    </section>
  );
}

/** The moves of an article the person may not change (so there is no form to save): one small form each. */
function WorkflowPanel({ staff, article, moves }: { staff: Staff; article: ArticleRow; moves: Transition[] }) {
  const t = staff.t.articles;
  const url = `${PATHS.article(article.id)}/chuyen`;
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
            {m.label}
          </button>
        </form>
      ))}
    </section>
  );
}

export interface ArticleConfirmProps {
  staff: Staff;
  article: ArticleRow;
  move: Transition;
  /** The article form as posted, carried through the confirmation. */
  fields: [name: string, value: string][];
}

/** "Bạn có chắc muốn gỡ bài …?": the confirmation of a warned move, carrying the form as typed. */
export function ArticleConfirmPage({ staff, article, move, fields }: ArticleConfirmProps) {
  const t = staff.t.articles;
  const title = fields.find(([n]) => n === 'title')?.[1] || article.title;
  const [question, detail] = move.from === 'scheduled' ? [t.confirmCancelSchedule(title), t.cancelScheduleDetail] : [t.confirmUnpublish(title), t.unpublishDetail];
  return (
    <BackofficeLayout staff={staff} title={t.confirmTitle} current="articles">
      <h1>{question}</h1>
      <ConfirmForm
        action={PATHS.article(article.id)}
        csrf={staff.csrf}
        detail={detail}
        hidden={[...fields, ['_xac_nhan', '1']]}
        confirm={{ label: move.label, name: '_action', value: move.action }}
        cancel={{ label: t.backToForm, name: '_action', value: 'back' }}
      />
    </BackofficeLayout>
  );
}
