// Back office: the audit log screen (administrators). (To be written.)
import type { FastifyInstance } from 'fastify';

export async function auditAdminRoutes(_app: FastifyInstance) {}
