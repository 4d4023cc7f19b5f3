// Back office: the media library: upload, search, reuse. (To be written.)
import type { FastifyInstance } from 'fastify';

export async function mediaAdminRoutes(_app: FastifyInstance) {}
