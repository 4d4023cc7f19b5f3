// The read-only JSON API under /api/v1/.
import { defineModule } from '../registry/module.js';
import { apiRoutes } from './routes.js';

export const apiModule = defineModule({
  name: 'api',
  routes: async (app) => {
    await app.register(apiRoutes, { prefix: '/api', rateLimitPerMinute: app.deps.config.apiRateLimit });
  },
});
