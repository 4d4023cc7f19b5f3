// Back office, administrators: the people of this site (PATHS.users). Add someone, change a role,
// remove from the site, disable / enable, reset a password, and the roles that must use two-factor
// sign-in. Every route needs 'users.manage'; a person without a role here is a 404, whatever the id.
// The rules about whom an administrator may change are the policy's (whyNotChangeMember), asked
// inside each change by members.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../backoffice/form.js';
import { formField, formFields, queryField, readFields } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute, totpRoles } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { AppError } from '../errors/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { sendBackofficeError } from '../backoffice/auth.js';
import type { AdminContext } from '../accounts/members.js';
import { addMember, changeRole, isRole, listMembers, memberOf, removeMember, resetPassword, resetTwoFactor, setDisabled, setTotpRoles } from '../accounts/members.js';
import { usernameProblem } from '../accounts/users.js';
import type { AddForm } from './users-views.js';
import { EMPTY_ADD_FORM, MemberPage, TempPasswordPage, UsersPage } from './users-views.js';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const ID = /^[1-9]\d{0,9}$/;
/** addMember's refusals of the username itself: a person of this site, or a username in use anywhere else. */
const USERNAME_REFUSALS = new Set(['member_exists', 'username_unavailable']);

const ctxOf = (req: FastifyRequest, staff: Staff): AdminContext => ({ actorId: staff.actor.userId, siteId: staff.site.id, ip: req.ip, now: staff.now });

/** Fixed notices after a redirect (`?xong=…`): the query never reaches the page as text. */
function noticeOf(req: FastifyRequest, staff: Staff): string | undefined {
  const a = staff.t.accounts;
  const notices: Record<string, string> = {
    'vai-tro': a.roleChanged,
    'khong-doi': a.nothingChanged,
    khoa: a.userDisabled,
    'mo-khoa': a.userEnabled,
    go: a.removed,
    'hai-buoc': a.totpRolesSaved,
    'tat-hai-buoc': a.totpReset,
  };
  return notices[queryField(req, 'xong')];
}

async function sendUsers(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: { form?: AddForm; errors?: FieldErrors; error?: string; status?: number } = {}) {
  const members = await listMembers(req.server.deps.db, staff.site.id);
  const html = renderPage(
    <UsersPage
      staff={staff}
      members={members}
      form={o.form ?? EMPTY_ADD_FORM}
      errors={o.errors ?? {}}
      totpRoles={totpRoles(staff.site)}
      notice={noticeOf(req, staff)}
      error={o.error}
    />,
  );
  return sendHtml(reply, html, o.status ?? 200);
}

const notFound = (req: FastifyRequest, reply: FastifyReply, staff: Staff) => sendBackofficeError(req, reply, 404, staff.t.notFoundHere, staff.auth);

/** The `:id` of the address, or undefined when it cannot be an id (the route answers 404). */
function idOf(req: FastifyRequest): number | undefined {
  const raw = (req.params as Record<string, unknown>).id;
  return typeof raw === 'string' && ID.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : undefined;
}

async function sendMember(req: FastifyRequest, reply: FastifyReply, staff: Staff, id: number, o: { error?: string; status?: number } = {}) {
  const member = await memberOf(req.server.deps.db, staff.site.id, id);
  if (!member) return notFound(req, reply, staff);
  return sendHtml(reply, renderPage(<MemberPage staff={staff} member={member} notice={noticeOf(req, staff)} error={o.error} />), o.status ?? 200);
}

/** Runs a change of one person; a refusal shows their page with the reason, an unknown person is a 404. */
async function memberChange(req: FastifyRequest, reply: FastifyReply, staff: Staff, change: (id: number) => Promise<unknown>): Promise<unknown> {
  const id = idOf(req);
  if (id === undefined) return notFound(req, reply, staff);
  try {
    return await change(id);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.status === 404) return notFound(req, reply, staff);
    return sendMember(req, reply, staff, id, { error: err.publicMessage, status: err.status });
  }
}

function readAddForm(req: FastifyRequest, staff: Staff, errors: FieldErrors): AddForm {
  const a = staff.t.accounts;
  const f = readFields(req, { username: { label: a.username, max: 40, required: true }, displayName: { label: a.displayName, max: 100 }, email: { label: a.email, max: 200 } }, errors);
  const form: AddForm = { ...f, username: f.username.toLowerCase(), role: formField(req, 'role') };
  if (!errors.username) {
    const problem = usernameProblem(form.username);
    if (problem) errors.username = problem;
  }
  if (!errors.email && form.email && !EMAIL.test(form.email)) errors.email = a.badEmail;
  if (!isRole(form.role)) errors.role = a.badRole;
  return form;
}

export async function userBackofficeRoutes(app: FastifyInstance) {
  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.users,
    needs: 'users.manage',
    handler: async (req, reply, staff) => sendUsers(req, reply, staff),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.newUser,
    needs: 'users.manage',
    handler: async (req, reply, staff) => {
      const errors: FieldErrors = {};
      const form = readAddForm(req, staff, errors);
      if (Object.keys(errors).length > 0 || !isRole(form.role)) return sendUsers(req, reply, staff, { form, errors, error: staff.t.formHasErrors, status: 400 });
      try {
        const added = await addMember(req.server.deps.db, ctxOf(req, staff), { ...form, role: form.role });
        const html = renderPage(<TempPasswordPage staff={staff} username={added.username} password={added.password} notice={staff.t.accounts.created(added.username)} />);
        return sendHtml(reply, html);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        // A username that cannot be used is named next to its field.
        if (USERNAME_REFUSALS.has(err.code)) return sendUsers(req, reply, staff, { form, errors: { username: err.publicMessage }, error: staff.t.formHasErrors, status: err.status });
        return sendUsers(req, reply, staff, { form, errors: {}, error: err.publicMessage, status: err.status });
      }
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.totpRoles,
    needs: 'users.manage',
    handler: async (req, reply, staff) => {
      const chosen = formFields(req, 'totpRoles');
      if (!chosen.every(isRole)) return sendUsers(req, reply, staff, { error: staff.t.accounts.badRole, status: 400 });
      try {
        const changed = await setTotpRoles(req.server.deps.db, ctxOf(req, staff), chosen.filter(isRole));
        return reply.redirect(`${PATHS.users}?xong=${changed ? 'hai-buoc' : 'khong-doi'}`, 303);
      } catch (err) {
        if (err instanceof AppError) return sendBackofficeError(req, reply, err.status, err.publicMessage, staff.auth);
        throw err;
      }
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: '/quan-tri/nguoi-dung/:id',
    needs: 'users.manage',
    handler: async (req, reply, staff) => {
      const id = idOf(req);
      return id === undefined ? notFound(req, reply, staff) : sendMember(req, reply, staff, id);
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/nguoi-dung/:id/vai-tro',
    needs: 'users.manage',
    handler: async (req, reply, staff) =>
      memberChange(req, reply, staff, async (id) => {
        const role = formField(req, 'role');
        if (!isRole(role)) throw new AppError('role', 400, staff.t.accounts.badRole);
        const changed = await changeRole(req.server.deps.db, ctxOf(req, staff), id, role);
        return reply.redirect(`${PATHS.user(id)}?xong=${changed ? 'vai-tro' : 'khong-doi'}`, 303);
      }),
  });

  for (const [action, disabled] of [
    ['khoa', true],
    ['mo-khoa', false],
  ] as const) {
    backofficeRoute(app, {
      method: 'POST',
      url: `/quan-tri/nguoi-dung/:id/${action}`,
      needs: 'users.manage',
      handler: async (req, reply, staff) =>
        memberChange(req, reply, staff, async (id) => {
          const changed = await setDisabled(req.server.deps.db, ctxOf(req, staff), id, disabled);
          return reply.redirect(`${PATHS.user(id)}?xong=${changed ? action : 'khong-doi'}`, 303);
        }),
    });
  }

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/nguoi-dung/:id/dat-lai-mat-khau',
    needs: 'users.manage',
    handler: async (req, reply, staff) =>
      memberChange(req, reply, staff, async (id) => {
        const { username, password } = await resetPassword(req.server.deps.db, ctxOf(req, staff), id);
        return sendHtml(reply, renderPage(<TempPasswordPage staff={staff} username={username} password={password} notice={staff.t.accounts.passwordReset(username)} />));
      }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/nguoi-dung/:id/tat-hai-buoc',
    needs: 'users.manage',
    handler: async (req, reply, staff) =>
      memberChange(req, reply, staff, async (id) => {
        const changed = await resetTwoFactor(req.server.deps.db, ctxOf(req, staff), id);
        return reply.redirect(`${PATHS.user(id)}?xong=${changed ? 'tat-hai-buoc' : 'khong-doi'}`, 303);
      }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/nguoi-dung/:id/go',
    needs: 'users.manage',
    handler: async (req, reply, staff) =>
      memberChange(req, reply, staff, async (id) => {
        await removeMember(req.server.deps.db, ctxOf(req, staff), id);
        return reply.redirect(`${PATHS.users}?xong=go`, 303);
      }),
  });
}
