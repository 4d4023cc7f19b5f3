// Views of the sign-in page and its second step, in the back office's shell (backoffice/shell.tsx).
// Plain server-rendered HTML (preact escapes every text and attribute); never cached.
import type { Messages } from '../messages/index.js';
import { BackofficeShell } from '../backoffice/shell.js';

export interface SignInProps {
  t: Messages;
  siteName: string;
  csrf: string;
  next: string;
  username?: string;
  error?: string;
}

export function SignInPage({ t, siteName, csrf, next, username, error }: SignInProps) {
  return (
    <BackofficeShell t={t} siteName={siteName} title={t.signInTitle}>
      <div class="signin">
        <h1>{t.signInTitle}</h1>
        <p>{t.signInIntro}</p>
        {error && (
          <p class="form-error" role="alert" id="loi-dang-nhap">
            {error}
          </p>
        )}
        <form method="post" action="/dang-nhap">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="next" value={next} />
          <p class="field">
            <label for="ten-dang-nhap">{t.username}</label>
            <input
              id="ten-dang-nhap"
              name="username"
              type="text"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              required
              maxLength={100}
              value={username ?? ''}
              aria-describedby={error ? 'loi-dang-nhap' : undefined}
              aria-invalid={error ? 'true' : undefined}
            />
          </p>
          <p class="field">
            <label for="mat-khau">{t.password}</label>
            <input id="mat-khau" name="password" type="password" autocomplete="current-password" required maxLength={1000} aria-describedby={error ? 'loi-dang-nhap' : undefined} />
          </p>
          <p>
            <button type="submit">{t.signInButton}</button>
          </p>
        </form>
      </div>
    </BackofficeShell>
  );
}

export interface SecondStepProps {
  t: Messages;
  siteName: string;
  /** The pending session's form token. */
  csrf: string;
  next: string;
  error?: string;
}

/** The sign-in's second step: a code from the authenticator app, or a recovery code. */
export function SecondStepPage({ t, siteName, csrf, next, error }: SecondStepProps) {
  const a = t.accounts;
  return (
    <BackofficeShell t={t} siteName={siteName} title={a.secondStepTitle}>
      <div class="signin">
        <h1>{a.secondStepTitle}</h1>
        <p id="goi-y-ma">{a.secondStepIntro}</p>
        <p id="goi-y-du-phong">{a.secondStepRecoveryHint}</p>
        {error && (
          <p class="form-error" role="alert" id="loi-ma">
            {error}
          </p>
        )}
        <form method="post" action="/dang-nhap/xac-thuc">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="next" value={next} />
          <p class="field">
            <label for="ma-xac-thuc">{a.secondStepCode}</label>
            <input
              id="ma-xac-thuc"
              name="code"
              type="text"
              class="code-input"
              autocomplete="one-time-code"
              autocapitalize="none"
              spellcheck={false}
              required
              maxLength={40}
              aria-describedby={error ? 'goi-y-ma goi-y-du-phong loi-ma' : 'goi-y-ma goi-y-du-phong'}
              aria-invalid={error ? 'true' : undefined}
            />
          </p>
          <p>
            <button type="submit">{a.secondStepButton}</button>
          </p>
        </form>
        <form method="post" action="/dang-xuat" class="signout">
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit" class="secondary">
            {a.secondStepCancel}
          </button>
        </form>
      </div>
    </BackofficeShell>
  );
}
