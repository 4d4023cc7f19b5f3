// Settings: a site's settings, its menu editor and its audit log's screen, for its administrators
// (the reading of sites and menus stays in sites/, the writing of the audit log in audit/: both
// below everything that shows a page).
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { siteBackofficeRoutes } from './backoffice.js';
import { auditBackofficeRoutes } from './audit-backoffice.js';

export const settingsModule = defineModule({
  name: 'settings',
  backoffice: async (app) => {
    await siteBackofficeRoutes(app);
    await auditBackofficeRoutes(app);
  },
  nav: [
    { key: 'menus', label: msg.nav.menus, href: PATHS.menus, order: 60, needs: 'settings.manage' },
    { key: 'settings', label: msg.nav.settings, href: PATHS.settings, order: 70, needs: 'settings.manage' },
    { key: 'audit', label: msg.nav.audit, href: PATHS.audit, order: 90, needs: 'audit.read' },
  ],
});
