// The one-line notice an article's page shows after a change, from the flags of the redirect
// that led there (?da-luu=1, ?da-gui=1, ?da-chuyen=publish…), in plain words from the catalogue.
import { z } from 'zod';
import type { Staff } from '../backoffice/guard.js';
import { flag, raw } from '../backoffice/form.js';
import type { ArticleRow } from '../db/schema.js';
import { formatTimeAndDay } from '../vi/index.js';
import { WORKFLOW_ACTIONS } from '../workflow/machine.js';
import type { WorkflowAction } from '../workflow/machine.js';

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The flags of the editor's address: only these ever become a notice (the query never reaches the page as text). */
export const noticeQuery = z.object({ 'da-chuyen': raw(), 'da-luu': flag(), 'da-gui': flag(), 'da-khoi-phuc': flag(), 'tu-thung-rac': flag(), 'duong-dan-muon': raw() });

export function editorNotice(q: z.infer<typeof noticeQuery>, staff: Staff, article: Pick<ArticleRow, 'slug' | 'status' | 'published_at'>): string | undefined {
  const t = staff.t.articles;
  const moved = q['da-chuyen'];
  let notice: string | undefined;
  if (q['da-luu']) notice = t.saved;
  else if (q['da-gui']) notice = t.movedTo.submit;
  else if (moved === 'schedule' && article.status === 'scheduled' && article.published_at) notice = t.scheduledNotice(formatTimeAndDay(article.published_at));
  else if ((WORKFLOW_ACTIONS as string[]).includes(moved)) notice = t.movedTo[moved as WorkflowAction];
  else if (q['da-khoi-phuc']) notice = staff.t.revisions.restored;
  else if (q['tu-thung-rac']) notice = t.trash.restored;
  // The title's slug was taken: the article got "-2" (or the next free one).
  const wanted = q['duong-dan-muon'];
  if (notice && SLUG_RE.test(wanted) && wanted !== article.slug) notice = `${notice} ${t.slugSuffixed(wanted, article.slug)}`;
  return notice;
}
