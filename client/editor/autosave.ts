// Drafts save themselves: when something changed, at most every 10 seconds, and when the page is
// left (hidden or closed: fetch with keepalive, since sendBeacon cannot send the CSRF header),
// the form's fields are POSTed urlencoded to data-autosave with the header x-csrf-token. The
// answer { id, savedAt ("HH:MM" or an ISO instant), editUrl?, autosaveUrl? } is announced in
// #trang-thai-luu; a new article's addresses replace the form's action, data-autosave and the
// address bar. Errors are shown ({ error } from the server) and the save is tried again later.
// A button of the form pressed while an autosave is on its way waits for it: the button's post
// (which saves, and may publish) always reaches the server last, so no older autosave lands after it.
import { formatTime } from '../../src/vi/dates.js';
import type { EditorText } from './messages.js';

export const AUTOSAVE_INTERVAL_MS = 10_000;
// Browsers refuse keepalive requests whose bodies (together) pass 64 KiB.
const KEEPALIVE_LIMIT = 60_000;

export interface AutosaveOptions {
  form: HTMLFormElement;
  status: HTMLElement | null;
  csrf: () => string;
  text: EditorText;
  /** Called just before the fields are read (the body textarea is synced there). */
  beforeSave: () => void;
  /** Why nothing can be saved yet (a new article without a title), or null. */
  waiting?: () => string | null;
  intervalMs?: number;
}

class SaveError extends Error {}

function sameOrigin(url: unknown): string | null {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url, location.href);
    return u.origin === location.origin ? u.pathname + u.search + u.hash : null;
  } catch {
    return null;
  }
}

/** "HH:MM" in Asia/Ho_Chi_Minh from the answer's savedAt (already "HH:MM", or an ISO instant); now otherwise. */
export function savedTime(savedAt: unknown): string {
  if (typeof savedAt === 'string') {
    const hm = /^(\d{1,2}):(\d{2})$/.exec(savedAt.trim());
    if (hm) return `${hm[1]!.padStart(2, '0')}:${hm[2]}`;
    if (/^\d{4}-\d{2}-\d{2}T/.test(savedAt) && Number.isFinite(Date.parse(savedAt))) return formatTime(new Date(savedAt));
  }
  return formatTime(new Date());
}

export class Autosave {
  private changes = 0;
  private saved = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private flight: Promise<void> | null = null;
  private submitQueued = false;
  private submitting = false;
  /** A new article's first autosave gave it its own addresses. */
  private adopted = false;
  private readonly interval: number;

  constructor(private readonly o: AutosaveOptions) {
    this.interval = o.intervalMs ?? AUTOSAVE_INTERVAL_MS;
    o.form.addEventListener('input', () => this.changed());
    o.form.addEventListener('change', () => this.changed());
    o.form.addEventListener('submit', (e) => {
      if (this.inFlight && this.flight) {
        e.preventDefault();
        if (this.submitQueued) return;
        this.submitQueued = true;
        const by = e.submitter;
        const button = by instanceof HTMLButtonElement || by instanceof HTMLInputElement ? by : null;
        void this.flight.finally(() => {
          this.submitQueued = false;
          this.o.form.requestSubmit(button);
        });
        return;
      }
      this.submitting = true;
      clearTimeout(this.timer);
      this.timer = undefined;
    });
    window.addEventListener('pageshow', (e) => {
      // Back to a new article's form after one of its buttons saved it (e.g. "Lưu và xem trước"):
      // the page kept by the browser still posts as a new article; its address now opens the draft.
      if (e.persisted && this.submitting && !this.adopted && this.o.form.querySelector('input[name="form_key"]')) {
        location.reload();
        return;
      }
      // Coming back from the back/forward cache: the form was not submitted after all.
      this.submitting = false;
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void this.save(true);
    });
    window.addEventListener('pagehide', () => void this.save(true));
  }

  get dirty(): boolean {
    return this.changes !== this.saved;
  }

  /** Something changed: a save follows within the interval. */
  changed() {
    this.changes++;
    this.schedule();
  }

  private schedule() {
    if (this.timer !== undefined || this.submitting) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save(false);
    }, this.interval);
  }

  private show(message: string, error: boolean) {
    if (!this.o.status) return;
    this.o.status.textContent = message;
    this.o.status.classList.toggle('is-error', error);
  }

  save(leaving: boolean): Promise<void> {
    const url = this.o.form.dataset.autosave;
    if (!this.dirty || this.inFlight || this.submitting || !url) return Promise.resolve();
    this.flight = this.send(url, leaving);
    return this.flight;
  }

  private async send(url: string, leaving: boolean): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const wait = this.o.waiting?.();
    if (wait) {
      // Nothing is sent: the next change tries again.
      this.show(wait, false);
      return;
    }
    this.o.beforeSave();
    const at = this.changes;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(this.o.form)) if (typeof value === 'string') body.append(name, value);
    const payload = body.toString();
    this.inFlight = true;
    try {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          body: payload,
          credentials: 'same-origin',
          keepalive: leaving && payload.length < KEEPALIVE_LIMIT,
          headers: {
            'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
            accept: 'application/json',
            'x-csrf-token': this.o.csrf(),
          },
        });
      } catch {
        throw new SaveError(this.o.text.offline);
      }
      let answer: Record<string, unknown> = {};
      try {
        const parsed: unknown = await res.json();
        if (parsed && typeof parsed === 'object') answer = parsed as Record<string, unknown>;
      } catch {
        // not JSON: judged by the status below
      }
      if (!res.ok || typeof answer.error === 'string') {
        throw new SaveError(typeof answer.error === 'string' ? answer.error : this.o.text.serverError(res.status));
      }
      this.saved = at;
      this.adopt(answer);
      this.show(this.o.text.savedAt(savedTime(answer.savedAt)), false);
    } catch (err) {
      this.show(this.o.text.saveFailed(err instanceof SaveError ? err.message : this.o.text.offline), true);
    } finally {
      this.inFlight = false;
      if (this.dirty && !leaving) this.schedule();
    }
  }

  /** A new article got its id: the form now posts to its own addresses. */
  private adopt(answer: Record<string, unknown>) {
    const editUrl = sameOrigin(answer.editUrl);
    const autosaveUrl = sameOrigin(answer.autosaveUrl);
    if (editUrl) {
      this.adopted = true;
      this.o.form.action = editUrl;
      if (location.pathname + location.search !== editUrl) history.replaceState(history.state, '', editUrl);
    }
    if (autosaveUrl) this.o.form.dataset.autosave = autosaveUrl;
    if (editUrl) this.o.form.removeAttribute('data-new');
    // The server gave the title's slug "-2" (or the next free one) because it was taken.
    const slug = this.o.form.querySelector<HTMLInputElement>('input[name="slug"]');
    if (slug && typeof answer.slug === 'string' && answer.slug && slug.value !== answer.slug && document.activeElement !== slug) slug.value = answer.slug;
  }
}
