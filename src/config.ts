// Configuration: the environment is parsed and checked once at boot, then frozen.
// Every problem is listed in Vietnamese and English; nothing secret defaults to empty.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { EMAIL } from './vi/contact.js';

function smtpUrlOk(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'smtp:' || u.protocol === 'smtps:') && u.hostname !== '';
  } catch {
    return false;
  }
}

function mailFromOk(v: string): boolean {
  if (/[\r\n]/.test(v) || v.length > 200) return false;
  const m = /^(?:[^<>]*<([^<>]+)>|([^<>]+))$/.exec(v.trim());
  const address = m?.[1] ?? m?.[2];
  return address !== undefined && EMAIL.test(address.trim());
}

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => v === '' || /^postgres(ql)?:\/\//.test(v), 'phải bắt đầu bằng postgres:// (must start with postgres://)')
    .default(''),
  BASE_URL: z
    .string()
    .refine((v) => v === '' || /^https?:\/\/[^/]+$/.test(v.replace(/\/$/, '')), 'phải có dạng https://ten-mien (an origin like https://example.gov.vn)')
    .default(''),
  REDIS_URL: z
    .string()
    .refine((v) => v === '' || /^rediss?:\/\//.test(v), 'phải bắt đầu bằng redis:// (must start with redis://)')
    .default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  DEMO: z.enum(['0', '1', 'true', 'false']).default('1'),
  WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  COUNT_MODE: z.enum(['server', 'beacon']).default('server'),
  COUNT_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(1000),
  API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(300),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(5_000),
  MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).max(100_000).default(128),
  SMTP_URL: z
    .string()
    .refine(smtpUrlOk, 'phải có dạng smtp://người-dùng:mật-khẩu@máy-chủ:587 hoặc smtps://… (must be an smtp:// or smtps:// URL with a host)')
    .optional(),
  MAIL_FROM: z
    .string()
    .refine(mailFromOk, 'phải là một địa chỉ thư, có thể kèm tên: "Cổng TTĐT <no-reply@ten-mien.gov.vn>" (must be an e-mail address, optionally with a display name)')
    .optional(),
  ADMIN_PASSWORD: z.string().min(10, 'phải có ít nhất 10 ký tự (at least 10 characters)').max(200).optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly database: 'sqlite' | 'postgres';
  readonly baseUrl: string;
  readonly redisUrl: string;
  readonly logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  readonly trustProxy: boolean;
  readonly demo: boolean;
  /** 'server': pages are counted as they are served; 'beacon': by a small request from the page (behind a caching proxy or CDN). */
  readonly countMode: 'server' | 'beacon';
  /** Worker processes serving on one port (node:cluster); 1 = this process serves. */
  readonly workers: number;
  /** How often gathered counts are written (ms). A kill -9 loses at most this much. */
  readonly countFlushMs: number;
  /** Content API requests allowed per address per minute (429 beyond). */
  readonly apiRateLimit: number;
  /** A request (headers and body) must arrive within this (408 after); slow bodies hold no connection for long. */
  readonly requestTimeoutMs: number;
  /** The headers must arrive within this. */
  readonly headersTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** Open connections one address may hold to one process; more are closed at once. Not applied behind a trusted proxy (it limits). */
  readonly maxConnectionsPerIp: number;
  /** Where citizens' e-mail is sent through (smtp:// or smtps://, credentials inside); '' = no e-mail is sent. */
  readonly smtpUrl: string;
  /** The sender of that e-mail; required with smtpUrl. */
  readonly mailFrom: string;
  /** Password for the first administrator; generated and printed once when absent. */
  readonly adminPassword: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const truthy = (v: string) => v === '1' || v === 'true';

/** Reads the configuration from an environment (process.env by default). Throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = schema
    .refine((e) => !e.SMTP_URL || e.MAIL_FROM, { path: ['MAIL_FROM'], message: 'cần có khi đặt SMTP_URL: địa chỉ gửi thư cho công dân (required when SMTP_URL is set: the sender of citizens\' e-mail)' })
    .safeParse(input);
  if (!parsed.success) {
    // Secrets are never echoed: the administrator's password, the SMTP URL (it holds a password).
    const shown = (key: string) => (key === 'ADMIN_PASSWORD' || key === 'SMTP_URL' ? '***' : JSON.stringify(input[key]));
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (đang là ${shown(String(i.path[0]))})`));
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    database: e.DATABASE_URL ? 'postgres' : 'sqlite',
    baseUrl: e.BASE_URL.replace(/\/$/, ''),
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    trustProxy: truthy(e.TRUST_PROXY),
    demo: truthy(e.DEMO),
    countMode: e.COUNT_MODE,
    workers: e.WORKERS === 'auto' ? os.availableParallelism() : e.WORKERS,
    countFlushMs: e.COUNT_FLUSH_MS,
    apiRateLimit: e.API_RATE_LIMIT,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: Math.min(e.HEADERS_TIMEOUT_MS, e.REQUEST_TIMEOUT_MS),
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    maxConnectionsPerIp: e.MAX_CONNECTIONS_PER_IP,
    smtpUrl: e.SMTP_URL ?? '',
    mailFrom: e.MAIL_FROM?.trim() ?? '',
    adminPassword: e.ADMIN_PASSWORD,
  });
}
