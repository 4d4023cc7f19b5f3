// The content API's errors: one stable JSON body for every failure under /api/,
// `{ "error": { "code": "not_found", "message": "…" } }` (plus the offending query parameter when
// there is one). Codes are part of the API's contract (openapi.ts lists them); messages are Vietnamese
// and never echo the input.
import type { FastifyReply } from 'fastify';
import { AppError } from '../errors/index.js';

export const ERROR_CODES = ['bad_request', 'not_found', 'method_not_allowed', 'too_many_requests', 'internal_error', 'service_unavailable'] as const;
export type ApiErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_MESSAGES: Record<ApiErrorCode, string> = {
  bad_request: 'Yêu cầu không hợp lệ.',
  not_found: 'Không tìm thấy tài nguyên được yêu cầu.',
  method_not_allowed: 'API này chỉ cho phép đọc (GET, HEAD, OPTIONS).',
  too_many_requests: 'Bạn đã gửi quá nhiều yêu cầu. Xin vui lòng thử lại sau ít phút.',
  internal_error: 'Hệ thống đang gặp sự cố. Xin vui lòng thử lại sau ít phút.',
  service_unavailable: 'Hệ thống tạm thời chưa phục vụ được. Xin vui lòng thử lại sau.',
};

const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  429: 'too_many_requests',
  500: 'internal_error',
  503: 'service_unavailable',
};

/** A refusal by the API: its status, stable code, Vietnamese message and the query parameter at fault. */
export class ApiError extends AppError {
  constructor(
    status: number,
    message: string,
    readonly parameter?: string,
  ) {
    super(codeFor(status), status, message);
    this.name = 'ApiError';
  }
}

export const badParam = (parameter: string, message: string) => new ApiError(400, message, parameter);
export const apiNotFound = (message: string = ERROR_MESSAGES.not_found) => new ApiError(404, message);

/** The stable code of a status: 4xx without a code of their own are bad requests, 5xx internal errors. */
export function codeFor(status: number): ApiErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
}

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; parameter?: string };
}

/** What any thrown value becomes: AppErrors keep their status and public message, Fastify's own
 *  4xx errors (bad encoding, over-long URL, rate limit) get the status's message, anything else a 500. */
export function errorBody(err: unknown): { status: number; body: ApiErrorBody } {
  if (err instanceof AppError) {
    const status = STATUS_CODES[err.status] ? err.status : err.status >= 500 ? 500 : 400;
    const body: ApiErrorBody = { error: { code: codeFor(status), message: err.publicMessage } };
    if (err instanceof ApiError && err.parameter) body.error.parameter = err.parameter;
    return { status, body };
  }
  const raw = (err as { statusCode?: unknown } | null)?.statusCode;
  const status = typeof raw === 'number' && raw >= 400 && raw < 500 ? (STATUS_CODES[raw] ? raw : 400) : 500;
  return { status, body: { error: { code: codeFor(status), message: ERROR_MESSAGES[codeFor(status)] } } };
}

/** Sends an error body with the API's headers (never cached, readable cross-origin). */
export function sendApiError(reply: FastifyReply, status: number, body: ApiErrorBody) {
  if (status === 405) reply.header('allow', 'GET, HEAD, OPTIONS');
  return reply
    .code(status)
    .header('access-control-allow-origin', '*')
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(body));
}

/** For errors outside the API plugin's handlers (raised by Fastify before routing; the module's errorForm, cache/errors.tsx). */
export function sendApiErrorFor(reply: FastifyReply, status: number, message: string) {
  return sendApiError(reply, status, { error: { code: codeFor(status), message } });
}
