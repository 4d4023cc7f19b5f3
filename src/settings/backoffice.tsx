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
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { queryField } from '../backoffice/form.js';
import type { FieldErrors } from '../backoffice/form.js';
import { sendBackofficeError } from '../backoffice/auth.js';
import { AppError } from '../errors/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { readSettingsForm, saveSiteSettings, settingsFormOf } from './settings.js';
import type { MenuForm } from './menu-editing.js';
import { addMenuItem, deleteMenuItem, linkChoices, linkTargetsOf, menuItemOf, menuItems, menuTree, moveMenuItem, readMenuForm, updateMenuItem } from './menu-editing.js';
import { cleanLine } from '../vi/index.js';
import { MenuDeletePage, MenuEditPage, MenusPage, SettingsPage } from './backoffice-views.js';
import { changeBy, rowIdParam } from '../backoffice/request.js';

const MENU_ITEM = `${PATHS.menus}/:id`;
const EMPTY_MENU_FORM: MenuForm = { label: '', url: '', parent: '', target: '' };

/** `?tim-bai=…`: the title search of the articles offered as links. */
const articleQuery = (req: FastifyRequest) => cleanLine(queryField(req, 'tim-bai')).slice(0, 100);

/** The picker's groups: what the app's modules offer. */
const targets = (req: FastifyRequest) => linkTargetsOf(req.server.modules);
const choicesFor = (req: FastifyRequest, staff: Staff) => linkChoices(targets(req), req.server.deps.db, staff.site.id, staff.now, articleQuery(req));

/** `?xong=…` after a menu change → its notice. */
function menuNotice(staff: Staff, flag: string): string | undefined {
  const s = staff.t.settings;
  return ({ them: s.menuAdded, luu: s.menuSaved, 'thu-tu': s.menuMoved, xoa: s.menuDeleted } as Record<string, string>)[flag];
}

async function showMenus(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: { form?: MenuForm; errors?: FieldErrors; error?: string; status?: number } = {}) {
  const [tree, choices] = await Promise.all([menuItems(req.server.deps.db, staff.site.id).then(menuTree), choicesFor(req, staff)]);
  const html = renderPage(
    <MenusPage staff={staff} tree={tree} choices={choices} form={o.form ?? EMPTY_MENU_FORM} errors={o.errors ?? {}} notice={menuNotice(staff, queryField(req, 'xong'))} error={o.error} />,
  );
  return sendHtml(reply, html, o.status ?? 200);
}

/** Runs a change of one menu item: 404 for an id that is not this site's, the menu page with the refusal for a 400. */
async function onMenuItem(req: FastifyRequest, reply: FastifyReply, staff: Staff, fn: (id: number) => Promise<unknown>) {
  const id = rowIdParam(req);
  if (id === undefined) return sendBackofficeError(req, reply, 404, staff.t.settings.menuNotFound, staff.auth);
  try {
    return await fn(id);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.status === 400) return showMenus(req, reply, staff, { error: err.publicMessage, status: 400 });
    return sendBackofficeError(req, reply, err.status, err.publicMessage, staff.auth);
  }
}

export async function siteBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.settings,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => {
      const notice = queryField(req, 'da-luu') === '1' ? staff.t.settings.settingsSaved : undefined;
      return sendHtml(reply, renderPage(<SettingsPage staff={staff} form={settingsFormOf(staff.site)} errors={{}} notice={notice} />));
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.settings,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => {
      const { form, errors, values } = readSettingsForm(req);
      if (!values) return sendHtml(reply, renderPage(<SettingsPage staff={staff} form={form} errors={errors} />), 400);
      const changes = await saveSiteSettings(db, { siteId: staff.site.id, userId: staff.actor.userId, values, ip: req.ip, now: staff.now });
      if (Object.keys(changes).length === 0) return sendHtml(reply, renderPage(<SettingsPage staff={staff} form={form} errors={{}} notice={staff.t.settings.nothingChanged} />));
      return reply.redirect(`${PATHS.settings}?da-luu=1`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.menus,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => showMenus(req, reply, staff),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.menus,
    needs: 'settings.manage',
    handler: async (req, reply, staff) => {
      const { form, errors, input } = await readMenuForm(req, targets(req), db, staff.site.id, staff.now);
      if (!input) return showMenus(req, reply, staff, { form, errors, status: 400 });
      const result = await addMenuItem(db, changeBy(req, staff), input);
      if ('errors' in result) return showMenus(req, reply, staff, { form, errors: result.errors, status: 400 });
      return reply.redirect(`${PATHS.menus}?xong=them`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: MENU_ITEM,
    needs: 'settings.manage',
    handler: async (req, reply, staff) =>
      onMenuItem(req, reply, staff, async (id) => {
        const item = await menuItemOf(db, staff.site.id, id);
        const [tree, choices] = await Promise.all([menuItems(db, staff.site.id).then(menuTree), choicesFor(req, staff)]);
        const form = { label: item.label, url: item.url, parent: item.parent_id === null ? '' : String(item.parent_id), target: '' };
        return sendHtml(reply, renderPage(<MenuEditPage staff={staff} item={item} tree={tree} choices={choices} form={form} errors={{}} />));
      }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: MENU_ITEM,
    needs: 'settings.manage',
    handler: async (req, reply, staff) =>
      onMenuItem(req, reply, staff, async (id) => {
        const item = await menuItemOf(db, staff.site.id, id);
        const { form, errors, input } = await readMenuForm(req, targets(req), db, staff.site.id, staff.now);
        const result = input ? await updateMenuItem(db, changeBy(req, staff), id, input) : { errors };
        if ('errors' in result) {
          const [tree, choices] = await Promise.all([menuItems(db, staff.site.id).then(menuTree), choicesFor(req, staff)]);
          return sendHtml(reply, renderPage(<MenuEditPage staff={staff} item={item} tree={tree} choices={choices} form={form} errors={result.errors} />), 400);
        }
        return reply.redirect(`${PATHS.menus}?xong=luu`, 303);
      }),
  });

  for (const [segment, direction] of [
    ['len', 'up'],
    ['xuong', 'down'],
  ] as const) {
    backofficeRoute(app, {
      method: 'POST',
      url: `${MENU_ITEM}/${segment}`,
      needs: 'settings.manage',
      handler: async (req, reply, staff) =>
        onMenuItem(req, reply, staff, async (id) => {
          await moveMenuItem(db, changeBy(req, staff), id, direction);
          return reply.redirect(`${PATHS.menus}?xong=thu-tu`, 303);
        }),
    });
  }

  backofficeRoute(app, {
    method: 'GET',
    url: `${MENU_ITEM}/xoa`,
    needs: 'settings.manage',
    handler: async (req, reply, staff) =>
      onMenuItem(req, reply, staff, async (id) => sendHtml(reply, renderPage(<MenuDeletePage staff={staff} item={await menuItemOf(db, staff.site.id, id)} />))),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${MENU_ITEM}/xoa`,
    needs: 'settings.manage',
    handler: async (req, reply, staff) =>
      onMenuItem(req, reply, staff, async (id) => {
        await deleteMenuItem(db, changeBy(req, staff), id);
        return reply.redirect(`${PATHS.menus}?xong=xoa`, 303);
      }),
  });
}

