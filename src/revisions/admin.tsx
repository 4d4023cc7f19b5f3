// Back office: an article's revisions: list, compare two, restore. (To be written.)
import type { FastifyInstance } from 'fastify';

export async function revisionAdminRoutes(_app: FastifyInstance) {}
