// Back office: articles in the back office: lists, review queue, the editor page, transitions, revisions. (To be written.)
import type { FastifyInstance } from 'fastify';

export async function articleAdminRoutes(_app: FastifyInstance) {}
