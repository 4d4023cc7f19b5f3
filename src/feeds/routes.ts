// Public feeds: RSS 2.0 and Atom 1.0 for the site (/rss.xml, /atom.xml), from every module's items
// (LoaModule.feed), and for each channel a module declares (a category with its descendants:
// /chuyen-muc/:slug/rss.xml, …/atom.xml). An unknown slug is a 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Feed } from './service.js';
import { slugParam } from '../web/params.js';
import { sendXml } from './send.js';
import { readChannel, readFeed } from './service.js';
import { rssXml } from './rss.js';
import { atomXml } from './atom.js';

const WRITERS = { rss: rssXml, atom: atomXml };

function sendFeed(req: FastifyRequest, reply: FastifyReply, kind: 'rss' | 'atom', read: () => Promise<Feed>) {
  return sendXml(req, reply, { type: kind, build: async (base) => WRITERS[kind](await read(), base) });
}

export async function feedRoutes(app: FastifyInstance) {
  const { db, clock } = app.deps;
  const sources = app.modules.flatMap((m) => (m.feed ? [m.feed] : []));
  for (const kind of ['rss', 'atom'] as const) {
    app.get(`/${kind}.xml`, async (req, reply) => sendFeed(req, reply, kind, () => readFeed(db, sources, req.site, clock())));
    for (const channel of sources.flatMap((s) => s.channels ?? [])) {
      app.get<{ Params: { slug: string } }>(`${channel.path}/${kind}.xml`, async (req, reply) => {
        // A channel without a parameter ("/van-ban") is one feed; its `read` gets ''.
        const slug = channel.path.includes(':slug') ? slugParam(req.params.slug) : '';
        return sendFeed(req, reply, kind, () => readChannel(db, channel, req.site, slug, clock()));
      });
    }
  }
}
