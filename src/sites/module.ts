// A site's settings and menus, for its administrators.
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { siteBackofficeRoutes } from './backoffice.js';

export const sitesModule = defineModule({
  name: 'sites',
  backoffice: siteBackofficeRoutes,
  nav: [
    { key: 'menus', label: msg.nav.menus, href: PATHS.menus, order: 60, needs: 'settings.manage' },
    { key: 'settings', label: msg.nav.settings, href: PATHS.settings, order: 70, needs: 'settings.manage' },
  ],
});
