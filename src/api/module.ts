// The read-only JSON API under /api/v1/.
import { defineModule } from '../registry/module.js';
import { apiRoutes } from './routes.js';
import { sendApiErrorFor } from './errors.js';

export const apiModule = defineModule({
  name: 'api',
  routes: async (app) => {
    await app.register(apiRoutes, { prefix: '/api', rateLimitPerMinute: app.deps.config.apiRateLimit });
  },
  // Errors under /api/ raised before the API's own handlers (bad encoding, no site) keep its JSON body.
  errorForm: { prefix: '/api/', send: sendApiErrorFor },
});
