// The frame of every signed-in back-office page: the navigation (only what the policy lets this
// person open), who is signed in with which role, and sign-out; folded behind "Menu" on a phone.
import type { ComponentChildren } from 'preact';
import { BackofficeShell, SignOutForm } from '../accounts/views.js';
import { can } from '../accounts/policy.js';
import type { Staff } from './guard.js';
import { PATHS } from './paths.js';

export type NavKey = 'home' | 'articles' | 'review' | 'trash' | 'media' | 'categories' | 'menus' | 'settings' | 'users' | 'audit' | 'account';

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
  const items: [NavKey, string, boolean][] = [
    ['home', PATHS.home, true],
    ['articles', PATHS.articles, true],
    ['review', PATHS.review, can(actor, 'article.publish')],
    ['trash', PATHS.trash, true],
    ['media', PATHS.media, can(actor, 'media.upload')],
    ['categories', PATHS.categories, can(actor, 'settings.manage')],
    ['menus', PATHS.menus, can(actor, 'settings.manage')],
    ['settings', PATHS.settings, can(actor, 'settings.manage')],
    ['users', PATHS.users, can(actor, 'users.manage')],
    ['audit', PATHS.audit, can(actor, 'audit.read')],
    ['account', PATHS.account, true],
  ];
  // On a phone the navigation folds behind "Menu" (a <details>: no JavaScript needed); on a wide
  // screen backoffice.css shows it open, without the summary.
  const nav = (
    <nav class="staff-nav" aria-label={t.nav.label}>
      <div class="wrap">
        <details class="staff-menu">
          <summary>{t.nav.menu}</summary>
          <div class="staff-menu-body">
            <ul>
              {items
                .filter(([, , shown]) => shown)
                .map(([key, href]) => (
                  <li>
                    <a href={href} aria-current={key === current ? 'page' : undefined}>
                      {t.nav[key]}
                      {key === 'review' && waiting ? <span class="badge">{` ${waiting}`}</span> : null}
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
