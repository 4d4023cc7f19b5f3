// Typed errors: a stable code, an HTTP status and a message safe to show the public (in Vietnamese).
// One central handler (cache/errors.tsx) turns them into pages, the back office's guard into its own
// (backoffice/guard.ts); anything else becomes a plain 500.

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

/** Messages keyed by field name, each shown beside its field. */
export type FieldErrors = Record<string, string>;

/**
 * Refused input, the one shape for every form, whether its schema or a service refused it: a
 * message for each field, shown beside it (backoffice/fields.tsx). The public message is the
 * fields' messages (what a JSON answer or an error page says).
 */
export class FormInvalid extends AppError {
  constructor(
    readonly fields: FieldErrors,
    o: { status?: number; code?: string } = {},
  ) {
    super(o.code ?? 'form_invalid', o.status ?? 400, [...new Set(Object.values(fields))].join(' '));
    this.name = 'FormInvalid';
  }
}

/** Runs `run`; an AppError it throws goes to `show` (the form again with the reason, an error page), anything else on up. */
export async function showRefusal(run: () => Promise<unknown>, show: (err: AppError) => unknown): Promise<unknown> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError) return show(err);
    throw err;
  }
}
