// Revisions: the list, a comparison of two, restoring one.
import { defineModule } from '../registry/module.js';
import { revisionBackofficeRoutes } from './backoffice.js';

export const revisionsModule = defineModule({ name: 'revisions', backoffice: revisionBackofficeRoutes });
