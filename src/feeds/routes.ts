// Public feeds: RSS 2.0 and Atom 1.0 for the site (/rss.xml, /atom.xml) and for each category
// with its descendants (/chuyen-muc/:slug/rss.xml, …/atom.xml). Unknown categories are 404s.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { slugParam } from '../web/params.js';
import { sendXml } from './send.js';
import { readFeed } from './service.js';
import { rssXml } from './rss.js';
import { atomXml } from './atom.js';

const WRITERS = { rss: rssXml, atom: atomXml };

function sendFeed(req: FastifyRequest, reply: FastifyReply, kind: 'rss' | 'atom', slug: string | undefined) {
  const { db, clock } = req.server.deps;
  return sendXml(req, reply, {
    type: kind,
    build: async (base) => WRITERS[kind](await readFeed(db, req.site, slug, clock()), base),
  });
}

export async function feedRoutes(app: FastifyInstance) {
  app.get('/rss.xml', async (req, reply) => sendFeed(req, reply, 'rss', undefined));
  app.get('/atom.xml', async (req, reply) => sendFeed(req, reply, 'atom', undefined));
  app.get<{ Params: { slug: string } }>('/chuyen-muc/:slug/rss.xml', async (req, reply) => sendFeed(req, reply, 'rss', slugParam(req.params.slug)));
  app.get<{ Params: { slug: string } }>('/chuyen-muc/:slug/atom.xml', async (req, reply) => sendFeed(req, reply, 'atom', slugParam(req.params.slug)));
}
