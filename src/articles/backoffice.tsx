// Back office: articles — the filtered list, the review queue, writing and editing (with autosave
// and preview), and moves along the workflow. Routes stay thin: read the form, call one service
// function, render. Who may do what is asked of accounts/policy.ts (through the guard and services).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ArticleRow, ArticleStatus } from '../db/schema.js';
import { backofficeRoute } from '../backoffice/guard.js';
import type { Staff } from '../backoffice/guard.js';
import { line, pageNumber, raw, searchText, text } from '../backoffice/form.js';
import type { FieldErrors } from '../backoffice/form.js';
import { shownOnForm } from '../backoffice/fields.js';
import { PATHS } from '../backoffice/paths.js';
import { can, canSee } from '../accounts/policy.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import { msg } from '../messages/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { compile } from '../web/page-cache.js';
import { respond } from '../cache/page.js';
import { SECURITY_HEADERS } from '../web/security.js';
import { pageContext } from '../web/context.js';
import { formatTime, formatDateTime, readViDateTime } from '../vi/index.js';
import { STATUSES } from '../workflow/states.js';
import { findTransition, transition, transitionsFrom, WORKFLOW_ACTIONS } from '../workflow/machine.js';
import type { WorkflowAction } from '../workflow/machine.js';
import { listCategories } from '../categories/queries.js';
import { presentImage } from '../media/images.js';
import { findImage } from '../media/service.js';
import { editorScript } from '../web/assets.js';
import { articleOfSite, authorsOf, countByStatus, listBackofficeArticles } from './backoffice-queries.js';
import type { ArticleInput, FormMove } from './backoffice-service.js';
import { FORM_KEY_RE, articleForActor, articleOfFormKey, checkArticle, newFormKey, newerAutosave, saveArticleForm, wantedSlug } from './backoffice-service.js';
import { ArticleConfirmPage, ArticleEditorPage, ArticleListPage, CONFIRMED_MOVES, ReviewQueuePage } from './backoffice-views.js';
import type { ListFilters } from './backoffice-views.js';
import { previewArticle } from './service.js';
import { OTHER_IMAGE, featuredChoices } from './featured-picker.js';
import { editorNotice, noticeQuery } from './flash.js';
import { ArticlePage } from './views.js';

const ID_RE = /^[1-9]\d{0,9}$/;

/** An id from the path; anything else is a 404. */
export function idOf(req: FastifyRequest): number {
  const raw = (req.params as Record<string, string>).id ?? '';
  if (!ID_RE.test(raw)) throw notFound();
  return Number(raw);
}

/** `?trang=` of the article lists (the trash's too). */
export const listPage = pageNumber(100_000);

/** The article form's field for each input. */
const FIELD_NAMES: Record<keyof ArticleInput, string> = {
  title: 'title',
  slug: 'slug',
  summary: 'summary',
  bodyHtml: 'body_html',
  byline: 'byline',
  categoryId: 'category_id',
  featuredMediaId: 'featured_media_id',
  tags: 'tags',
  publishedAt: 'published_at',
};

/**
 * The article form: every field one string as typed (NFC). Its rules need the site's rows, so
 * backoffice-service.checkArticle judges it; nothing here refuses a post.
 */
const articleForm = z.object({
  title: line(),
  slug: line(),
  summary: text(),
  body_html: text(undefined, { trim: false }),
  byline: line(),
  category_id: line(),
  featured_media_id: line(),
  featured_media_number: line(),
  tags: line(),
  published_at: line(),
  form_key: raw(),
  comment: raw(),
  _action: raw(),
  _xac_nhan: raw(),
});
type ArticleForm = z.infer<typeof articleForm>;

/** The article as the form holds it; the featured image is a picture's radio button, or "another picture" with its number typed. */
function articleInput(f: Partial<ArticleForm>): ArticleInput {
  const chosen = f.featured_media_id ?? '';
  return {
    title: f.title ?? '',
    slug: f.slug ?? '',
    summary: f.summary ?? '',
    bodyHtml: f.body_html ?? '',
    byline: f.byline ?? '',
    categoryId: f.category_id ?? '',
    featuredMediaId: chosen === OTHER_IMAGE ? (f.featured_media_number ?? '') : chosen,
    tags: f.tags ?? '',
    publishedAt: f.published_at ?? '',
  };
}

/** A new article form's key from the post, when it has a well-formed one. */
const formKeyOf = (f: Partial<ArticleForm>) => (f.form_key && FORM_KEY_RE.test(f.form_key) ? f.form_key : undefined);

function valuesOf(a: ArticleRow & { tags: string[] }): ArticleInput {
  return {
    title: a.title,
    slug: a.slug,
    summary: a.summary,
    bodyHtml: a.body_html,
    byline: a.byline,
    categoryId: a.category_id ? String(a.category_id) : '',
    featuredMediaId: a.featured_media_id ? String(a.featured_media_id) : '',
    tags: a.tags.join(', '),
    publishedAt: a.published_at ? formatDateTime(a.published_at) : '',
  };
}

const EMPTY: ArticleInput = { title: '', slug: '', summary: '', bodyHtml: '', byline: '', categoryId: '', featuredMediaId: '', tags: '', publishedAt: '' };

interface EditorOpts {
  article?: ArticleRow & { tags: string[] };
  values?: ArticleInput;
  errors?: FieldErrors;
  notice?: string;
  error?: string;
  status?: number;
  formKey?: string;
  comment?: string;
}

async function sendEditor(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: EditorOpts) {
  const { db } = req.server.deps;
  const a = o.article;
  const values = o.values ?? (a ? valuesOf(a) : { ...EMPTY, byline: '' });
  const [categories, counts, choices] = await Promise.all([listCategories(db, staff.site.id), countByStatus(db, staff.actor, staff.site.id), featuredChoices(db, staff.site.id, values.featuredMediaId)]);
  const m = ID_RE.test(values.featuredMediaId) ? await findImage(db, staff.site.id, Number(values.featuredMediaId)) : undefined;
  const featured = m ? presentImage(m) : null;
  const editable = a ? can(staff.actor, 'article.edit', a) : can(staff.actor, 'article.create');
  const moves = a ? transitionsFrom(a.status).filter((m) => can(staff.actor, m.needs, a)) : [];
  const canSubmit = a ? moves.some((m) => m.action === 'submit') : can(staff.actor, 'article.create');
  const autosave = a && (await newerAutosave(db, a.id, staff.actor.userId, a.updated_at));
  const html = renderPage(
    <ArticleEditorPage
      staff={staff}
      article={a}
      values={values}
      errors={o.errors ?? {}}
      categories={categories}
      featured={featured}
      featuredChoices={choices}
      editable={editable}
      canSubmit={canSubmit}
      moves={moves}
      notice={o.notice}
      error={o.error}
      newerAutosaveAt={autosave ? formatDateTime(autosave.created_at) : undefined}
      scripts={[editorScript()]}
      waiting={counts.submitted}
      formKey={a ? undefined : o.formKey}
      comment={o.comment}
    />,
  );
  return sendHtml(reply, html, o.status ?? 200);
}

/** A filter of the list: its value, or none; a bad value is dropped and `bad` says so (a warning, never an error page). */
function filter<T>(typed: string, valid: (s: string) => T | undefined): { value?: T; bad?: true } {
  if (!typed) return {};
  const value = valid(typed);
  return value === undefined ? { bad: true } : { value };
}

/** The list's query string: the filters, the title search and the page. */
const listQuery = z
  .object({ 'trang-thai': raw(), 'chuyen-muc': raw(), 'tac-gia': raw(), q: searchText(200), trang: listPage })
  .transform((q) => {
    const status = filter(q['trang-thai'], (s) => ((STATUSES as string[]).includes(s) ? (s as ArticleStatus) : undefined));
    const category = filter(q['chuyen-muc'], (s) => (ID_RE.test(s) ? Number(s) : undefined));
    const author = filter(q['tac-gia'], (s) => (ID_RE.test(s) ? Number(s) : undefined));
    const f: ListFilters = { text: q.q, status: status.value, categoryId: category.value, authorId: author.value };
    for (const k of ['status', 'categoryId', 'authorId'] as const) if (f[k] === undefined) delete f[k];
    return { f, bad: Boolean(status.bad || category.bad || author.bad), page: q.trang };
  });

/** To the article's page with its notice; when the title's slug was taken, the slug it wanted too. */
function savedRedirect(reply: FastifyReply, values: ArticleInput, row: ArticleRow, flag: string) {
  const wanted = wantedSlug(values);
  const slugNote = wanted && wanted !== row.slug ? `&duong-dan-muon=${encodeURIComponent(wanted)}` : '';
  return reply.redirect(`${PATHS.article(row.id)}?${flag}=1${slugNote}`, 303);
}

/** The list of moves' form ("Chuyển"): the move, its time when it schedules, the reason when it returns. */
const moveForm = z
  .object({ action: raw().refine((a) => (WORKFLOW_ACTIONS as string[]).includes(a), msg.articles.badAction), publish_at: line(), comment: raw() })
  .superRefine((f, ctx) => {
    if (f.action === 'schedule' && !('iso' in readViDateTime(f.publish_at))) ctx.addIssue({ code: 'custom', path: ['publish_at'], message: msg.articles.badPublishAt });
  })
  .transform((f) => {
    const read = f.action === 'schedule' ? readViDateTime(f.publish_at) : undefined;
    return { action: f.action as WorkflowAction, comment: f.comment, publishAt: read && 'iso' in read ? read.iso : undefined };
  });

/** Refusals someone who may not see or change the article gets as the plain error page (they learn nothing). */
const notTheirs = (err: AppError) => err.status === 404 || err.status === 403;

export async function articleBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.articles,
    needs: 'staff',
    query: listQuery,
    handler: async (_req, reply, staff, { query: { f, bad, page } }) => {
      const [counts, categories, authors, list] = await Promise.all([
        countByStatus(db, staff.actor, staff.site.id),
        listCategories(db, staff.site.id),
        authorsOf(db, staff.site.id),
        listBackofficeArticles(db, staff.actor, staff.site.id, { ...f, page }),
      ]);
      const html = renderPage(
        <ArticleListPage staff={staff} f={f} counts={counts} categories={categories} authors={authors} items={list.items} total={list.total} page={Math.min(page, list.pages)} pages={list.pages} warning={bad ? staff.t.articles.badFilter : undefined} />,
      );
      return sendHtml(reply, html);
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.review,
    needs: 'article.publish',
    query: z.object({ trang: listPage }),
    handler: async (_req, reply, staff, { query: { trang: page } }) => {
      const [counts, list] = await Promise.all([countByStatus(db, staff.actor, staff.site.id), listBackofficeArticles(db, staff.actor, staff.site.id, { status: 'submitted', page, order: 'queue' })]);
      return sendHtml(reply, renderPage(<ReviewQueuePage staff={staff} items={list.items} total={list.total} page={page} pages={list.pages} counts={counts} />));
    },
  });

  // A new article's form lives at /moi?ban-nhap=KEY: its saves make one draft (backoffice-service.saveArticleForm),
  // and coming Back to that address (after "Lưu và xem trước") opens the draft it made.
  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.newArticle,
    needs: 'article.create',
    query: z.object({ 'ban-nhap': raw() }),
    handler: async (req, reply, staff, { query }) => {
      const key = query['ban-nhap'];
      const fresh = () => reply.redirect(`${PATHS.newArticle}?ban-nhap=${newFormKey()}`, 303);
      if (!FORM_KEY_RE.test(key)) return fresh();
      const made = await articleOfFormKey(db, staff.site.id, key);
      if (made === undefined) return sendEditor(req, reply, staff, { formKey: key });
      const article = await articleOfSite(db, staff.site.id, made);
      return article && canSee(staff.actor, article) ? reply.redirect(PATHS.article(made), 303) : fresh();
    },
  });

  /**
   * A button of the article form: "Lưu", "Lưu và xem trước", or a move of the workflow, which saves
   * what the form holds and moves the article in one transaction. A warned move (Gỡ bài) asks first,
   * carrying the form through the confirmation; "back" shows the form again as it was typed.
   */
  async function saveFromForm(req: FastifyRequest, reply: FastifyReply, staff: Staff, id: number | undefined, form: ArticleForm) {
    const values = articleInput(form);
    const formKey = id === undefined ? formKeyOf(form) : undefined;
    const action = form._action || 'save';
    let article: Awaited<ReturnType<typeof articleOfSite>>;
    if (id !== undefined) {
      await articleForActor(db, staff, id); // 404 for an article this person may not see
      article = await articleOfSite(db, staff.site.id, id);
    }
    if (action === 'back') return sendEditor(req, reply, staff, { article, values, formKey, comment: form.comment });
    const isMove = (WORKFLOW_ACTIONS as string[]).includes(action);
    if (!isMove && action !== 'save' && action !== 'preview') throw new AppError('bad_action', 400, staff.t.articles.badAction);
    const move: FormMove | undefined = isMove ? { action: action as WorkflowAction, comment: form.comment } : undefined;
    const transitionAsked = article && move && findTransition(article.status, move.action);
    if (article && transitionAsked && CONFIRMED_MOVES.includes(transitionAsked.action) && form._xac_nhan !== '1' && can(staff.actor, transitionAsked.needs, article)) {
      await checkArticle(db, staff.site.id, values, id, { actor: staff.actor, now: staff.now, current: article });
      const fields = (Object.keys(FIELD_NAMES) as (keyof ArticleInput)[]).map((k): [string, string] => [FIELD_NAMES[k], values[k]]);
      return sendHtml(reply, renderPage(<ArticleConfirmPage staff={staff} article={article} move={transitionAsked} fields={fields} />));
    }
    const row = await saveArticleForm(db, staff, { id, formKey }, values, move);
    if (action === 'preview') return reply.redirect(`${PATHS.article(row.id)}/xem-truoc`, 303);
    if (move?.action === 'submit') return savedRedirect(reply, values, row, 'da-gui');
    if (move) return reply.redirect(`${PATHS.article(row.id)}?da-chuyen=${move.action}`, 303);
    return savedRedirect(reply, values, row, 'da-luu');
  }

  /** A refused save or move is shown on the form, as typed: each problem beside its field. */
  async function formAgain(err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff, typed: Partial<ArticleForm>, id: number | undefined) {
    if (notTheirs(err)) return undefined;
    const article = id === undefined ? undefined : await articleOfSite(db, staff.site.id, id);
    const formKey = id === undefined ? formKeyOf(typed) : undefined;
    return sendEditor(req, reply, staff, { article, values: articleInput(typed), formKey, comment: typed.comment, ...shownOnForm(err, staff.t.formHasErrors), status: err.status });
  }

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.newArticle,
    needs: 'article.create',
    body: articleForm,
    handler: async (req, reply, staff, { body }) => saveFromForm(req, reply, staff, undefined, body),
    onError: (err, req, reply, staff, { form }) => formAgain(err, req, reply, staff, form, undefined),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: '/quan-tri/bai-viet/:id',
    needs: 'staff',
    query: noticeQuery,
    handler: async (req, reply, staff, { query }) => {
      const id = idOf(req);
      await articleForActor(db, staff, id);
      const article = (await articleOfSite(db, staff.site.id, id))!;
      return sendEditor(req, reply, staff, { article, notice: editorNotice(query, staff, article) });
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/bai-viet/:id',
    needs: 'staff',
    body: articleForm,
    handler: async (req, reply, staff, { body }) => saveFromForm(req, reply, staff, idOf(req), body),
    onError: (err, req, reply, staff, { form }) => formAgain(err, req, reply, staff, form, idOf(req)),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/bai-viet/:id/chuyen',
    needs: 'staff',
    body: moveForm,
    handler: async (req, reply, staff, { body: move }) => {
      const id = idOf(req);
      await transition(db, { ...staff, articleId: id, ...move });
      return reply.redirect(`${PATHS.article(id)}?da-chuyen=${move.action}`, 303);
    },
    // A refused move is shown on the article's page when the person may see it; a form these pages
    // do not make (no such move, no time to schedule at) is the plain error page.
    onError: async (err, req, reply, staff) => {
      if (notTheirs(err) || err instanceof FormInvalid) return undefined;
      const article = await articleOfSite(db, staff.site.id, idOf(req));
      return article ? sendEditor(req, reply, staff, { article, error: err.publicMessage, status: err.status }) : undefined;
    },
  });

  // Autosave, called by the editor with fetch: JSON in, JSON out (refusals: the guard's { error, errors }). A new article gets its id here.
  const autosave = async (reply: FastifyReply, staff: Staff, id: number | undefined, form: ArticleForm) => {
    const row = await saveArticleForm(db, staff, { id, formKey: id === undefined ? formKeyOf(form) : undefined }, articleInput(form), undefined, 'autosave');
    const savedAt = formatTime(staff.now);
    return reply.send({ id: row.id, slug: row.slug, savedAt, message: staff.t.articles.autosaved(savedAt), ...(id === undefined ? { editUrl: PATHS.article(row.id), autosaveUrl: `${PATHS.article(row.id)}/tu-luu` } : {}) });
  };
  backofficeRoute(app, { method: 'POST', url: `${PATHS.articles}/tu-luu`, needs: 'article.create', json: true, body: articleForm, handler: (_req, reply, staff, { body }) => autosave(reply, staff, undefined, body) });
  backofficeRoute(app, { method: 'POST', url: '/quan-tri/bai-viet/:id/tu-luu', needs: 'staff', json: true, body: articleForm, handler: (req, reply, staff, { body }) => autosave(reply, staff, idOf(req), body) });

  // Preview: the public article page exactly, from the article as saved, under a bar that says it is a
  // preview and leads back to the editor; never cached or indexed.
  backofficeRoute(app, {
    method: 'GET',
    url: '/quan-tri/bai-viet/:id/xem-truoc',
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const id = idOf(req);
      const row = await articleForActor(db, staff, id);
      const [{ article, others }, ctx] = await Promise.all([previewArticle(db, staff.site.id, id, staff.now), pageContext(req)]);
      const t = staff.t.articles;
      const preview = { label: row.status === 'published' ? t.previewBarPublished : t.previewBar, backLabel: t.backToEdit, editUrl: PATHS.article(id) };
      const template = compile(renderPage(<ArticlePage ctx={ctx} a={article} others={others} preview={preview} />), staff.site.id, id);
      const live = req.server.counting.live;
      const { body } = respond(template, staff.now, await live.site(staff.site), await live.article(id));
      return reply.headers(SECURITY_HEADERS).header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow').type('text/html; charset=utf-8').send(body);
    },
  });
}
