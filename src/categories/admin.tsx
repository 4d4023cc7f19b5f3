// Back office: categories (administrators). (To be written.)
import type { FastifyInstance } from 'fastify';

export async function categoryAdminRoutes(_app: FastifyInstance) {}
