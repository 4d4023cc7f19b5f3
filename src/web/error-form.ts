// How a module answers errors under its own addresses (registry/module.ts `errorForm`), e.g. the API's
// JSON body for a bad address under /api/; the public error pages (cache/errors.tsx) ask the forms first.
import type { FastifyReply } from 'fastify';

export interface ErrorForm {
  /** The addresses it answers for ('/api/'). */
  prefix: string;
  send: (reply: FastifyReply, status: number, message: string) => unknown;
}
