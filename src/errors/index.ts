// Typed errors: a stable code, an HTTP status and a message safe to show the public (in Vietnamese).
// One central handler (web/errors.ts) turns them into pages; anything else becomes a plain 500.

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    /** Shown to the reader as is: never include raw input. */
    readonly publicMessage: string,
  ) {
    super(publicMessage);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ.') => new AppError('not_found', 404, what);
export const badRequest = (why: string) => new AppError('bad_request', 400, why);
