// Views of the users screens (administrators): the people of the site with the form to add one and
// the roles that must use two-factor sign-in; one person's page with its changes; a temporary
// password, shown once. Strings: t.accounts.
import type { FieldErrors } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { Notice, BackofficeLayout } from '../backoffice/layout.js';
import { PATHS } from '../backoffice/paths.js';
import type { Role } from '../db/schema.js';
import { formatDateTime } from '../vi/index.js';
import { Csrf } from './account-views.js';
import { Field } from '../backoffice/fields.js';
import type { Member } from '../accounts/members.js';
import { ROLE_ORDER } from '../accounts/members.js';
import { DataTable } from '../backoffice/table.js';

export interface AddForm {
  username: string;
  displayName: string;
  email: string;
  role: string;
}

export const EMPTY_ADD_FORM: AddForm = { username: '', displayName: '', email: '', role: 'reporter' };

export interface UsersPageProps {
  staff: Staff;
  members: Member[];
  form: AddForm;
  errors: FieldErrors;
  totpRoles: Role[];
  notice?: string;
  error?: string;
}

const invalid = (error?: string) => (error ? 'true' : undefined);

function RoleSelect({ staff, id, value, error }: { staff: Staff; id: string; value: string; error?: string }) {
  return (
    <Field id={id} label={staff.t.accounts.role} error={error}>
      {(d) => (
        <select id={id} name="role" aria-describedby={d} aria-invalid={invalid(error)}>
          {ROLE_ORDER.map((r) => (
            <option value={r} selected={r === value}>
              {staff.t.role[r]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function MemberState({ staff, m }: { staff: Staff; m: Member }) {
  const a = staff.t.accounts;
  if (m.disabled) return <>{a.disabled}</>;
  return <>{m.mustChangePassword ? a.mustChange : a.active}</>;
}

export function UsersPage(p: UsersPageProps) {
  const { staff } = p;
  const { t } = staff;
  const a = t.accounts;
  return (
    <BackofficeLayout staff={staff} title={a.usersTitle} current="users">
      <h1>{a.usersTitle}</h1>
      <Notice message={p.notice} />
      <Notice message={p.error} kind="error" />
      <p>{a.usersIntro(staff.site.name)}</p>
      {/* Wider than a phone: the table scrolls inside its own box, which the keyboard can reach. */}
      <div class="table-wrap" tabIndex={0} role="region" aria-label={a.usersTitle}>
        <DataTable class="users-table">
          <caption class="visually-hidden">{a.usersTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{a.username}</th>
              <th scope="col">{a.displayName}</th>
              <th scope="col">{a.role}</th>
              <th scope="col">{a.twoFactor}</th>
              <th scope="col">{a.state}</th>
              <th scope="col">{a.lastSignIn}</th>
            </tr>
          </thead>
          <tbody>
            {p.members.map((m) => (
              <tr>
                <td>
                  <a href={PATHS.user(m.id)}>{m.username}</a>
                  {m.id === staff.actor.userId && ` ${a.you}`}
                </td>
                <td>{m.displayName}</td>
                <td>{t.role[m.role]}</td>
                <td>{m.totpEnabled ? a.twoFactorOn : a.twoFactorOff}</td>
                <td>
                  <MemberState staff={staff} m={m} />
                </td>
                <td>{m.lastSignIn ? formatDateTime(m.lastSignIn) : a.never}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>

      <section aria-labelledby="them-nguoi-dung">
        <h2 id="them-nguoi-dung">{a.addTitle}</h2>
        <p>{a.addIntro}</p>
        <form method="post" action={PATHS.newUser} class="narrow-form">
          <Csrf staff={staff} />
          <Field id="ten-dang-nhap-moi" label={a.username} hint={a.usernameHint} error={p.errors.username}>
            {(d) => (
              <input
                id="ten-dang-nhap-moi"
                name="username"
                type="text"
                value={p.form.username}
                required
                maxLength={40}
                autocomplete="off"
                autocapitalize="none"
                spellcheck={false}
                aria-describedby={d}
                aria-invalid={invalid(p.errors.username)}
              />
            )}
          </Field>
          <Field id="ho-ten-moi" label={a.displayName} hint={a.displayNameHint} error={p.errors.displayName}>
            {(d) => <input id="ho-ten-moi" name="displayName" type="text" value={p.form.displayName} maxLength={100} autocomplete="off" aria-describedby={d} aria-invalid={invalid(p.errors.displayName)} />}
          </Field>
          <Field id="thu-dien-tu-moi" label={a.email} error={p.errors.email}>
            {(d) => <input id="thu-dien-tu-moi" name="email" type="email" value={p.form.email} maxLength={200} autocomplete="off" aria-describedby={d} aria-invalid={invalid(p.errors.email)} />}
          </Field>
          <RoleSelect staff={staff} id="vai-tro-moi" value={p.form.role} error={p.errors.role} />
          <p>
            <button type="submit">{a.add}</button>
          </p>
        </form>
      </section>

      <section aria-labelledby="vai-tro-hai-buoc">
        <h2 id="vai-tro-hai-buoc">{a.totpRolesTitle}</h2>
        <form method="post" action={PATHS.totpRoles}>
          <Csrf staff={staff} />
          <fieldset class="checkboxes">
            <legend>{a.totpRolesIntro}</legend>
            {ROLE_ORDER.map((r) => (
              <p class="checkbox">
                <input type="checkbox" id={`hai-buoc-${r}`} name="totpRoles" value={r} checked={p.totpRoles.includes(r)} />
                <label for={`hai-buoc-${r}`}>{t.role[r]}</label>
              </p>
            ))}
          </fieldset>
          {p.totpRoles.includes(staff.role) && <p class="hint">{a.totpRolesSelfWarning}</p>}
          <p>
            <button type="submit" class="secondary">
              {t.save}
            </button>
          </p>
        </form>
      </section>
    </BackofficeLayout>
  );
}

export interface MemberPageProps {
  staff: Staff;
  member: Member;
  notice?: string;
  error?: string;
}

/** One person: facts, then the changes an administrator may make (none to themselves). */
export function MemberPage({ staff, member: m, notice, error }: MemberPageProps) {
  const { t } = staff;
  const a = t.accounts;
  const self = m.id === staff.actor.userId;
  return (
    <BackofficeLayout staff={staff} title={a.memberTitle(m.displayName)} current="users">
      <p>
        <a href={PATHS.users}>{a.backToUsers}</a>
      </p>
      <h1>{a.memberTitle(m.displayName)}</h1>
      <Notice message={notice} />
      <Notice message={error} kind="error" />
      <dl class="account-facts">
        <dt>{a.username}</dt>
        <dd>{m.username}</dd>
        <dt>{a.email}</dt>
        <dd>{m.email || t.none}</dd>
        <dt>{a.role}</dt>
        <dd>{t.role[m.role]}</dd>
        <dt>{a.twoFactor}</dt>
        <dd>{m.totpEnabled ? a.twoFactorOn : a.twoFactorOff}</dd>
        <dt>{a.state}</dt>
        <dd>
          <MemberState staff={staff} m={m} />
        </dd>
        <dt>{a.lastSignIn}</dt>
        <dd>{m.lastSignIn ? formatDateTime(m.lastSignIn) : a.never}</dd>
      </dl>
      {self ? (
        <p>{a.selfHint}</p>
      ) : (
        <div class="member-actions">
          <section aria-labelledby="doi-vai-tro">
            <h2 id="doi-vai-tro">{a.changeRole}</h2>
            <form method="post" action={PATHS.userAction(m.id, 'vai-tro')} class="narrow-form">
              <Csrf staff={staff} />
              <RoleSelect staff={staff} id="vai-tro" value={m.role} />
              <p>
                <button type="submit">{a.changeRole}</button>
              </p>
            </form>
          </section>
          <section aria-labelledby="khoa-tai-khoan">
            <h2 id="khoa-tai-khoan">{m.disabled ? a.enableUser : a.disableUser}</h2>
            {!m.disabled && <p>{a.disableUserHint}</p>}
            <form method="post" action={PATHS.userAction(m.id, m.disabled ? 'mo-khoa' : 'khoa')}>
              <Csrf staff={staff} />
              <button type="submit" class={m.disabled ? 'secondary' : 'danger'}>
                {m.disabled ? a.enableUser : a.disableUser}
              </button>
            </form>
          </section>
          <section aria-labelledby="dat-lai">
            <h2 id="dat-lai">{a.resetPassword}</h2>
            <p>{a.resetPasswordHint}</p>
            <form method="post" action={PATHS.userAction(m.id, 'dat-lai-mat-khau')}>
              <Csrf staff={staff} />
              <button type="submit" class="secondary">
                {a.resetPassword}
              </button>
            </form>
          </section>
          {m.totpEnabled && (
            <section aria-labelledby="tat-hai-buoc">
              <h2 id="tat-hai-buoc">{a.resetTotp}</h2>
              <p>{a.resetTotpHint}</p>
              <form method="post" action={PATHS.userAction(m.id, 'tat-hai-buoc')}>
                <Csrf staff={staff} />
                <button type="submit" class="secondary">
                  {a.resetTotp}
                </button>
              </form>
            </section>
          )}
          <section aria-labelledby="go-khoi-trang">
            <h2 id="go-khoi-trang">{a.removeUser}</h2>
            <p>{a.removeUserHint}</p>
            <form method="post" action={PATHS.userAction(m.id, 'go')}>
              <Csrf staff={staff} />
              <button type="submit" class="danger">
                {a.removeUser}
              </button>
            </form>
          </section>
        </div>
      )}
    </BackofficeLayout>
  );
}

/** A temporary password right after it was made: the only time it is shown. */
export function TempPasswordPage({ staff, username, password, notice }: { staff: Staff; username: string; password: string; notice: string }) {
  const a = staff.t.accounts;
  return (
    <BackofficeLayout staff={staff} title={a.tempPasswordTitle} current="users">
      <h1>{a.tempPasswordTitle}</h1>
      <Notice message={notice} />
      <p>{a.tempPassword(username)}</p>
      <p>
        <code class="temp-password">{password}</code>
      </p>
      <p class="notice notice-important">{a.tempPasswordHint}</p>
      <p>
        <a class="button-link" href={PATHS.users}>
          {a.backToUsers}
        </a>
      </p>
    </BackofficeLayout>
  );
}
