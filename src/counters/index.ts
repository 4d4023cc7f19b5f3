// Counting, as one object per app: the write buffer, the live figures, the reader salt, the mode.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Dialect } from '../db/index.js';
import { CounterBuffer } from './buffer.js';
import { LiveFigures } from './live.js';
import { READER_COOKIE, isCountable, readerCookieOptions, readerOf } from './readers.js';
import { sharedSecret } from './secrets.js';
import { dbOnline, redisOnline } from './online.js';

export type CountMode = 'server' | 'beacon';

export interface Counting {
  mode: CountMode;
  buffer: CounterBuffer;
  live: LiveFigures;
  secret: string;
  /** Counts a page a person read (server mode): a hit for visits and, for an article, a view. */
  countPage(req: FastifyRequest, reply: FastifyReply, itemId?: number): void;
  /** The same for a reader whose id is known (the fast path). */
  countRead(siteId: number, reader: string, itemId?: number): void;
  /** False once shutting down: the last counts are being written. */
  open: boolean;
  /** The reader's id (setting the cookie when it is new). */
  reader(req: FastifyRequest, reply: FastifyReply): string;
  /** The reader's id from the cookie's value, or derived from today, the address and the browser:
   *  what reader() uses, for the fast path, which has no Fastify request. */
  readerFrom(cookie: string | undefined, ip: string, userAgent: string | undefined): { id: string; isNew: boolean };
  close(): Promise<void>;
}

export interface CountingOptions {
  flushMs?: number;
  liveTtlMs?: number;
  /** Share "online" through Redis instead of the database. */
  redisUrl?: string;
}

export async function createCounting(db: Db, dialect: Dialect, clock: () => number, mode: CountMode, opts: CountingOptions = {}): Promise<Counting> {
  const buffer = new CounterBuffer(db, dialect, clock);
  const online = opts.redisUrl ? redisOnline(opts.redisUrl, await sharedSecret(db, 'installation_id')) : dbOnline(db);
  buffer.online = opts.redisUrl ? online : undefined;
  const live = new LiveFigures(db, buffer, clock, online, opts.liveTtlMs ?? 2000);
  buffer.onFlushed = (itemIds, siteIds) => live.forget(itemIds, siteIds);
  const secret = await sharedSecret(db, 'reader_salt');
  if (opts.flushMs !== 0) buffer.start(opts.flushMs ?? 1000);

  const readerFrom = (cookie: string | undefined, ip: string, userAgent: string | undefined) => readerOf(cookie, secret, clock(), ip, userAgent);
  const reader = (req: FastifyRequest, reply: FastifyReply) => {
    const r = readerFrom(req.cookies?.[READER_COOKIE], req.ip, req.headers['user-agent']);
    if (r.isNew) reply.setCookie(READER_COOKIE, r.id, readerCookieOptions(req.protocol === 'https'));
    return r.id;
  };

  const countRead = (siteId: number, readerId: string, itemId?: number) => {
    buffer.recordHit(siteId, readerId);
    if (itemId) buffer.recordView(itemId);
  };

  const counting: Counting = {
    open: true,
    countRead,
    mode,
    buffer,
    live,
    secret,
    reader,
    readerFrom,
    countPage(req, reply, itemId) {
      if (mode !== 'server' || !isCountable(req)) return;
      countRead(req.site.id, reader(req, reply), itemId);
    },
    close: async () => {
      counting.open = false;
      await buffer.close();
      await online.close();
    },
  };
  return counting;
}
