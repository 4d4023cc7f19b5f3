// The frame's HTML: the shell of every back-office page (and of the sign-in pages), the sign-out
// button, and the error page. Plain server-rendered HTML (preact escapes every text and attribute);
// no live-figure marks, never cached. Strings come from the message catalogue.
import type { ComponentChildren } from 'preact';
import type { Messages } from '../messages/index.js';
import { asset } from '../web/assets.js';
import { SIGNOUT_PATH } from './paths.js';

export interface BackofficeShellProps {
  t: Messages;
  siteName: string;
  title: string;
  /** The staff navigation and user box (signed-in pages); absent on the sign-in page. */
  nav?: ComponentChildren;
  /** Scripts of this page (the editor), loaded as modules. */
  scripts?: string[];
  children: ComponentChildren;
}

export function BackofficeShell({ t, siteName, title, nav, scripts, children }: BackofficeShellProps) {
  return (
    <html lang={t.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} - ${siteName}`}</title>
        <link rel="stylesheet" href={asset('site.css')} />
        <link rel="stylesheet" href={asset('backoffice.css')} />
        <link rel="icon" href={asset('emblem.svg')} type="image/svg+xml" />
      </head>
      <body class="admin">
        <a class="skip" href="#noi-dung-chinh">
          {t.skipToContent}
        </a>
        <header class="admin-header">
          <div class="wrap">
            <a class="admin-site" href="/">
              {siteName}
            </a>
            <span class="admin-area">{t.backOffice}</span>
          </div>
        </header>
        {nav}
        <main id="noi-dung-chinh" class="wrap admin-main">
          {children}
        </main>
        {scripts?.map((src) => <script type="module" src={src} />)}
      </body>
    </html>
  );
}

export function SignOutForm({ t, csrf }: { t: Messages; csrf: string }) {
  return (
    <form method="post" action={SIGNOUT_PATH} class="signout">
      <input type="hidden" name="_csrf" value={csrf} />
      <button type="submit">{t.signOutButton}</button>
    </form>
  );
}

export interface BackofficeErrorProps {
  t: Messages;
  siteName: string;
  title: string;
  message: string;
  /** A signed-in user may still sign out from an error page. */
  signOutCsrf?: string;
}

export function BackofficeErrorPage({ t, siteName, title, message, signOutCsrf }: BackofficeErrorProps) {
  return (
    <BackofficeShell t={t} siteName={siteName} title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">{t.backToSite}</a>
      </p>
      {signOutCsrf && <SignOutForm t={t} csrf={signOutCsrf} />}
    </BackofficeShell>
  );
}
