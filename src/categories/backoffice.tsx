// Back office: categories (administrators: 'settings.manage').
//   GET/POST /quan-tri/chuyen-muc            the list with article counts, and the form to add one
//   GET/POST /quan-tri/chuyen-muc/:id        edit a category
//   GET      /quan-tri/chuyen-muc/:id/xoa    "Bạn có chắc muốn xoá chuyên mục …?" (the list's "Xoá" leads here)
//   POST     /quan-tri/chuyen-muc/:id/xoa    delete it (refused, with the count, while articles use it)
// Bad input re-shows the form (400) with each message next to its field; nothing is saved.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../backoffice/form.js';
import { queryField } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { sendBackofficeError } from '../backoffice/auth.js';
import { AppError } from '../errors/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { changeBy, rowIdParam } from '../backoffice/request.js';
import type { CategoryForm } from './service.js';
import { categoryList, categoryOf, createCategory, deleteCategory, readCategoryForm, updateCategory } from './service.js';
import { CategoriesPage, CategoryDeletePage, CategoryEditPage } from './backoffice-views.js';

const CATEGORY = `${PATHS.categories}/:id`;
const EMPTY_FORM: CategoryForm = { name: '', slug: '', description: '', parent: '', position: '' };

function notice(staff: Staff, flag: string): string | undefined {
  const s = staff.t.settings;
  return ({ them: s.categoryAdded, luu: s.categorySaved, xoa: s.categoryDeleted } as Record<string, string>)[flag];
}

async function showList(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: { form?: CategoryForm; errors?: FieldErrors; error?: string; status?: number } = {}) {
  const list = await categoryList(req.server.deps.db, staff.site.id);
  const html = renderPage(<CategoriesPage staff={staff} list={list} form={o.form ?? EMPTY_FORM} errors={o.errors ?? {}} notice={notice(staff, queryField(req, 'xong'))} error={o.error} />);
  return sendHtml(reply, html, o.status ?? 200);
}

/** Runs an action on one category: 404 for an id that is not this site's, the list with the refusal for a 400. */
async function onCategory(req: FastifyRequest, reply: FastifyReply, staff: Staff, fn: (id: number) => Promise<unknown>) {
  const id = rowIdParam(req);
  if (id === undefined) return sendBackofficeError(req, reply, 404, staff.t.settings.categoryNotFound, staff.auth);
  try {
    return await fn(id);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.status === 400) return showList(req, reply, staff, { error: err.publicMessage, status: 400 });
    return sendBackofficeError(req, reply, err.status, err.publicMessage, staff.auth);
  }
}

export async function categoryBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.categories,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => showList(req, reply, staff),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.categories,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => {
      const { form, errors, input } = readCategoryForm(req);
      const result = input ? await createCategory(db, changeBy(req, staff), input) : { errors };
      if ('errors' in result) return showList(req, reply, staff, { form, errors: result.errors, status: 400 });
      return reply.redirect(`${PATHS.categories}?xong=them`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: CATEGORY,
    needs: 'settings.manage',
    handler: async (req, reply, staff) =>
      onCategory(req, reply, staff, async (id) => {
        const category = await categoryOf(db, staff.site.id, id);
        const list = await categoryList(db, staff.site.id);
        const form: CategoryForm = {
          name: category.name,
          slug: category.slug,
          description: category.description,
          parent: category.parent_id === null ? '' : String(category.parent_id),
          position: String(category.position),
        };
        return sendHtml(reply, renderPage(<CategoryEditPage staff={staff} category={category} list={list} form={form} errors={{}} />));
      }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: CATEGORY,
    needs: 'settings.manage',
    handler: async (req, reply, staff) =>
      onCategory(req, reply, staff, async (id) => {
        const category = await categoryOf(db, staff.site.id, id);
        const { form, errors, input } = readCategoryForm(req);
        const result = input ? await updateCategory(db, changeBy(req, staff), id, input) : { errors };
        if ('errors' in result) {
          const list = await categoryList(db, staff.site.id);
          return sendHtml(reply, renderPage(<CategoryEditPage staff={staff} category={category} list={list} form={form} errors={result.errors} />), 400);
        }
        return reply.redirect(`${PATHS.categories}?xong=luu`, 303);
      }),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: `${CATEGORY}/xoa`,
    needs: 'settings.manage',
    handler: async (req, reply, staff) =>
      onCategory(req, reply, staff, async (id) => sendHtml(reply, renderPage(<CategoryDeletePage staff={staff} category={await categoryOf(db, staff.site.id, id)} />))),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${CATEGORY}/xoa`,
    needs: 'settings.manage',
    handler: async (req, reply, staff) =>
      onCategory(req, reply, staff, async (id) => {
        await deleteCategory(db, changeBy(req, staff), id);
        return reply.redirect(`${PATHS.categories}?xong=xoa`, 303);
      }),
  });
}
