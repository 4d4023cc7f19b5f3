// The one error handler: AppErrors become their Vietnamese page (404, 400…); anything unknown is
// logged and becomes a plain 500 page that leaks nothing. Never a stack trace, never raw input.
import type { ErrorForm } from '../web/error-form.js';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/index.js';
import { Layout } from '../web/layout.js';
import { pageContext } from '../web/context.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { sendPage } from './page.js';
import { siteForHost } from '../sites/service.js';
import type { SiteRow } from '../db/schema.js';
import { asset } from '../web/assets.js';

/**
 * How a module answers the errors under its addresses that its own handlers never see (registry/
 * module.ts `errorForm`): Fastify's errors before routing, a request no site answers. The API
 * answers JSON there; everything else gets the error page.
 */

declare module 'fastify' {
  interface FastifyInstance {
    /** The modules' error forms (installErrorHandlers). */
    errorForms: readonly ErrorForm[];
  }
}

const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  404: 'Không tìm thấy trang',
  405: 'Phương thức không được hỗ trợ',
  413: 'Dữ liệu gửi lên quá lớn',
  414: 'Địa chỉ quá dài',
  429: 'Quá nhiều yêu cầu',
  500: 'Đã xảy ra lỗi',
};

const MESSAGES: Record<number, string> = {
  400: 'Yêu cầu của bạn không hợp lệ.',
  404: 'Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ.',
  500: 'Hệ thống đang gặp sự cố. Xin vui lòng thử lại sau ít phút.',
};

function Bare({ status, message }: { status: number; message: string }) {
  const title = TITLES[status] ?? TITLES[500]!;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={asset('site.css')} />
      </head>
      <body>
        <main class="wrap error-page">
          <h1>{title}</h1>
          <p>{message}</p>
          <p>
            <a href="/">Về trang chủ</a>
          </p>
        </main>
      </body>
    </html>
  );
}

export async function errorPage(req: FastifyRequest, reply: FastifyReply, status: number, message: string) {
  reply.header('cache-control', 'no-store');
  const form = req.server.errorForms.find((f) => req.url.startsWith(f.prefix));
  if (form) return form.send(reply, status, message);
  if (!req.site && status !== 500) req.site = (await siteForHost(req.server.deps.db, req.host).catch(() => undefined)) as SiteRow;
  const json = /application\/json/.test(req.headers.accept ?? '') && !/text\/html/.test(req.headers.accept ?? '');
  if (json) return reply.code(status).send({ error: { status, message } });
  if (req.site && status !== 500) {
    try {
      const ctx = await pageContext(req);
      const title = TITLES[status] ?? 'Lỗi';
      const html = renderPage(
          <Layout ctx={ctx} title={title} noIndex>
            <div class="error-page">
              <h1>{title}</h1>
              <p>{message}</p>
              <p>
                Bạn có thể về <a href="/">trang chủ</a> hoặc xem <a href="/so-do-cong">sơ đồ cổng</a>.
              </p>
            </div>
          </Layout>,
      );
      return await sendPage(req, reply, { status, render: async () => ({ html }) });
    } catch (err) {
      req.log.error({ err }, 'error page failed');
    }
  }
  return sendHtml(reply, renderPage(<Bare status={status} message={message} />), status);
}

/** Errors Fastify raises before routing: malformed percent-encoding (400), over-long parameters (404). */
export function frameworkError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') return errorPage(req, reply, 404, MESSAGES[404]!);
  const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  return errorPage(req, reply, status, MESSAGES[status] ?? MESSAGES[400]!);
}

export function installErrorHandlers(app: FastifyInstance, forms: readonly ErrorForm[] = []) {
  app.decorate('errorForms', forms);
  app.setNotFoundHandler((req, reply) => errorPage(req, reply, 404, MESSAGES[404]!));
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) return errorPage(req, reply, err.status, err.publicMessage);
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err }, 'unhandled error');
    return errorPage(req, reply, status, MESSAGES[status] ?? TITLES[status] ?? MESSAGES[400]!);
  });
}
