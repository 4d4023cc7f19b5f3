// Back office: users and roles (administrators), own account: password, two-factor sign-in. (To be written.)
import type { FastifyInstance } from 'fastify';

export async function accountAdminRoutes(_app: FastifyInstance) {}
