// Back office: site settings and menus (administrators). (To be written.)
import type { FastifyInstance } from 'fastify';

export async function siteAdminRoutes(_app: FastifyInstance) {}
