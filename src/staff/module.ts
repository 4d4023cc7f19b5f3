// Staff: signing in and out, one's own account, and the people of a site for its administrators
// (the accounts themselves, sessions and the policy are accounts/, below the back-office frame).
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { accountRoutes } from './routes.js';
import { accountBackofficeRoutes } from './backoffice.js';

export const staffModule = defineModule({
  name: 'staff',
  routes: accountRoutes,
  backoffice: accountBackofficeRoutes,
  nav: [
    { key: 'users', label: msg.nav.users, href: PATHS.users, order: 80, needs: 'users.manage' },
    { key: 'account', label: msg.nav.account, href: PATHS.account, order: 1000 },
  ],
});
