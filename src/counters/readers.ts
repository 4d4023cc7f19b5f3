// Who is reading: people are counted, crawlers, monitors, HEAD and prefetch requests are not.
// A reader is known by a cookie (loa_k) whose first value is a salted hash of the day, address and
// browser, so the first page and the next ones count as one visitor. The list of agents is kept here only.
import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ictDay } from '../vi/index.js';

/** Crawlers, link previewers, monitoring and command-line agents. Matched case-insensitively.
 *  In-app browsers of chat and social apps (Zalo, Facebook's FBAN) are people and stay counted. */
export const NOT_A_PERSON = new RegExp(
  [
    'bot\\b', 'bot/', 'crawl', 'spider', 'slurp', 'bingpreview', 'mediapartners', 'adsbot', 'googleother', 'google-inspectiontool',
    'facebookexternalhit', 'facebookcatalog', 'meta-externalagent', 'embedly', 'quora link preview', 'outbrain', 'pinterestbot',
    'skypeuripreview', 'whatsapp', 'telegrambot', 'discordbot', 'slackbot', 'vkshare', 'w3c_validator', 'validator',
    'uptime', 'pingdom', 'statuscake', 'site24x7', 'newrelic', 'datadog', 'nagios', 'zabbix', 'monitor', 'check_http', 'prometheus',
    'headlesschrome', 'phantomjs', 'lighthouse', 'pagespeed', 'gtmetrix', 'chrome-lighthouse',
    'curl/', 'wget/', 'python-requests', 'python-urllib', 'aiohttp', 'httpx', 'go-http-client', 'java/', 'okhttp', 'apache-httpclient',
    'libwww-perl', 'node-fetch', 'undici', 'axios/', 'got \\(', 'scrapy', 'httpclient', 'postmanruntime', 'insomnia',
    'ahrefs', 'semrush', 'mj12', 'dotbot', 'petalbot', 'bytespider', 'yandex', 'baiduspider', 'sogou', 'seznam', 'coccoc',
    'gptbot', 'chatgpt-user', 'claudebot', 'anthropic-ai', 'ccbot', 'perplexity', 'amazonbot', 'applebot', 'duckduckbot',
    'archive.org_bot', 'ia_archiver', 'feedfetcher', 'feedly', 'rss', 'preview',
  ].join('|'),
  'i',
);

export function isPersonAgent(userAgent: string | undefined): boolean {
  if (!userAgent || userAgent.length < 10) return false;
  return !NOT_A_PERSON.test(userAgent);
}

/** Prefetch and prerender requests are not views: Chromium's Sec-Purpose, older Purpose/X-Moz/X-Purpose. */
export function isPrefetch(headers: FastifyRequest['headers']): boolean {
  const p = [headers['sec-purpose'], headers.purpose, headers['x-purpose'], headers['x-moz']].filter(Boolean).join(' ').toLowerCase();
  return /prefetch|prerender|preview/.test(p);
}

/** A request a person made to read a page: GET, by a browser that is not a crawler, not a prefetch. */
export function isCountable(req: FastifyRequest): boolean {
  return req.method === 'GET' && isPersonAgent(req.headers['user-agent']) && !isPrefetch(req.headers);
}

export const READER_COOKIE = 'loa_k';
/** The reader cookie lives 30 days: long enough for visits and ratings, no longer. */
export const READER_COOKIE_MAX_AGE = 30 * 24 * 3600;

const COOKIE_VALUE = /^[A-Za-z0-9_-]{22}$/;
const READER_IN_HEADER = new RegExp(`(?:^|;\\s*)${READER_COOKIE}=([A-Za-z0-9_-]{22})(?:;|$)`);

/** The reader's id in a raw Cookie header (own-rating.ts, which has no parsed cookies on either path). */
export function readerInCookieHeader(header: string | undefined): string | undefined {
  return READER_IN_HEADER.exec(header ?? '')?.[1];
}

/** The network part of an address: IPv4 /24, IPv6 /48. */
export function networkOf(ip: string): string {
  const v4 = ip.replace(/^::ffff:/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4)) return v4.split('.').slice(0, 3).join('.');
  return ip.split(':').slice(0, 3).join(':');
}

export function netHash(secret: string, ip: string, userAgent: string | undefined): string {
  return crypto.createHmac('sha256', secret).update(`${networkOf(ip)}|${userAgent ?? ''}`).digest('base64url').slice(0, 22);
}

/** The reader cookie's attributes (the slow path's setCookie and the fast path's serializeCookie). */
export function readerCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: READER_COOKIE_MAX_AGE } as const;
}

/** The reader's id from the cookie's value when it is well formed, else a new one derived from the
 *  day (in Vietnam), the address and the browser. The one derivation for both paths: the route
 *  passes Fastify's parsed cookie and req.ip, the fast path the same parser's value and the
 *  address Fastify would give. */
export function readerOf(cookie: string | undefined, secret: string, now: number, ip: string, userAgent: string | undefined): { id: string; isNew: boolean } {
  if (cookie && COOKIE_VALUE.test(cookie)) return { id: cookie, isNew: false };
  const id = crypto.createHmac('sha256', secret).update(`${ictDay(now)}|${ip}|${userAgent ?? ''}`).digest('base64url').slice(0, 22);
  return { id, isNew: true };
}
