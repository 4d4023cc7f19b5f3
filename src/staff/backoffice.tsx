// Back office routes of the staff module: one's own account (password, two-factor sign-in;
// account-backoffice.tsx) and, for administrators, the people of the site and their roles (users-backoffice.tsx).
import type { FastifyInstance } from 'fastify';
import { ownAccountRoutes } from './account-backoffice.js';
import { userBackofficeRoutes } from './users-backoffice.js';

export async function accountBackofficeRoutes(app: FastifyInstance) {
  await ownAccountRoutes(app);
  await userBackofficeRoutes(app);
}
