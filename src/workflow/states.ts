// The states of an article and their Vietnamese names (the names are the message catalogue's, so
// the policy, accounts/policy.ts, names a state without depending on the workflow).
import type { ArticleStatus } from '../db/schema.js';
import { msg } from '../messages/index.js';

export const STATUS_LABELS: Readonly<Record<ArticleStatus, string>> = Object.freeze({ ...msg.articles.statuses });

export const STATUSES = Object.keys(STATUS_LABELS) as ArticleStatus[];
