// Back office: articles — the filtered list, the review queue, writing and editing (with autosave
// and preview), and moves along the workflow. Routes stay thin: read the form, call one service
// function, render. Who may do what is asked of accounts/policy.ts (through the guard and services).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ArticleRow, ArticleStatus } from '../db/schema.js';
import { backofficeRoute } from '../backoffice/guard.js';
import type { Staff } from '../backoffice/guard.js';
import { formField, queryField } from '../backoffice/form.js';
import type { FieldErrors } from '../backoffice/form.js';
import { PATHS } from '../backoffice/paths.js';
import { can, canSee } from '../accounts/policy.js';
import { AppError, notFound } from '../errors/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { compile } from '../web/page-cache.js';
import { respond } from '../web/page.js';
import { SECURITY_HEADERS } from '../web/security.js';
import { pageContext } from '../web/context.js';
import { cleanLine, cleanText, formatTime, formatDateTime, readViDateTime } from '../vi/index.js';
import { STATUSES } from '../workflow/states.js';
import { findTransition, transition, transitionsFrom, WORKFLOW_ACTIONS } from '../workflow/machine.js';
import type { WorkflowAction } from '../workflow/machine.js';
import { listCategories } from '../categories/queries.js';
import { presentImage } from '../media/images.js';
import { editorScript } from '../web/assets.js';
import { articleOfSite, authorsOf, countByStatus, listBackofficeArticles } from './backoffice-queries.js';
import type { ArticleInput, FormMove } from './backoffice-service.js';
import { ArticleInvalid, FORM_KEY_RE, articleForActor, articleOfFormKey, checkArticle, newFormKey, newerAutosave, saveArticleForm, wantedSlug } from './backoffice-service.js';
import { ArticleConfirmPage, ArticleEditorPage, ArticleListPage, CONFIRMED_MOVES, ReviewQueuePage } from './backoffice-views.js';
import type { ListFilters } from './backoffice-views.js';
import { previewArticle } from './service.js';
import { featuredChoices, OTHER_IMAGE } from './featured-picker.js';
import { editorNotice } from './flash.js';
import { ArticlePage } from './views.js';

const ID_RE = /^[1-9]\d{0,9}$/;

/** An id from the path; anything else is a 404. */
export function idOf(req: FastifyRequest): number {
  const raw = (req.params as Record<string, string>).id ?? '';
  if (!ID_RE.test(raw)) throw notFound();
  return Number(raw);
}

export function pageOf(req: FastifyRequest): number {
  const raw = queryField(req, 'trang');
  return ID_RE.test(raw) && Number(raw) <= 100_000 ? Number(raw) : 1;
}

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

/** The featured image's id: a picture's radio button, or "another picture" with its number typed. */
function featuredOf(req: FastifyRequest): string {
  const chosen = cleanLine(formField(req, 'featured_media_id'));
  return chosen === OTHER_IMAGE ? cleanLine(formField(req, 'featured_media_number')) : chosen;
}

/** The article form as typed: one line fields through cleanLine, the rest through cleanText (NFC). */
function readInput(req: FastifyRequest): ArticleInput {
  return {
    title: cleanLine(formField(req, 'title')),
    slug: cleanLine(formField(req, 'slug')),
    summary: cleanText(formField(req, 'summary')).trim(),
    bodyHtml: cleanText(formField(req, 'body_html')),
    byline: cleanLine(formField(req, 'byline')),
    categoryId: cleanLine(formField(req, 'category_id')),
    featuredMediaId: featuredOf(req),
    tags: cleanLine(formField(req, 'tags')),
    publishedAt: cleanLine(formField(req, 'published_at')),
  };
}

/** A new article form's key from the post, when it has a well-formed one. */
function formKeyOf(req: FastifyRequest): string | undefined {
  const key = formField(req, 'form_key');
  return FORM_KEY_RE.test(key) ? key : undefined;
}

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

export const ctxOf = (req: FastifyRequest, staff: Staff) => ({ siteId: staff.site.id, actor: staff.actor, ip: req.ip, now: staff.now });

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
  let featured = null;
  if (/^[1-9]\d{0,9}$/.test(values.featuredMediaId)) {
    const m = await db.selectFrom('media').selectAll().where('id', '=', Number(values.featuredMediaId)).where('site_id', '=', staff.site.id).where('kind', '=', 'image').executeTakeFirst();
    if (m) featured = presentImage(m);
  }
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

/** Reads the list filters; a bad value is dropped with a warning, never an error page. */
function filtersOf(req: FastifyRequest): { f: ListFilters; bad: boolean } {
  let bad = false;
  const status = queryField(req, 'trang-thai');
  const cat = queryField(req, 'chuyen-muc');
  const author = queryField(req, 'tac-gia');
  const f: ListFilters = { text: cleanLine(queryField(req, 'q')).slice(0, 200) };
  if (status) {
    if ((STATUSES as string[]).includes(status)) f.status = status as ArticleStatus;
    else bad = true;
  }
  if (cat) {
    if (ID_RE.test(cat)) f.categoryId = Number(cat);
    else bad = true;
  }
  if (author) {
    if (ID_RE.test(author)) f.authorId = Number(author);
    else bad = true;
  }
  return { f, bad };
}

/** To the article's page with its notice; when the title's slug was taken, the slug it wanted too. */
function savedRedirect(req: FastifyRequest, reply: FastifyReply, row: ArticleRow, flag: string) {
  const wanted = wantedSlug(readInput(req));
  const slugNote = wanted && wanted !== row.slug ? `&duong-dan-muon=${encodeURIComponent(wanted)}` : '';
  return reply.redirect(`${PATHS.article(row.id)}?${flag}=1${slugNote}`, 303);
}

export async function articleBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.articles,
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const { f, bad } = filtersOf(req);
      const page = pageOf(req);
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
    handler: async (req, reply, staff) => {
      const page = pageOf(req);
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
    handler: async (req, reply, staff) => {
      const key = queryField(req, 'ban-nhap');
      const fresh = () => reply.redirect(`${PATHS.newArticle}?ban-nhap=${newFormKey()}`, 303);
      if (!FORM_KEY_RE.test(key)) return fresh();
      const made = await articleOfFormKey(db, staff.site.id, key);
      if (made === undefined) return sendEditor(req, reply, staff, { formKey: key });
      const article = await articleOfSite(db, staff.site.id, made);
      return article && canSee(staff.actor, article) ? reply.redirect(PATHS.article(made), 303) : fresh();
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.newArticle,
    needs: 'article.create',
    handler: async (req, reply, staff) => saveFromForm(req, reply, staff, undefined),
  });

  /**
   * A button of the article form: "Lưu", "Lưu và xem trước", or a move of the workflow, which saves
   * what the form holds and moves the article in one transaction. A warned move (Gỡ bài) asks first,
   * carrying the form through the confirmation; "back" shows the form again as it was typed.
   */
  async function saveFromForm(req: FastifyRequest, reply: FastifyReply, staff: Staff, id: number | undefined) {
    const values = readInput(req);
    const formKey = id === undefined ? formKeyOf(req) : undefined;
    const comment = formField(req, 'comment');
    const action = formField(req, '_action') || 'save';
    let article: Awaited<ReturnType<typeof articleOfSite>>;
    if (id !== undefined) {
      await articleForActor(db, ctxOf(req, staff), id); // 404 for an article this person may not see
      article = await articleOfSite(db, staff.site.id, id);
    }
    const again = (o: EditorOpts) => sendEditor(req, reply, staff, { article, values, formKey, comment, ...o });
    if (action === 'back') return again({});
    const isMove = (WORKFLOW_ACTIONS as string[]).includes(action);
    if (!isMove && action !== 'save' && action !== 'preview') return again({ error: staff.t.articles.badAction, status: 400 });
    const move: FormMove | undefined = isMove ? { action: action as WorkflowAction, comment } : undefined;
    try {
      const transitionAsked = article && move && findTransition(article.status, move.action);
      if (article && transitionAsked && CONFIRMED_MOVES.includes(transitionAsked.action) && formField(req, '_xac_nhan') !== '1' && can(staff.actor, transitionAsked.needs, article)) {
        await checkArticle(db, staff.site.id, values, id, { actor: staff.actor, now: staff.now, current: article });
        const fields = (Object.keys(FIELD_NAMES) as (keyof ArticleInput)[]).map((k): [string, string] => [FIELD_NAMES[k], values[k]]);
        return sendHtml(reply, renderPage(<ArticleConfirmPage staff={staff} article={article} move={transitionAsked} fields={fields} />));
      }
      const row = await saveArticleForm(db, ctxOf(req, staff), { id, formKey }, values, move);
      if (action === 'preview') return reply.redirect(`${PATHS.article(row.id)}/xem-truoc`, 303);
      if (move?.action === 'submit') return savedRedirect(req, reply, row, 'da-gui');
      if (move) return reply.redirect(`${PATHS.article(row.id)}?da-chuyen=${move.action}`, 303);
      return savedRedirect(req, reply, row, 'da-luu');
    } catch (err) {
      if (err instanceof ArticleInvalid) return again({ errors: err.errors, error: err.publicMessage, status: 400 });
      // A refused move is shown on the form, as typed; someone who may not see or change the article gets the plain error page.
      if (err instanceof AppError && err.status !== 404 && err.status !== 403) return again({ error: err.publicMessage, status: err.status });
      throw err;
    }
  }

  backofficeRoute(app, {
    method: 'GET',
    url: '/quan-tri/bai-viet/:id',
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const id = idOf(req);
      await articleForActor(db, ctxOf(req, staff), id);
      const article = (await articleOfSite(db, staff.site.id, id))!;
      return sendEditor(req, reply, staff, { article, notice: editorNotice(req, staff, article) });
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/bai-viet/:id',
    needs: 'staff',
    handler: async (req, reply, staff) => saveFromForm(req, reply, staff, idOf(req)),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/bai-viet/:id/chuyen',
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const id = idOf(req);
      const action = formField(req, 'action');
      if (!(WORKFLOW_ACTIONS as string[]).includes(action)) throw new AppError('bad_action', 400, staff.t.articles.badAction);
      let publishAt: string | undefined;
      const local = cleanLine(formField(req, 'publish_at'));
      if (action === 'schedule') {
        const read = readViDateTime(local);
        if (!('iso' in read)) throw new AppError('bad_publish_at', 400, staff.t.articles.badPublishAt);
        publishAt = read.iso;
      }
      try {
        await transition(db, { siteId: staff.site.id, articleId: id, actor: staff.actor, action: action as WorkflowAction, comment: formField(req, 'comment'), publishAt, ip: req.ip, now: staff.now });
      } catch (err) {
        // A refusal is shown on the article's page when the person may see it; otherwise the plain error page.
        if (err instanceof AppError && err.status !== 404 && err.status !== 403) {
          const article = await articleOfSite(db, staff.site.id, id);
          if (article) return sendEditor(req, reply, staff, { article, error: err.publicMessage, status: err.status });
        }
        throw err;
      }
      return reply.redirect(`${PATHS.article(id)}?da-chuyen=${action}`, 303);
    },
  });

  // Autosave, called by the editor with fetch: JSON in, JSON out. A new article gets its id here.
  const autosave = async (req: FastifyRequest, reply: FastifyReply, staff: Staff, id: number | undefined) => {
    const values = readInput(req);
    try {
      const row = await saveArticleForm(db, ctxOf(req, staff), { id, formKey: id === undefined ? formKeyOf(req) : undefined }, values, undefined, 'autosave');
      const savedAt = formatTime(staff.now);
      return reply.send({ id: row.id, slug: row.slug, savedAt, message: staff.t.articles.autosaved(savedAt), ...(id === undefined ? { editUrl: PATHS.article(row.id), autosaveUrl: `${PATHS.article(row.id)}/tu-luu` } : {}) });
    } catch (err) {
      if (err instanceof ArticleInvalid) return reply.code(400).send({ error: Object.values(err.errors).join(' '), errors: err.errors });
      if (err instanceof AppError) return reply.code(err.status).send({ error: err.publicMessage });
      throw err;
    }
  };
  backofficeRoute(app, { method: 'POST', url: `${PATHS.articles}/tu-luu`, needs: 'article.create', json: true, handler: (req, reply, staff) => autosave(req, reply, staff, undefined) });
  backofficeRoute(app, { method: 'POST', url: '/quan-tri/bai-viet/:id/tu-luu', needs: 'staff', json: true, handler: (req, reply, staff) => autosave(req, reply, staff, idOf(req)) });

  // Preview: the public article page exactly, from the article as saved, under a bar that says it is a
  // preview and leads back to the editor; never cached or indexed.
  backofficeRoute(app, {
    method: 'GET',
    url: '/quan-tri/bai-viet/:id/xem-truoc',
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const id = idOf(req);
      const row = await articleForActor(db, ctxOf(req, staff), id);
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
