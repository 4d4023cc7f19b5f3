// Back office: site settings and the menu (administrators: 'settings.manage').
//   GET/POST /quan-tri/cai-dat                    the settings form; saved → 303 back with ?da-luu=1
//   GET/POST /quan-tri/trinh-don                  the menu as a nested list, and the form to add an item
//                                                 (?tim-bai=… searches the articles offered as links)
//   GET/POST /quan-tri/trinh-don/:id              edit an item (?tim-bai=… the same)
//   POST     /quan-tri/trinh-don/:id/len|xuong    move an item up or down its level
//   GET      /quan-tri/trinh-don/:id/xoa          "Bạn có chắc muốn xoá …?" (the list's "Xoá" leads here)
//   POST     /quan-tri/trinh-don/:id/xoa          delete an item (refused while it has sub-items)
// Bad input re-shows the form (400) with each message next to its field; nothing is saved.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { flag, raw, searchText, typedValues } from '../backoffice/form.js';
import { shownOnForm } from '../backoffice/fields.js';
import type { AppError, FieldErrors } from '../errors/index.js';
import { FormInvalid, notFound } from '../errors/index.js';
import { msg } from '../messages/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { saveSiteSettings, settingsForm, settingsFormOf, settingsFormOfTyped } from './settings.js';
import type { MenuForm } from './menu-editing.js';
import { addMenuItem, checkMenuForm, deleteMenuItem, linkChoices, linkTargetsOf, menuForm, menuFormOf, menuItemOf, menuItems, menuTree, moveMenuItem, updateMenuItem } from './menu-editing.js';
import { MenuDeletePage, MenuEditPage, MenusPage, SettingsPage } from './backoffice-views.js';
import { rowIdParam } from '../backoffice/request.js';

const MENU_ITEM = `${PATHS.menus}/:id`;
const EMPTY_MENU_FORM: MenuForm = { label: '', url: '', parent: '', target: '' };

/** The menu pages' query string: `?tim-bai=…` searches the articles offered as links; `?xong=…` after a change → its notice. */
const menuQuery = z.object({ 'tim-bai': searchText(100), xong: raw() });
type MenuQuery = z.infer<typeof menuQuery>;
const NO_QUERY: MenuQuery = { 'tim-bai': '', xong: '' };

/** The picker's groups: what the app's modules offer. */
const targets = (req: FastifyRequest) => linkTargetsOf(req.server.modules);
const choicesFor = (req: FastifyRequest, staff: Staff, q: MenuQuery = NO_QUERY) => linkChoices(targets(req), req.server.deps.db, staff.site.id, staff.now, q['tim-bai']);

function menuNotice(staff: Staff, flag: string): string | undefined {
  const s = staff.t.settings;
  return ({ them: s.menuAdded, luu: s.menuSaved, 'thu-tu': s.menuMoved, xoa: s.menuDeleted } as Record<string, string>)[flag];
}

async function showMenus(req: FastifyRequest, reply: FastifyReply, staff: Staff, q: MenuQuery = NO_QUERY, o: { form?: MenuForm; errors?: FieldErrors; error?: string; status?: number } = {}) {
  const [tree, choices] = await Promise.all([menuItems(req.server.deps.db, staff.site.id).then(menuTree), choicesFor(req, staff, q)]);
  const html = renderPage(
    <MenusPage staff={staff} tree={tree} choices={choices} form={o.form ?? EMPTY_MENU_FORM} errors={o.errors ?? {}} notice={menuNotice(staff, q.xong)} error={o.error} />,
  );
  return sendHtml(reply, html, o.status ?? 200);
}

/** The menu item of the address: an id that is not this site's (or not an id) is a 404. */
function idOf(req: FastifyRequest): number {
  const id = rowIdParam(req);
  if (id === undefined) throw notFound(msg.settings.menuNotFound);
  return id;
}

/** A refusal of a change of one item (one with sub-items cannot be deleted: a 400) is told on the menu page; others are the error page. */
const onMenu = (err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff, sent: { query?: MenuQuery }) =>
  err.status === 400 ? showMenus(req, reply, staff, sent.query, { error: err.publicMessage, status: 400 }) : undefined;

export async function siteBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.settings,
    needs: 'settings.manage',
    query: z.object({ 'da-luu': flag() }),
    handler: async (_req, reply, staff, { query }) => {
      const notice = query['da-luu'] ? staff.t.settings.settingsSaved : undefined;
      return sendHtml(reply, renderPage(<SettingsPage staff={staff} form={settingsFormOf(staff.site)} errors={{}} notice={notice} />));
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.settings,
    needs: 'settings.manage',
    body: settingsForm,
    handler: async (req, reply, staff, { body }) => {
      const changes = await saveSiteSettings(db, { ...staff, values: body });
      if (Object.keys(changes).length === 0) {
        const form = settingsFormOfTyped(typedValues(settingsForm, req.body));
        return sendHtml(reply, renderPage(<SettingsPage staff={staff} form={form} errors={{}} notice={staff.t.settings.nothingChanged} />));
      }
      return reply.redirect(`${PATHS.settings}?da-luu=1`, 303);
    },
    onError: (err, _req, reply, staff, { form }) => (err instanceof FormInvalid ? sendHtml(reply, renderPage(<SettingsPage staff={staff} form={settingsFormOfTyped(form)} {...shownOnForm(err)} />), err.status) : undefined),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.menus,
    needs: 'settings.manage',
    query: menuQuery,
    handler: async (req, reply, staff, { query }) => showMenus(req, reply, staff, query),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.menus,
    needs: 'settings.manage',
    query: menuQuery,
    body: menuForm,
    handler: async (req, reply, staff, { body }) => {
      await addMenuItem(db, staff, await checkMenuForm(targets(req), db, staff.site.id, staff.now, body));
      return reply.redirect(`${PATHS.menus}?xong=them`, 303);
    },
    onError: (err, req, reply, staff, { form, query }) => (err instanceof FormInvalid ? showMenus(req, reply, staff, query, { form: menuFormOf(form), ...shownOnForm(err), status: err.status }) : undefined),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: MENU_ITEM,
    needs: 'settings.manage',
    query: menuQuery,
    handler: async (req, reply, staff, { query }) => {
      const item = await menuItemOf(db, staff.site.id, idOf(req));
      const [tree, choices] = await Promise.all([menuItems(db, staff.site.id).then(menuTree), choicesFor(req, staff, query)]);
      const form = { label: item.label, url: item.url, parent: item.parent_id === null ? '' : String(item.parent_id), target: '' };
      return sendHtml(reply, renderPage(<MenuEditPage staff={staff} item={item} tree={tree} choices={choices} form={form} errors={{}} />));
    },
    onError: onMenu,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: MENU_ITEM,
    needs: 'settings.manage',
    query: menuQuery,
    body: menuForm,
    handler: async (req, reply, staff, { body }) => {
      const id = idOf(req);
      await menuItemOf(db, staff.site.id, id);
      await updateMenuItem(db, staff, id, await checkMenuForm(targets(req), db, staff.site.id, staff.now, body));
      return reply.redirect(`${PATHS.menus}?xong=luu`, 303);
    },
    onError: async (err, req, reply, staff, sent) => {
      if (!(err instanceof FormInvalid)) return onMenu(err, req, reply, staff, sent);
      const item = await menuItemOf(db, staff.site.id, idOf(req));
      const [tree, choices] = await Promise.all([menuItems(db, staff.site.id).then(menuTree), choicesFor(req, staff, sent.query)]);
      return sendHtml(reply, renderPage(<MenuEditPage staff={staff} item={item} tree={tree} choices={choices} form={menuFormOf(sent.form)} {...shownOnForm(err)} />), err.status);
    },
  });

  for (const [segment, direction] of [
    ['len', 'up'],
    ['xuong', 'down'],
  ] as const) {
    backofficeRoute(app, {
      method: 'POST',
      url: `${MENU_ITEM}/${segment}`,
      needs: 'settings.manage',
      handler: async (req, reply, staff) => {
        await moveMenuItem(db, staff, idOf(req), direction);
        return reply.redirect(`${PATHS.menus}?xong=thu-tu`, 303);
      },
      onError: onMenu,
    });
  }

  backofficeRoute(app, {
    method: 'GET',
    url: `${MENU_ITEM}/xoa`,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => sendHtml(reply, renderPage(<MenuDeletePage staff={staff} item={await menuItemOf(db, staff.site.id, idOf(req))} />)),
    onError: onMenu,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${MENU_ITEM}/xoa`,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => {
      await deleteMenuItem(db, staff, idOf(req));
      return reply.redirect(`${PATHS.menus}?xong=xoa`, 303);
    },
    onError: onMenu,
  });
}
