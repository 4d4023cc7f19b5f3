// Back office: one's own account. The overview (PATHS.account), the password (PATHS.password) and
// two-factor sign-in (PATHS.twoFactor and its forms). The password and two-factor pages are
// `exempt`: the guard sends people there when a change is owed, so they must open.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppError, FieldErrors } from '../errors/index.js';
import { raw } from '../backoffice/form.js';
import { shownOnForm } from '../backoffice/fields.js';
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute, totpRoles } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import type { Enrolment } from './account-views.js';
import { AccountPage, PasswordPage, RecoveryCodesPage, TwoFactorPage } from './account-views.js';
import { confirmEnrolment, disableTotp, groupedKey, otpauthUri, pendingEnrolment, qrDataUrl, recoveryCodesLeft, regenerateRecoveryCodes, startEnrolment } from '../accounts/two-factor.js';
import { changeOwnPassword } from '../accounts/users.js';

/** The user's role here must use two-factor sign-in. */
const required = (staff: Staff) => totpRoles(staff.site).includes(staff.role);

/** `?xong=…` after a redirect: a fixed notice (the query never reaches the page as text). */
const noticeQuery = z.object({ xong: raw() });
const notices = (staff: Staff): Record<string, string> => ({
  'mat-khau': staff.t.accounts.passwordChanged,
  tat: staff.t.accounts.twoFactorDisabled,
});

async function enrolmentOf(req: FastifyRequest, staff: Staff): Promise<Enrolment | undefined> {
  const pending = await pendingEnrolment(req.server.deps.db, staff.userId);
  if (!pending) return undefined;
  return { qr: await qrDataUrl(otpauthUri(pending.secret, staff.site.name, pending.username)), key: groupedKey(pending.secret) };
}

async function sendTwoFactor(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: { errors?: FieldErrors; error?: string; notice?: string; status?: number } = {}) {
  const html = renderPage(
    <TwoFactorPage
      staff={staff}
      required={required(staff)}
      enrolment={await enrolmentOf(req, staff)}
      recoveryLeft={await recoveryCodesLeft(req.server.deps.db, staff.userId)}
      errors={o.errors ?? {}}
      error={o.error}
      notice={o.notice}
    />,
  );
  return sendHtml(reply, html, o.status ?? 200);
}

/** The password form: each field as sent (passwords are never changed on the way in). */
const passwordForm = z.object({ current: raw(), password: raw(), repeat: raw() });

/** The password again and a code from the app: the forms that change two-factor. */
const confirmForm = z.object({ password: raw(), code: raw() });

/**
 * A refused code or password goes next to its field; anything else (a lock-out) above the forms.
 * The new recovery codes' form names its fields apart from the others on the same page.
 */
const twoFactorAgain = (names: { code: string; password: string }) => (err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff) => {
  const { errors, error } = shownOnForm(err);
  const renamed = Object.fromEntries(Object.entries(errors).map(([k, m]) => [k === 'code' ? names.code : k === 'password' ? names.password : k, m]));
  return sendTwoFactor(req, reply, staff, { errors: renamed, error, status: err.status });
};
const FORM_FIELDS = { code: 'code', password: 'password' };
const REGENERATE_FIELDS = { code: 'regenerate', password: 'regeneratePassword' };

export async function ownAccountRoutes(app: FastifyInstance) {
  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.account,
    needs: 'staff',
    query: noticeQuery,
    handler: async (_req, reply, staff, { query }) => sendHtml(reply, renderPage(<AccountPage staff={staff} notice={notices(staff)[query.xong]} />)),
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
    body: passwordForm,
    handler: async (req, reply, staff, { body }) => {
      await changeOwnPassword(req.server.deps.db, { ...staff, sessionId: staff.auth.session.id }, body);
      return reply.redirect(`${PATHS.account}?xong=mat-khau`, 303);
    },
    onError: (err, _req, reply, staff) => sendHtml(reply, renderPage(<PasswordPage staff={staff} {...shownOnForm(err)} />), err.status),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.twoFactor,
    needs: 'staff',
    exempt: true,
    query: noticeQuery,
    handler: async (req, reply, staff, { query }) => sendTwoFactor(req, reply, staff, { notice: notices(staff)[query.xong] }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.twoFactorStart,
    needs: 'staff',
    exempt: true,
    handler: async (req, reply, staff) => {
      await startEnrolment(req.server.deps.db, staff);
      return reply.redirect(PATHS.twoFactor, 303);
    },
    onError: twoFactorAgain(FORM_FIELDS),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.twoFactorConfirm,
    needs: 'staff',
    exempt: true,
    body: confirmForm,
    handler: async (req, reply, staff, { body }) => {
      const codes = await confirmEnrolment(req.server.deps.db, staff, body);
      return sendHtml(reply, renderPage(<RecoveryCodesPage staff={staff} codes={codes} notice={staff.t.accounts.twoFactorEnabled} />));
    },
    onError: twoFactorAgain(FORM_FIELDS),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.recoveryCodes,
    needs: 'staff',
    exempt: true,
    body: confirmForm,
    handler: async (req, reply, staff, { body }) => {
      const codes = await regenerateRecoveryCodes(req.server.deps.db, staff, body);
      return sendHtml(reply, renderPage(<RecoveryCodesPage staff={staff} codes={codes} notice={staff.t.accounts.recoveryRegenerated} />));
    },
    onError: twoFactorAgain(REGENERATE_FIELDS),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.twoFactorDisable,
    needs: 'staff',
    exempt: true,
    body: confirmForm,
    handler: async (req, reply, staff, { body }) => {
      await disableTotp(req.server.deps.db, staff, { ...body, required: required(staff) });
      return reply.redirect(`${PATHS.twoFactor}?xong=tat`, 303);
    },
    onError: twoFactorAgain(FORM_FIELDS),
  });
}
