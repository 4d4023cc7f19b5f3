// The editorial back office of every kind a module declares (LoaModule.editorial, registry/editorial.ts):
// each kind's list, editor, workflow, preview and order under its own address, and, for all kinds
// at once, the review queue (Chờ duyệt) and the trash (Thùng rác). It names no module: the kinds
// are read from the app's list of modules.
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { editorialKinds } from '../registry/editorial.js';
import { editorialBackofficeRoutes } from './backoffice.js';
import { listItems, waitingCount } from './queries.js';
import { ReturnedItems } from './returned-views.js';

export const editorialModule = defineModule({
  name: 'editorial',
  backoffice: editorialBackofficeRoutes,
  nav: [
    { key: 'review', label: msg.nav.review, href: PATHS.review, order: 20, needs: 'article.publish', badge: true },
    { key: 'trash', label: msg.nav.trash, href: PATHS.trash, order: 30 },
  ],
  // On the home page: the person's items an editor returned, of every kind, and the navigation's
  // badge (every kind's items waiting for review).
  homePanel: async (db, staff, modules) => {
    const kinds = editorialKinds(modules);
    const names = kinds.map((k) => k.kind);
    const [returned, waiting] = await Promise.all([
      listItems(db, staff.actor, staff.site.id, { kinds: names, returned: true, authorId: staff.actor.userId, page: 1 }),
      waitingCount(db, staff.actor, staff.site.id, names),
    ]);
    return { node: <ReturnedItems staff={staff} kinds={kinds} items={returned.items.slice(0, 10)} total={returned.total} />, waiting };
  },
});
