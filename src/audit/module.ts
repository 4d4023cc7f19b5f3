// The audit log's screen.
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { auditBackofficeRoutes } from './backoffice.js';

export const auditModule = defineModule({
  name: 'audit',
  backoffice: auditBackofficeRoutes,
  nav: [{ key: 'audit', label: msg.nav.audit, href: PATHS.audit, order: 90, needs: 'audit.read' }],
});
