// Back office, administrators: the people of this site (PATHS.users). Add someone, change a role,
// remove from the site, disable / enable, reset a password, and the roles that must use two-factor
// sign-in. Every route needs 'users.manage'; a person without a role here is a 404, whatever the id.
// The rules about whom an administrator may change are the policy's (whyNotChangeMember), asked
// inside each change by members.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Role } from '../db/schema.js';
import { AppError, FormInvalid } from '../errors/index.js';
import type { FieldErrors } from '../errors/index.js';
import { line, list, oneOf, raw } from '../backoffice/form.js';
import { shownOnForm } from '../backoffice/fields.js';
import type { Staff } from '../backoffice/guard.js';
import { backofficeRoute, totpRoles } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { ROLE_ORDER, addMember, changeRole, listMembers, memberOf, removeMember, resetPassword, resetTwoFactor, setDisabled, setTotpRoles } from '../accounts/members.js';
import { usernameProblem } from '../accounts/users.js';
import type { AddForm } from './users-views.js';
import { EMPTY_ADD_FORM, MemberPage, TempPasswordPage, UsersPage } from './users-views.js';

const a = msg.accounts;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const ID = /^[1-9]\d{0,9}$/;

/** A role of the select or the checkboxes. */
const role = () => oneOf(ROLE_ORDER as [Role, ...Role[]], a.badRole);

/** Adding someone: a username (lower case) that could be one, an optional name and e-mail address, a role. */
const addForm = z.object({
  username: line({ label: a.username, max: 40, required: true }, (s) => s.toLowerCase()).superRefine((u, ctx) => {
    const problem = usernameProblem(u);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  displayName: line({ label: a.displayName, max: 100 }),
  email: line({ label: a.email, max: 200 }).refine((e) => !e || EMAIL.test(e), a.badEmail),
  role: role(),
});

/** The add form as typed, to show it again. */
const addFormOf = (typed: Record<string, string>): AddForm => ({ username: typed.username ?? '', displayName: typed.displayName ?? '', email: typed.email ?? '', role: typed.role ?? '' });

/** `?xong=…` after a redirect: a fixed notice (the query never reaches the page as text). */
const noticeQuery = z.object({ xong: raw() });
function noticeOf(staff: Staff, flag: string | undefined): string | undefined {
  const t = staff.t.accounts;
  const notices: Record<string, string> = {
    'vai-tro': t.roleChanged,
    'khong-doi': t.nothingChanged,
    khoa: t.userDisabled,
    'mo-khoa': t.userEnabled,
    go: t.removed,
    'hai-buoc': t.totpRolesSaved,
    'tat-hai-buoc': t.totpReset,
  };
  return flag === undefined ? undefined : notices[flag];
}

async function sendUsers(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: { form?: AddForm; errors?: FieldErrors; error?: string; notice?: string; status?: number } = {}) {
  const members = await listMembers(req.server.deps.db, staff.site.id);
  const html = renderPage(
    <UsersPage staff={staff} members={members} form={o.form ?? EMPTY_ADD_FORM} errors={o.errors ?? {}} totpRoles={totpRoles(staff.site)} notice={o.notice} error={o.error} />,
  );
  return sendHtml(reply, html, o.status ?? 200);
}

const notHere = () => new AppError('not_found', 404, msg.notFoundHere);

/** The `:id` of the address; one that cannot be an id is a 404 like a person without a role here. */
function idOf(req: FastifyRequest): number {
  const raw = (req.params as Record<string, unknown>).id;
  if (typeof raw === 'string' && ID.test(raw) && Number(raw) <= 2_147_483_647) return Number(raw);
  throw notHere();
}

async function sendMember(req: FastifyRequest, reply: FastifyReply, staff: Staff, o: { notice?: string; error?: string; status?: number } = {}) {
  const member = await memberOf(req.server.deps.db, staff.site.id, idOf(req));
  if (!member) throw notHere();
  return sendHtml(reply, renderPage(<MemberPage staff={staff} member={member} notice={o.notice} error={o.error} />), o.status ?? 200);
}

/** A refused change of one person is shown on their page with the reason; an unknown person is a 404. */
const memberAgain = (err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff) => (err.status === 404 ? undefined : sendMember(req, reply, staff, { error: err.publicMessage, status: err.status }));

export async function userBackofficeRoutes(app: FastifyInstance) {
  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.users,
    needs: 'users.manage',
    query: noticeQuery,
    handler: async (req, reply, staff, { query }) => sendUsers(req, reply, staff, { notice: noticeOf(staff, query.xong) }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.newUser,
    needs: 'users.manage',
    body: addForm,
    handler: async (req, reply, staff, { body }) => {
      const added = await addMember(req.server.deps.db, staff, body);
      const html = renderPage(<TempPasswordPage staff={staff} username={added.username} password={added.password} notice={staff.t.accounts.created(added.username)} />);
      return sendHtml(reply, html);
    },
    // Each problem beside its field (a username that cannot be used too), or a refusal above the form.
    onError: (err, req, reply, staff, { form }) => sendUsers(req, reply, staff, { form: addFormOf(form), ...shownOnForm(err, staff.t.formHasErrors), status: err.status }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: PATHS.totpRoles,
    needs: 'users.manage',
    body: z.object({ totpRoles: list(role()) }),
    handler: async (req, reply, staff, { body }) => {
      const changed = await setTotpRoles(req.server.deps.db, staff, body.totpRoles);
      return reply.redirect(`${PATHS.users}?xong=${changed ? 'hai-buoc' : 'khong-doi'}`, 303);
    },
    // A role these pages do not offer is told on the page; a refusal of the change is the error page.
    onError: (err, req, reply, staff) => (err instanceof FormInvalid ? sendUsers(req, reply, staff, { error: err.publicMessage, status: err.status }) : undefined),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: '/quan-tri/nguoi-dung/:id',
    needs: 'users.manage',
    query: noticeQuery,
    handler: async (req, reply, staff, { query }) => sendMember(req, reply, staff, { notice: noticeOf(staff, query.xong) }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/nguoi-dung/:id/vai-tro',
    needs: 'users.manage',
    body: z.object({ role: role() }),
    handler: async (req, reply, staff, { body }) => {
      const id = idOf(req);
      const changed = await changeRole(req.server.deps.db, staff, id, body.role);
      return reply.redirect(`${PATHS.user(id)}?xong=${changed ? 'vai-tro' : 'khong-doi'}`, 303);
    },
    onError: memberAgain,
  });

  for (const [action, disabled] of [
    ['khoa', true],
    ['mo-khoa', false],
  ] as const) {
    backofficeRoute(app, {
      method: 'POST',
      url: `/quan-tri/nguoi-dung/:id/${action}`,
      needs: 'users.manage',
      handler: async (req, reply, staff) => {
        const id = idOf(req);
        const changed = await setDisabled(req.server.deps.db, staff, id, disabled);
        return reply.redirect(`${PATHS.user(id)}?xong=${changed ? action : 'khong-doi'}`, 303);
      },
      onError: memberAgain,
    });
  }

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/nguoi-dung/:id/dat-lai-mat-khau',
    needs: 'users.manage',
    handler: async (req, reply, staff) => {
      const { username, password } = await resetPassword(req.server.deps.db, staff, idOf(req));
      return sendHtml(reply, renderPage(<TempPasswordPage staff={staff} username={username} password={password} notice={staff.t.accounts.passwordReset(username)} />));
    },
    onError: memberAgain,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/nguoi-dung/:id/tat-hai-buoc',
    needs: 'users.manage',
    handler: async (req, reply, staff) => {
      const id = idOf(req);
      const changed = await resetTwoFactor(req.server.deps.db, staff, id);
      return reply.redirect(`${PATHS.user(id)}?xong=${changed ? 'tat-hai-buoc' : 'khong-doi'}`, 303);
    },
    onError: memberAgain,
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/nguoi-dung/:id/go',
    needs: 'users.manage',
    handler: async (req, reply, staff) => {
      await removeMember(req.server.deps.db, staff, idOf(req));
      return reply.redirect(`${PATHS.users}?xong=go`, 303);
    },
    onError: memberAgain,
  });
}
