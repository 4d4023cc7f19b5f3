// Views of one's own account: the overview, the password form, and two-factor sign-in (start,
// scan and confirm, recovery codes shown once, new codes, turning it off). Strings: t.accounts.
import type { FieldErrors } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { Notice, BackofficeLayout } from '../backoffice/layout.js';
import { PATHS } from '../backoffice/paths.js';
import { Field } from '../backoffice/fields.js';

// ---- Form pieces shared by the account and users screens ----------------------------------------

const invalid = (error?: string) => (error ? 'true' : undefined);

export function PasswordInput({ id, name, label, autocomplete, error, hint }: { id: string; name: string; label: string; autocomplete: string; error?: string; hint?: string }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(d) => <input id={id} name={name} type="password" autocomplete={autocomplete} required maxLength={1000} aria-describedby={d} aria-invalid={invalid(error)} />}
    </Field>
  );
}

/** The 6-digit code from the authenticator app. */
export function CodeInput({ id, label, hint, error }: { id: string; label: string; hint?: string; error?: string }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(d) => (
        <input
          id={id}
          name="code"
          type="text"
          class="code-input"
          inputMode="numeric"
          autocomplete="one-time-code"
          spellcheck={false}
          required
          maxLength={20}
          aria-describedby={d}
          aria-invalid={invalid(error)}
        />
      )}
    </Field>
  );
}

export const Csrf = ({ staff }: { staff: Staff }) => <input type="hidden" name="_csrf" value={staff.csrf} />;

// ---- The account overview -----------------------------------------------------------------------

export function AccountPage({ staff, notice }: { staff: Staff; notice?: string }) {
  const { t, auth } = staff;
  const a = t.accounts;
  const u = auth.user;
  return (
    <BackofficeLayout staff={staff} title={a.accountTitle} current="account">
      <h1>{a.accountTitle}</h1>
      <Notice message={notice} />
      <p>{a.accountIntro}</p>
      <dl class="account-facts">
        <dt>{a.username}</dt>
        <dd>{u.username}</dd>
        <dt>{a.displayName}</dt>
        <dd>{u.display_name}</dd>
        <dt>{a.email}</dt>
        <dd>{u.email || t.none}</dd>
        <dt>{a.roleHere}</dt>
        <dd>{t.role[staff.role]}</dd>
        <dt>{a.twoFactor}</dt>
        <dd>{u.totp_enabled ? a.twoFactorOn : a.twoFactorOff}</dd>
      </dl>
      <ul class="account-links">
        <li>
          <a href={PATHS.password}>{a.changePassword}</a>
        </li>
        <li>
          <a href={PATHS.twoFactor}>{a.manageTwoFactor}</a>
        </li>
      </ul>
    </BackofficeLayout>
  );
}

// ---- The password form --------------------------------------------------------------------------

export function PasswordPage({ staff, errors, error }: { staff: Staff; errors: FieldErrors; error?: string }) {
  const { t } = staff;
  const a = t.accounts;
  const forced = staff.auth.user.must_change_password === 1;
  return (
    <BackofficeLayout staff={staff} title={a.passwordTitle} current="account">
      <h1>{a.passwordTitle}</h1>
      {forced && <p class="notice notice-important">{a.passwordForced}</p>}
      <Notice message={error} kind="error" />
      <p>{a.passwordIntro}</p>
      <form method="post" action={PATHS.password} class="narrow-form">
        <Csrf staff={staff} />
        <PasswordInput id="mat-khau-hien-tai" name="current" label={a.currentPassword} autocomplete="current-password" error={errors.current} />
        <PasswordInput id="mat-khau-moi" name="password" label={a.newPassword} autocomplete="new-password" error={errors.password} hint={a.passwordIntro} />
        <PasswordInput id="nhap-lai-mat-khau" name="repeat" label={a.repeatPassword} autocomplete="new-password" error={errors.repeat} />
        <p>
          <button type="submit">{a.changePassword}</button>
        </p>
      </form>
    </BackofficeLayout>
  );
}

// ---- Two-factor sign-in -------------------------------------------------------------------------

export interface Enrolment {
  /** The QR code (an SVG data URL) of the otpauth:// address. */
  qr: string;
  /** The secret in groups of four. */
  key: string;
}

export interface TwoFactorProps {
  staff: Staff;
  /** The user's role here must use two-factor sign-in. */
  required: boolean;
  /** Shown while a secret waits for its first code. */
  enrolment?: Enrolment;
  recoveryLeft: number;
  errors: FieldErrors;
  notice?: string;
  error?: string;
}

export function TwoFactorPage(p: TwoFactorProps) {
  const { staff } = p;
  const a = staff.t.accounts;
  const on = staff.auth.user.totp_enabled === 1;
  return (
    <BackofficeLayout staff={staff} title={a.twoFactorTitle} current="account">
      <h1>{a.twoFactorTitle}</h1>
      <Notice message={p.notice} />
      <Notice message={p.error} kind="error" />
      {p.required && !on && <p class="notice notice-important">{a.twoFactorRequired}</p>}
      <p>{a.twoFactorIntro}</p>
      {on ? <TwoFactorOn {...p} /> : p.enrolment ? <EnrolSteps {...p} enrolment={p.enrolment} /> : <StartForm staff={staff} />}
    </BackofficeLayout>
  );
}

function StartForm({ staff }: { staff: Staff }) {
  return (
    <form method="post" action={PATHS.twoFactorStart}>
      <Csrf staff={staff} />
      <button type="submit">{staff.t.accounts.startTwoFactor}</button>
    </form>
  );
}

function EnrolSteps({ staff, enrolment, errors }: TwoFactorProps & { enrolment: Enrolment }) {
  const a = staff.t.accounts;
  return (
    <>
      <ol class="enrol-steps">
        <li>{a.enrolStep1}</li>
        <li>
          <p>{a.enrolStep2}</p>
          <img class="totp-qr" src={enrolment.qr} alt={a.qrAlt} width={240} height={240} />
        </li>
        <li>
          <p>{a.enrolStep3}</p>
          <p>
            <span class="visually-hidden">{a.manualKey}: </span>
            <code class="totp-key">{enrolment.key}</code>
          </p>
        </li>
        <li>
          <p>{a.enrolStep4}</p>
          <form method="post" action={PATHS.twoFactorConfirm} class="narrow-form">
            <Csrf staff={staff} />
            <PasswordInput id="mat-khau-bat" name="password" label={a.currentPassword} autocomplete="current-password" error={errors.password} />
            <CodeInput id="ma-xac-nhan" label={a.code} hint={a.codeHint} error={errors.code} />
            <p>
              <button type="submit">{a.confirmTwoFactor}</button>
            </p>
          </form>
        </li>
      </ol>
      <form method="post" action={PATHS.twoFactorStart}>
        <Csrf staff={staff} />
        <button type="submit" class="secondary">
          {a.newKey}
        </button>
      </form>
    </>
  );
}

function TwoFactorOn({ staff, required, recoveryLeft, errors }: TwoFactorProps) {
  const a = staff.t.accounts;
  return (
    <>
      <p>
        <strong>{a.alreadyOn}</strong> {a.recoveryLeft(recoveryLeft)}
      </p>
      <section aria-labelledby="tao-ma-moi">
        <h2 id="tao-ma-moi">{a.regenerateTitle}</h2>
        <p>{a.regenerateIntro}</p>
        <form method="post" action={PATHS.recoveryCodes} class="narrow-form">
          <Csrf staff={staff} />
          <PasswordInput id="mat-khau-tao-du-phong" name="password" label={a.currentPassword} autocomplete="current-password" error={errors.regeneratePassword} />
          <CodeInput id="ma-tao-du-phong" label={a.code} error={errors.regenerate} />
          <p>
            <button type="submit" class="secondary">
              {a.regenerate}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="tat-xac-thuc">
        <h2 id="tat-xac-thuc">{a.disableTitle}</h2>
        {required ? (
          <p>{a.disableRefused}</p>
        ) : (
          <>
            <p>{a.disableIntro}</p>
            <form method="post" action={PATHS.twoFactorDisable} class="narrow-form">
              <Csrf staff={staff} />
              <PasswordInput id="mat-khau-tat" name="password" label={a.currentPassword} autocomplete="current-password" error={errors.password} />
              <CodeInput id="ma-tat" label={a.code} error={errors.code} />
              <p>
                <button type="submit" class="danger">
                  {a.disable}
                </button>
              </p>
            </form>
          </>
        )}
      </section>
    </>
  );
}

/** The recovery codes, right after they were made: the only time they are shown. */
export function RecoveryCodesPage({ staff, codes, notice }: { staff: Staff; codes: string[]; notice: string }) {
  const a = staff.t.accounts;
  return (
    <BackofficeLayout staff={staff} title={a.recoveryTitle} current="account">
      <h1>{a.recoveryTitle}</h1>
      <Notice message={notice} />
      <p>{a.recoveryIntro}</p>
      <ol class="recovery-codes">
        {codes.map((c) => (
          <li>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <p>
        <a class="button-link" href={PATHS.home}>
          {a.continue}
        </a>
      </p>
    </BackofficeLayout>
  );
}
