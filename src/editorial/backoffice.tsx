// Back office: the editorial items of every kind a module declares (registry/editorial.ts) — the
// list (or the tree, with "Lên"/"Xuống"), writing and editing (with autosave and preview), moves
// along the workflow, the trash — registered once per kind under its base (/quan-tri/bai-viet,
// /quan-tri/trang…); and, once for all kinds, the review queue and Thùng rác. Routes stay thin:
// read the form, call one service function, render. Who may do what is asked of accounts/policy.ts
// (its 'article.*' rules, for every kind) through the guard and the services.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ArticleStatus, ItemRow } from '../db/schema.js';
import { backofficeRoute } from '../backoffice/guard.js';
import type { Staff } from '../backoffice/guard.js';
import { flag, line, pageNumber, raw, rowId, searchText, text } from '../backoffice/form.js';
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
import { editorScript } from '../web/assets.js';
import { formatTime, formatDateTime, readViDateTime } from '../vi/index.js';
import { STATUSES } from '../workflow/states.js';
import { findTransition, transition, transitionsFrom, WORKFLOW_ACTIONS } from '../workflow/machine.js';
import type { Transition, WorkflowAction } from '../workflow/machine.js';
import type { EditorialKind } from '../registry/editorial.js';
import { editorialKinds, editorialPaths } from '../registry/editorial.js';
import { authorsOf, countByStatus, itemOfSite, kindOfItem, itemTree, listItems, parentChoices, waitingCount } from './queries.js';
import type { FormMove, ItemInput } from './service.js';
import { EMPTY_INPUT, FORM_KEY_RE, checkItem, itemForActor, itemOfFormKey, moveAmongSiblings, newFormKey, newerAutosave, saveItemForm, wantedSlug } from './service.js';
import { listTrash, restoreItem, trashItem } from './trash.js';
import { CONFIRMED_MOVES, ConfirmPage, EditorPage, ItemListPage, ReviewQueuePage, TreeListPage } from './views.js';
import type { ListFilters } from './views.js';
import { TrashPage } from './trash-views.js';
import { editorNotice, noticeQuery } from './flash.js';

const ID_RE = /^[1-9]\d{0,9}$/;

/** An id from the path; anything else is a 404. */
export function idOf(req: FastifyRequest): number {
  const raw = (req.params as Record<string, string>).id ?? '';
  if (!ID_RE.test(raw)) throw notFound();
  return Number(raw);
}

/** `?trang=` of the lists (the trash's too). */
export const listPage = pageNumber(100_000);

/** Refusals someone who may not see or change the item gets as the plain error page (they learn nothing). */
const notTheirs = (err: AppError) => err.status === 404 || err.status === 403;

/** The moves of an item's state this person may make, those its kind has (scheduling needs the time field). */
function movesOf(kind: EditorialKind, staff: Staff, item: ItemRow): Transition[] {
  return transitionsFrom(item.status).filter((m) => (kind.fields.publicationTime || m.action !== 'schedule') && can(staff.actor, m.needs, item));
}

/** The kinds the app serves, and how many of their items wait for review for this person. */
const waitingOf = (req: FastifyRequest, staff: Staff) => waitingCount(req.server.deps.db, staff.actor, staff.site.id, editorialKinds(req.server.modules).map((k) => k.kind));

/** Registers one kind's back office. */
function kindRoutes(app: FastifyInstance, kind: EditorialKind) {
  const { db } = app.deps;
  const paths = editorialPaths(kind);
  const has = kind.fields;
  const ownNames = kind.own?.names ?? [];

  /**
   * The item's form: every field one string as typed (NFC). Its rules need the site's rows, so
   * service.checkItem judges it; nothing here refuses a post.
   */
  const itemForm = z.object({
    title: line(),
    slug: line(),
    summary: text(),
    body_html: text(undefined, { trim: false }),
    byline: line(),
    published_at: line(),
    parent_id: line(),
    position: line(),
    lang: line(),
    ...Object.fromEntries(ownNames.map((n) => [n, line()])),
    form_key: raw(),
    comment: raw(),
    _action: raw(),
    _xac_nhan: raw(),
  });
  type ItemForm = Record<string, string>;

  /** The item as the form holds it. */
  const inputOf = (f: Partial<ItemForm>): ItemInput => ({
    title: f.title ?? '',
    slug: f.slug ?? '',
    summary: f.summary ?? '',
    bodyHtml: f.body_html ?? '',
    byline: f.byline ?? '',
    publishedAt: f.published_at ?? '',
    parent: f.parent_id ?? '',
    position: f.position ?? '',
    lang: f.lang ?? '',
    own: Object.fromEntries(ownNames.map((n) => [n, f[n] ?? ''])),
  });

  /** The form's fields and values, as posted (carried through a confirmation). */
  const fieldsOf = (v: ItemInput): [string, string][] => [
    ['title', v.title],
    ['slug', v.slug],
    ...(has.summary ? ([['summary', v.summary]] as [string, string][]) : []),
    ['body_html', v.bodyHtml],
    ...(has.byline ? ([['byline', v.byline]] as [string, string][]) : []),
    ...(has.publicationTime ? ([['published_at', v.publishedAt]] as [string, string][]) : []),
    ...(has.tree ? ([['parent_id', v.parent], ['position', v.position]] as [string, string][]) : []),
    ...(has.langs ? ([['lang', v.lang]] as [string, string][]) : []),
    ...ownNames.map((n): [string, string] => [n, v.own[n] ?? '']),
  ];

  /** A new item's form key from the post, when it has a well-formed one. */
  const formKeyOf = (f: Partial<ItemForm>) => (f.form_key && FORM_KEY_RE.test(f.form_key) ? f.form_key : undefined);

  async function valuesOf(item: ItemRow): Promise<ItemInput> {
    return {
      title: item.title,
      slug: item.slug,
      summary: item.summary,
      bodyHtml: item.body_html,
      byline: item.byline,
      publishedAt: item.published_at ? formatDateTime(item.published_at) : '',
      parent: item.parent_id ? String(item.parent_id) : '',
      position: String(item.position),
      lang: item.lang,
      own: kind.own ? await kind.own.values(db, item) : {},
    };
  }

  interface EditorOpts {
    item?: ItemRow;
    values?: ItemInput;
    errors?: FieldErrors;
    notice?: string;
    error?: string;
    status?: number;
    formKey?: string;
    comment?: string;
  }

  async function sendEditor(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: EditorOpts) {
    const a = o.item;
    const values = o.values ?? (a ? await valuesOf(a) : { ...EMPTY_INPUT, own: {} });
    const [data, parents, waiting] = await Promise.all([kind.own?.load(db, staff.site.id, values.own), has.tree ? parentChoices(db, staff.site.id, kind.kind, a?.id, a?.parent_id ?? null) : [], waitingOf(req, staff)]);
    const editable = a ? can(staff.actor, 'article.edit', a) : can(staff.actor, 'article.create');
    const moves = a ? movesOf(kind, staff, a) : [];
    const canSubmit = a ? moves.some((m) => m.action === 'submit') : can(staff.actor, 'article.create');
    const autosave = a && (await newerAutosave(db, a.id, staff.actor.userId, a.updated_at));
    const html = renderPage(
      <EditorPage
        staff={staff}
        kind={kind}
        item={a}
        values={values}
        errors={o.errors ?? {}}
        data={data}
        parents={parents}
        editable={editable}
        canSubmit={canSubmit}
        moves={moves}
        notice={o.notice}
        error={o.error}
        newerAutosaveAt={autosave ? formatDateTime(autosave.created_at) : undefined}
        scripts={[editorScript()]}
        waiting={waiting}
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

  const ownParam = kind.own?.list?.param;
  /** The list's query string: the filters, the title search and the page. */
  const listQuery = z
    .object({ 'trang-thai': raw(), ...(ownParam ? { [ownParam]: raw() } : {}), 'tac-gia': raw(), q: searchText(200), trang: listPage, 'da-doi-thu-tu': flag() })
    .transform((q: Record<string, unknown>) => {
      const status = filter(String(q['trang-thai'] ?? ''), (s) => ((STATUSES as string[]).includes(s) ? (s as ArticleStatus) : undefined));
      const own = filter(ownParam ? String(q[ownParam] ?? '') : '', (s) => (ID_RE.test(s) ? Number(s) : undefined));
      const author = filter(String(q['tac-gia'] ?? ''), (s) => (ID_RE.test(s) ? Number(s) : undefined));
      const f: ListFilters = { text: String(q.q ?? ''), status: status.value, own: own.value, authorId: author.value };
      for (const k of ['status', 'own', 'authorId'] as const) if (f[k] === undefined) delete f[k];
      return { f, bad: Boolean(status.bad || own.bad || author.bad), page: q.trang as number, reordered: q['da-doi-thu-tu'] as boolean };
    });

  /** To the item's page with its notice; when the title's slug was taken, the slug it wanted too. */
  function savedRedirect(reply: FastifyReply, values: ItemInput, row: ItemRow, flagName: string) {
    const wanted = wantedSlug(values);
    const slugNote = wanted && wanted !== row.slug ? `&duong-dan-muon=${encodeURIComponent(wanted)}` : '';
    return reply.redirect(`${paths.item(row.id)}?${flagName}=1${slugNote}`, 303);
  }

  /** The list of moves' form ("Chuyển"): the move, its time when it schedules, the reason when it returns. */
  const moveForm = z
    .object({ action: raw().refine((a) => (WORKFLOW_ACTIONS as string[]).includes(a) && (has.publicationTime || a !== 'schedule'), msg.articles.badAction), publish_at: line(), comment: raw() })
    .superRefine((f, ctx) => {
      if (f.action === 'schedule' && !('iso' in readViDateTime(f.publish_at))) ctx.addIssue({ code: 'custom', path: ['publish_at'], message: msg.articles.badPublishAt });
    })
    .transform((f) => {
      const read = f.action === 'schedule' ? readViDateTime(f.publish_at) : undefined;
      return { action: f.action as WorkflowAction, comment: f.comment, publishAt: read && 'iso' in read ? read.iso : undefined };
    });

  backofficeRoute(app, {
    method: 'GET',
    url: paths.list,
    needs: 'article.read',
    query: listQuery,
    handler: async (req, reply, staff, { query: { f, bad, page, reordered } }) => {
      const t = kind.strings(staff.t);
      if (has.tree) {
        const [items, waiting] = await Promise.all([itemTree(db, staff.actor, staff.site.id, kind.kind), waitingOf(req, staff)]);
        const html = renderPage(<TreeListPage staff={staff} kind={kind} items={items} canOrder={can(staff.actor, 'article.publish')} waiting={waiting} notice={reordered ? t.movedUpDown : undefined} />);
        return sendHtml(reply, html);
      }
      const own = kind.own?.list;
      const [counts, data, authors, list, waiting] = await Promise.all([
        countByStatus(db, staff.actor, staff.site.id, kind.kind),
        kind.own?.load(db, staff.site.id),
        authorsOf(db, staff.site.id),
        listItems(db, staff.actor, staff.site.id, { kinds: [kind.kind], status: f.status, own: own && f.own ? { column: own.column, value: f.own } : undefined, authorId: f.authorId, text: f.text, page }),
        waitingOf(req, staff),
      ]);
      const html = renderPage(
        <ItemListPage
          staff={staff}
          kind={kind}
          f={f}
          counts={counts}
          data={data}
          authors={authors}
          items={list.items}
          total={list.total}
          page={Math.min(page, list.pages)}
          pages={list.pages}
          waiting={waiting}
          warning={bad ? t.badFilter : undefined}
        />,
      );
      return sendHtml(reply, html);
    },
  });

  // A new item's form lives at /moi?ban-nhap=KEY: its saves make one draft (service.saveItemForm),
  // and coming Back to that address (after "Lưu và xem trước") opens the draft it made.
  backofficeRoute(app, {
    method: 'GET',
    url: paths.create,
    needs: 'article.create',
    query: z.object({ 'ban-nhap': raw() }),
    handler: async (req, reply, staff, { query }) => {
      const key = query['ban-nhap'];
      const fresh = () => reply.redirect(`${paths.create}?ban-nhap=${newFormKey()}`, 303);
      if (!FORM_KEY_RE.test(key)) return fresh();
      const made = await itemOfFormKey(db, staff.site.id, key);
      if (made === undefined) return sendEditor(req, reply, staff, { formKey: key });
      const item = await itemOfSite(db, staff.site.id, kind.kind, made);
      return item && canSee(staff.actor, item) ? reply.redirect(paths.item(made), 303) : fresh();
    },
  });

  /**
   * A button of the item's form: "Lưu", "Lưu và xem trước", or a move of the workflow, which saves
   * what the form holds and moves the item in one transaction. A warned move (Gỡ bài) asks first,
   * carrying the form through the confirmation; "back" shows the form again as it was typed.
   */
  async function saveFromForm(req: FastifyRequest, reply: FastifyReply, staff: Staff, id: number | undefined, form: ItemForm) {
    const values = inputOf(form);
    const formKey = id === undefined ? formKeyOf(form) : undefined;
    const action = form._action || 'save';
    let item: ItemRow | undefined;
    if (id !== undefined) item = await itemForActor(db, kind, staff, id); // 404 for an item this person may not see
    if (action === 'back') return sendEditor(req, reply, staff, { item, values, formKey, comment: form.comment });
    const isMove = (WORKFLOW_ACTIONS as string[]).includes(action) && (has.publicationTime || action !== 'schedule');
    if (!isMove && action !== 'save' && action !== 'preview') throw new AppError('bad_action', 400, kind.strings(staff.t).badAction);
    const move: FormMove | undefined = isMove ? { action: action as WorkflowAction, comment: form.comment } : undefined;
    const transitionAsked = item && move && findTransition(item.status, move.action);
    if (item && transitionAsked && CONFIRMED_MOVES.includes(transitionAsked.action) && form._xac_nhan !== '1' && can(staff.actor, transitionAsked.needs, item)) {
      await checkItem(db, kind, staff.site.id, values, id, { actor: staff.actor, now: staff.now, current: item });
      return sendHtml(reply, renderPage(<ConfirmPage staff={staff} kind={kind} item={item} move={transitionAsked} fields={fieldsOf(values)} />));
    }
    const row = await saveItemForm(db, kind, staff, { id, formKey }, values, move);
    if (action === 'preview') return reply.redirect(paths.preview(row.id), 303);
    if (move?.action === 'submit') return savedRedirect(reply, values, row, 'da-gui');
    if (move) return reply.redirect(`${paths.item(row.id)}?da-chuyen=${move.action}`, 303);
    return savedRedirect(reply, values, row, 'da-luu');
  }

  /** A refused save or move is shown on the form, as typed: each problem beside its field. */
  async function formAgain(err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff, typed: Partial<ItemForm>, id: number | undefined) {
    if (notTheirs(err)) return undefined;
    const item = id === undefined ? undefined : await itemOfSite(db, staff.site.id, kind.kind, id);
    const formKey = id === undefined ? formKeyOf(typed) : undefined;
    return sendEditor(req, reply, staff, { item, values: inputOf(typed), formKey, comment: typed.comment, ...shownOnForm(err, staff.t.formHasErrors), status: err.status });
  }

  backofficeRoute(app, {
    method: 'POST',
    url: paths.create,
    needs: 'article.create',
    body: itemForm,
    handler: async (req, reply, staff, { body }) => saveFromForm(req, reply, staff, undefined, body as ItemForm),
    onError: (err, req, reply, staff, { form }) => formAgain(err, req, reply, staff, form, undefined),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: `${kind.base}/:id`,
    needs: 'article.read',
    query: noticeQuery,
    handler: async (req, reply, staff, { query }) => {
      const item = await itemForActor(db, kind, staff, idOf(req));
      return sendEditor(req, reply, staff, { item, notice: editorNotice(query, staff, kind.strings(staff.t), item) });
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${kind.base}/:id`,
    needs: 'article.read',
    body: itemForm,
    handler: async (req, reply, staff, { body }) => saveFromForm(req, reply, staff, idOf(req), body as ItemForm),
    onError: (err, req, reply, staff, { form }) => formAgain(err, req, reply, staff, form, idOf(req)),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${kind.base}/:id/chuyen`,
    needs: 'article.read',
    body: moveForm,
    handler: async (req, reply, staff, { body: move }) => {
      const id = idOf(req);
      // Another kind's item is not found here; for this kind's, the workflow decides (and refuses in words).
      const itsKind = await kindOfItem(db, staff.site.id, id);
      if (itsKind !== undefined && itsKind !== kind.kind) throw notFound(kind.strings(staff.t).notFound);
      await transition(db, { ...staff, itemId: id, ...move });
      return reply.redirect(`${paths.item(id)}?da-chuyen=${move.action}`, 303);
    },
    // A refused move is shown on the item's page when the person may see it; a form these pages
    // do not make (no such move, no time to schedule at) is the plain error page.
    onError: async (err, req, reply, staff) => {
      if (notTheirs(err) || err instanceof FormInvalid) return undefined;
      const item = await itemOfSite(db, staff.site.id, kind.kind, idOf(req));
      return item ? sendEditor(req, reply, staff, { item, error: err.publicMessage, status: err.status }) : undefined;
    },
  });

  // Autosave, called by the editor with fetch: JSON in, JSON out (refusals: the guard's { error, errors }). A new item gets its id here.
  const autosave = async (reply: FastifyReply, staff: Staff, id: number | undefined, form: ItemForm) => {
    const row = await saveItemForm(db, kind, staff, { id, formKey: id === undefined ? formKeyOf(form) : undefined }, inputOf(form), undefined, 'autosave');
    const savedAt = formatTime(staff.now);
    return reply.send({ id: row.id, slug: row.slug, savedAt, message: kind.strings(staff.t).autosaved(savedAt), ...(id === undefined ? { editUrl: paths.item(row.id), autosaveUrl: paths.autosave(row.id) } : {}) });
  };
  backofficeRoute(app, { method: 'POST', url: paths.autosaveNew, needs: 'article.create', json: true, body: itemForm, handler: (_req, reply, staff, { body }) => autosave(reply, staff, undefined, body as ItemForm) });
  backofficeRoute(app, { method: 'POST', url: `${kind.base}/:id/tu-luu`, needs: 'article.read', json: true, body: itemForm, handler: (req, reply, staff, { body }) => autosave(reply, staff, idOf(req), body as ItemForm) });

  // Preview: the public page exactly (the kind draws it), from the item as saved, under a bar that
  // says it is a preview and leads back to the editor; never cached or indexed.
  backofficeRoute(app, {
    method: 'GET',
    url: `${kind.base}/:id/xem-truoc`,
    needs: 'article.read',
    handler: async (req, reply, staff) => {
      const id = idOf(req);
      const row = await itemForActor(db, kind, staff, id);
      const t = kind.strings(staff.t);
      const bar = { label: row.status === 'published' ? t.previewBarPublished : t.previewBar, backLabel: t.backToEdit, editUrl: paths.item(id) };
      const template = compile(await kind.preview(req, row, bar, staff.now), staff.site.id, id);
      const live = req.server.counting.live;
      const { body } = respond(template, staff.now, await live.site(staff.site), await live.article(id));
      return reply.headers(SECURITY_HEADERS).header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow').type('text/html; charset=utf-8').send(body);
    },
  });

  // To the trash ("Xoá bài") and back out of it ("Khôi phục"): the policy's 'article.delete' (trash.ts asks it).
  backofficeRoute(app, {
    method: 'POST',
    url: `${kind.base}/:id/xoa`,
    needs: 'article.read',
    handler: async (req, reply, staff) => {
      const row = await trashItem(db, kind, staff, idOf(req));
      return reply.redirect(`${PATHS.trash}?da-xoa=${row.id}`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${kind.base}/:id/khoi-phuc`,
    needs: 'article.read',
    handler: async (req, reply, staff) => {
      const row = await restoreItem(db, kind, staff, idOf(req));
      return reply.redirect(`${paths.item(row.id)}?tu-thung-rac=1`, 303);
    },
  });

  // Nesting and order: one place up or down among its siblings (an editor's or administrator's).
  if (has.tree) {
    for (const [segment, direction] of [
      ['len', 'up'],
      ['xuong', 'down'],
    ] as const) {
      backofficeRoute(app, {
        method: 'POST',
        url: `${kind.base}/:id/${segment}`,
        needs: 'article.publish',
        handler: async (req, reply, staff) => {
          await moveAmongSiblings(db, kind, staff, idOf(req), direction);
          return reply.redirect(`${paths.list}?da-doi-thu-tu=1`, 303);
        },
      });
    }
  }
}

/** The review queue and the trash, once for every kind; each kind's own routes. */
export async function editorialBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;
  const kinds = editorialKinds(app.modules);
  if (!kinds.length) return;
  for (const kind of kinds) kindRoutes(app, kind);
  const names = kinds.map((k) => k.kind);

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.review,
    needs: 'article.publish',
    query: z.object({ trang: listPage }),
    handler: async (req, reply, staff, { query: { trang: page } }) => {
      const [list, waiting] = await Promise.all([listItems(db, staff.actor, staff.site.id, { kinds: names, status: 'submitted', page, order: 'queue' }), waitingOf(req, staff)]);
      return sendHtml(reply, renderPage(<ReviewQueuePage staff={staff} kinds={kinds} items={list.items} total={list.total} page={page} pages={list.pages} waiting={waiting} />));
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.trash,
    needs: 'article.read',
    // ?da-xoa=ID after "Xoá bài": the notice names that item (when it is in this list).
    query: z.object({ trang: listPage, 'da-xoa': rowId() }),
    handler: async (req, reply, staff, { query }) => {
      const [list, waiting] = await Promise.all([listTrash(db, staff.actor, staff.site.id, names, query.trang), waitingOf(req, staff)]);
      const deleted = query['da-xoa'] === undefined ? undefined : list.items.find((i) => i.id === query['da-xoa']);
      const kindOf = (k: string) => kinds.find((x) => x.kind === k) ?? kinds[0]!;
      const html = renderPage(
        <TrashPage
          staff={staff}
          kinds={kinds}
          items={list.items}
          total={list.total}
          page={list.page}
          pages={list.pages}
          waiting={waiting}
          notice={deleted ? kindOf(deleted.kind).strings(staff.t).trash.deleted(deleted.title) : undefined}
          justDeleted={deleted ? { id: deleted.id, kind: deleted.kind } : undefined}
        />,
      );
      return sendHtml(reply, html);
    },
  });
}
