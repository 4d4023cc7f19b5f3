// The frame of every signed-in back-office page: the navigation (only what the policy lets this
// person open), who is signed in with which role, and sign-out; folded behind "Menu" on a phone.
import type { ComponentChildren } from 'preact';
import { BackofficeShell, SignOutForm } from './shell.js';
import { can } from '../accounts/policy.js';
import type { Action } from '../accounts/policy.js';
import type { Staff } from './guard.js';

/** A navigation entry's key (registry/module.ts NavEntry): 'home' or one a module declares. */
export type NavKey = string;

export interface BackofficeLayoutProps {
  staff: Staff;
  title: string;
  current: NavKey;
  /** How many articles wait for review (shown beside "Chờ duyệt" to editors). */
  waiting?: number;
  scripts?: string[];
  children: ComponentChildren;
}

export function BackofficeLayout({ staff, title, current, waiting, scripts, children }: BackofficeLayoutProps) {
  const { t, actor } = staff;
  // The modules' entries (app.ts sorts them once), each shown to whom its action is allowed.
  const items = staff.nav.filter((e) => !e.needs || can(actor, e.needs as Action));
  // On a phone the navigation folds behind "Menu" (a <details>: no JavaScript needed); on a wide
  // screen backoffice.css shows it open, without the summary.
  const nav = (
    <nav class="staff-nav" aria-label={t.nav.label}>
      <div class="wrap">
        <details class="staff-menu">
          <summary>{t.nav.menu}</summary>
          <div class="staff-menu-body">
            <ul>
              {items.map((e) => (
                <li>
                  <a href={e.href} aria-current={e.key === current ? 'page' : undefined}>
                    {e.label}
                    {e.badge && waiting ? <span class="badge">{` ${waiting}`}</span> : null}
                  </a>
                </li>
              ))}
            </ul>
            <p class="staff-who">
              {staff.auth.user.display_name} · {t.role[staff.role]}
            </p>
            <SignOutForm t={t} csrf={staff.csrf} />
          </div>
        </details>
      </div>
    </nav>
  );
  return (
    <BackofficeShell t={t} siteName={staff.site.name} title={title} nav={nav} scripts={scripts}>
      {children}
    </BackofficeShell>
  );
}

/** A one-line notice after a change ("Đã lưu."), or the list of what to fix. */
export function Notice({ message, kind = 'ok' }: { message?: string; kind?: 'ok' | 'error' }) {
  if (!message) return null;
  return (
    <p class={kind === 'ok' ? 'notice' : 'form-error'} role={kind === 'ok' ? 'status' : 'alert'}>
      {message}
    </p>
  );
}
