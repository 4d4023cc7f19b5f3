// Back office routes of accounts: one's own account (password, two-factor sign-in;
// account-admin.tsx) and, for administrators, the people of the site and their roles (users-admin.tsx).
import type { FastifyInstance } from 'fastify';
import { ownAccountRoutes } from './account-admin.js';
import { userAdminRoutes } from './users-admin.js';

export async function accountAdminRoutes(app: FastifyInstance) {
  await ownAccountRoutes(app);
  await userAdminRoutes(app);
}
