// The states of an article and their Vietnamese names. Kept apart from the machine so the policy
// (accounts/policy.ts) can name a state without depending on the workflow.
import type { ArticleStatus } from '../db/schema.js';

export const STATUS_LABELS: Readonly<Record<ArticleStatus, string>> = Object.freeze({
  draft: 'Nháp',
  submitted: 'Chờ duyệt',
  scheduled: 'Hẹn giờ',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ',
});

export const STATUSES = Object.keys(STATUS_LABELS) as ArticleStatus[];
