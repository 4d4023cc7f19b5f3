// Back office: categories (administrators: 'settings.manage').
//   GET/POST /quan-tri/chuyen-muc            the list with article counts, and the form to add one
//   GET/POST /quan-tri/chuyen-muc/:id        edit a category
//   GET      /quan-tri/chuyen-muc/:id/xoa    "Bạn có chắc muốn xoá chuyên mục …?" (the list's "Xoá" leads here)
//   POST     /quan-tri/chuyen-muc/:id/xoa    delete it (refused, with the count, while articles use it)
// Bad input re-shows the form (400) with each message next to its field; nothing is saved.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppError, FieldErrors } from '../errors/index.js';
import { FormInvalid, notFound } from '../errors/index.js';
import { raw } from '../backoffice/form.js';
import { shownOnForm } from '../backoffice/fields.js';
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { rowIdParam } from '../backoffice/request.js';
import type { CategoryForm } from './service.js';
import { categoryForm, categoryFormOf, categoryList, categoryOf, createCategory, deleteCategory, updateCategory } from './service.js';
import { CategoriesPage, CategoryDeletePage, CategoryEditPage } from './backoffice-views.js';

const CATEGORY = `${PATHS.categories}/:id`;
const EMPTY_FORM: CategoryForm = { name: '', slug: '', description: '', parent: '', position: '' };

/** `?xong=…` after a change → its notice (the query never reaches the page as text). */
const noticeQuery = z.object({ xong: raw() });
function notice(staff: Staff, flag: string): string | undefined {
  const s = staff.t.settings;
  return ({ them: s.categoryAdded, luu: s.categorySaved, xoa: s.categoryDeleted } as Record<string, string>)[flag];
}

async function showList(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: { form?: CategoryForm; errors?: FieldErrors; error?: string; notice?: string; status?: number } = {}) {
  const list = await categoryList(req.server.deps.db, staff.site.id);
  const html = renderPage(<CategoriesPage staff={staff} list={list} form={o.form ?? EMPTY_FORM} errors={o.errors ?? {}} notice={o.notice} error={o.error} />);
  return sendHtml(reply, html, o.status ?? 200);
}

/** The category of the address: an id that is not this site's (or not an id) is a 404. */
function idOf(req: FastifyRequest): number {
  const id = rowIdParam(req);
  if (id === undefined) throw notFound(msg.settings.categoryNotFound);
  return id;
}

/** A refusal of a change of one category (one in use cannot be deleted: a 400) is told on the list; others are the error page. */
const onList = (err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff) => (err.status === 400 ? showList(req, reply, staff, { error: err.publicMessage, status: 400 }) : undefined);

export async function categoryBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.categories,
    needs: 'settings.manage',
    query: noticeQuery,
    handler: async (req, reply, staff, { query }) => showList(req, reply, staff, { notice: notice(staff, query.xong) }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.categories,
    needs: 'settings.manage',
    body: categoryForm,
    handler: async (req, reply, staff, { body }) => {
      await createCategory(db, staff, body);
      return reply.redirect(`${PATHS.categories}?xong=them`, 303);
    },
    // The form again as typed, each problem beside its field; nothing is saved.
    onError: (err, req, reply, staff, { form }) => (err instanceof FormInvalid ? showList(req, reply, staff, { form: categoryFormOf(form), ...shownOnForm(err), status: err.status }) : undefined),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: CATEGORY,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => {
      const category = await categoryOf(db, staff.site.id, idOf(req));
      const list = await categoryList(db, staff.site.id);
      const form: CategoryForm = {
        name: category.name,
        slug: category.slug,
        description: category.description,
        parent: category.parent_id === null ? '' : String(category.parent_id),
        position: String(category.position),
      };
      return sendHtml(reply, renderPage(<CategoryEditPage staff={staff} category={category} list={list} form={form} errors={{}} />));
    },
    onError: onList,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: CATEGORY,
    needs: 'settings.manage',
    body: categoryForm,
    handler: async (req, reply, staff, { body }) => {
      const id = idOf(req);
      await categoryOf(db, staff.site.id, id);
      await updateCategory(db, staff, id, body);
      return reply.redirect(`${PATHS.categories}?xong=luu`, 303);
    },
    onError: async (err, req, reply, staff, { form }) => {
      if (!(err instanceof FormInvalid)) return onList(err, req, reply, staff);
      const [category, list] = await Promise.all([categoryOf(db, staff.site.id, idOf(req)), categoryList(db, staff.site.id)]);
      return sendHtml(reply, renderPage(<CategoryEditPage staff={staff} category={category} list={list} form={categoryFormOf(form)} {...shownOnForm(err)} />), err.status);
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: `${CATEGORY}/xoa`,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => sendHtml(reply, renderPage(<CategoryDeletePage staff={staff} category={await categoryOf(db, staff.site.id, idOf(req))} />)),
    onError: onList,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${CATEGORY}/xoa`,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => {
      await deleteCategory(db, staff, idOf(req));
      return reply.redirect(`${PATHS.categories}?xong=xoa`, 303);
    },
    onError: onList,
  });
}
