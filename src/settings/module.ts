// Settings: a site's settings and its menu editor, for its administrators (the reading of sites and
// menus stays in sites/, below everything that shows a page).
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { siteBackofficeRoutes } from './backoffice.js';

export const settingsModule = defineModule({
  name: 'settings',
  backoffice: siteBackofficeRoutes,
  nav: [
    { key: 'menus', label: msg.nav.menus, href: PATHS.menus, order: 60, needs: 'settings.manage' },
    { key: 'settings', label: msg.nav.settings, href: PATHS.settings, order: 70, needs: 'settings.manage' },
  ],
});
