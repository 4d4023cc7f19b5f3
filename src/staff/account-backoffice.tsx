// Back office: one's own account. The overview (PATHS.account), the password (PATHS.password) and
// two-factor sign-in (PATHS.twoFactor and its forms). The password and two-factor pages are
// `exempt`: the guard sends people there when a change is owed, so they must open.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../backoffice/form.js';
import { formField, queryField } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute, totpRoles } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { AppError } from '../errors/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import type { Enrolment } from './account-views.js';
import { AccountPage, PasswordPage, RecoveryCodesPage, TwoFactorPage } from './account-views.js';
import type { Context } from '../accounts/two-factor.js';
import { confirmEnrolment, disableTotp, groupedKey, otpauthUri, qrDataUrl, recoveryCodesLeft, regenerateRecoveryCodes, startEnrolment } from '../accounts/two-factor.js';
import { PasswordChangeError, changeOwnPassword } from '../accounts/users.js';

const ctxOf = (req: FastifyRequest, staff: Staff): Context => ({ userId: staff.auth.user.id, siteId: staff.site.id, ip: req.ip, now: staff.now });

/** The user's role here must use two-factor sign-in. */
const required = (staff: Staff) => totpRoles(staff.site).includes(staff.role);

/** Fixed notices after a redirect (`?xong=…`): the query never reaches the page as text. */
const notices = (staff: Staff): Record<string, string> => ({
  'mat-khau': staff.t.accounts.passwordChanged,
  tat: staff.t.accounts.twoFactorDisabled,
});
const noticeOf = (req: FastifyRequest, staff: Staff) => notices(staff)[queryField(req, 'xong')];

async function enrolmentOf(req: FastifyRequest, staff: Staff): Promise<Enrolment | undefined> {
  const user = await req.server.deps.db.selectFrom('users').select(['username', 'totp_secret', 'totp_enabled']).where('id', '=', staff.auth.user.id).executeTakeFirstOrThrow();
  if (user.totp_enabled || !user.totp_secret) return undefined;
  return { qr: await qrDataUrl(otpauthUri(user.totp_secret, staff.site.name, user.username)), key: groupedKey(user.totp_secret) };
}

async function sendTwoFactor(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: { errors?: FieldErrors; error?: string; notice?: string; status?: number } = {}) {
  const html = renderPage(
    <TwoFactorPage
      staff={staff}
      required={required(staff)}
      enrolment={await enrolmentOf(req, staff)}
      recoveryLeft={await recoveryCodesLeft(req.server.deps.db, staff.auth.user.id)}
      errors={o.errors ?? {}}
      error={o.error}
      notice={o.notice}
    />,
  );
  return sendHtml(reply, html, o.status ?? 200);
}

/** A refused code or password goes next to its field (named per form); anything else (a lock-out) above the forms. */
function twoFactorError(err: AppError, fields: { code: string; password: string }): { errors: FieldErrors; error?: string } {
  if (err.code === 'totp_bad_code') return { errors: { [fields.code]: err.publicMessage } };
  if (err.code === 'password') return { errors: { [fields.password]: err.publicMessage } };
  return { errors: {}, error: err.publicMessage };
}

/** The fields of the enrolment's and the turning-off's forms; the new recovery codes' form has its own names. */
const FORM_FIELDS = { code: 'code', password: 'password' };
const REGENERATE_FIELDS = { code: 'regenerate', password: 'regeneratePassword' };
const confirmInput = (req: FastifyRequest) => ({ password: formField(req, 'password'), code: formField(req, 'code') });

export async function ownAccountRoutes(app: FastifyInstance) {
  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.account,
    needs: 'staff',
    handler: async (req, reply, staff) => sendHtml(reply, renderPage(<AccountPage staff={staff} notice={noticeOf(req, staff)} />)),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.password,
    needs: 'staff',
    exempt: true,
    handler: async (_req, reply, staff) => sendHtml(reply, renderPage(<PasswordPage staff={staff} errors={{}} />)),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.password,
    needs: 'staff',
    exempt: true,
    handler: async (req, reply, staff) => {
      const input = { current: formField(req, 'current'), password: formField(req, 'password'), repeat: formField(req, 'repeat') };
      try {
        await changeOwnPassword(req.server.deps.db, { ...ctxOf(req, staff), sessionId: staff.auth.session.id }, input);
      } catch (err) {
        if (err instanceof PasswordChangeError) return sendHtml(reply, renderPage(<PasswordPage staff={staff} errors={{ [err.field]: err.publicMessage }} />), 400);
        if (err instanceof AppError) return sendHtml(reply, renderPage(<PasswordPage staff={staff} errors={{}} error={err.publicMessage} />), err.status);
        throw err;
      }
      return reply.redirect(`${PATHS.account}?xong=mat-khau`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.twoFactor,
    needs: 'staff',
    exempt: true,
    handler: async (req, reply, staff) => sendTwoFactor(req, reply, staff, { notice: noticeOf(req, staff) }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.twoFactorStart,
    needs: 'staff',
    exempt: true,
    handler: async (req, reply, staff) => {
      try {
        await startEnrolment(req.server.deps.db, ctxOf(req, staff));
      } catch (err) {
        if (err instanceof AppError) return sendTwoFactor(req, reply, staff, { error: err.publicMessage, status: err.status });
        throw err;
      }
      return reply.redirect(PATHS.twoFactor, 303);
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.twoFactorConfirm,
    needs: 'staff',
    exempt: true,
    handler: async (req, reply, staff) => {
      let codes: string[];
      try {
        codes = await confirmEnrolment(req.server.deps.db, ctxOf(req, staff), confirmInput(req));
      } catch (err) {
        if (err instanceof AppError) return sendTwoFactor(req, reply, staff, { ...twoFactorError(err, FORM_FIELDS), status: err.status });
        throw err;
      }
      return sendHtml(reply, renderPage(<RecoveryCodesPage staff={staff} codes={codes} notice={staff.t.accounts.twoFactorEnabled} />));
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.recoveryCodes,
    needs: 'staff',
    exempt: true,
    handler: async (req, reply, staff) => {
      let codes: string[];
      try {
        codes = await regenerateRecoveryCodes(req.server.deps.db, ctxOf(req, staff), confirmInput(req));
      } catch (err) {
        if (err instanceof AppError) return sendTwoFactor(req, reply, staff, { ...twoFactorError(err, REGENERATE_FIELDS), status: err.status });
        throw err;
      }
      return sendHtml(reply, renderPage(<RecoveryCodesPage staff={staff} codes={codes} notice={staff.t.accounts.recoveryRegenerated} />));
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.twoFactorDisable,
    needs: 'staff',
    exempt: true,
    handler: async (req, reply, staff) => {
      try {
        await disableTotp(req.server.deps.db, ctxOf(req, staff), { ...confirmInput(req), required: required(staff) });
      } catch (err) {
        if (err instanceof AppError) return sendTwoFactor(req, reply, staff, { ...twoFactorError(err, FORM_FIELDS), status: err.status });
        throw err;
      }
      return reply.redirect(`${PATHS.twoFactor}?xong=tat`, 303);
    },
  });
}
