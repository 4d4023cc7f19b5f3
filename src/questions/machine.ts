// The case's state machine: which move goes from which state to which, who may make it (every move
// needs 'question.handle'), and the refusal in plain Vietnamese for every other.
import type { QuestionStatus } from '../db/schema.js';
import { msg } from '../messages/index.js';

export const STATUS_LABELS: Record<QuestionStatus, string> = {
  new: 'Mới',
  accepted: 'Đã tiếp nhận',
  processing: 'Đang xử lý',
  waiting: 'Chờ bổ sung thông tin',
  answered: 'Đã trả lời',
  published: 'Đã công khai',
  refused: 'Từ chối',
};

export type Move = 'accept' | 'start' | 'ask' | 'resume' | 'answer' | 'reopen' | 'publish' | 'unpublish' | 'refuse';

/** The moves' names on their buttons and in refusals: the catalogue's (msg.questions.actions). */
export const MOVE_LABELS: Record<Move, string> = msg.questions.actions;

/** The transitions table: for each move, the states it starts from and the state it leads to. */
export const TRANSITIONS: Record<Move, { from: readonly QuestionStatus[]; to: QuestionStatus }> = {
  accept: { from: ['new'], to: 'accepted' },
  start: { from: ['accepted'], to: 'processing' },
  ask: { from: ['accepted', 'processing'], to: 'waiting' },
  resume: { from: ['waiting'], to: 'processing' },
  answer: { from: ['accepted', 'processing', 'answered'], to: 'answered' },
  reopen: { from: ['answered'], to: 'processing' },
  publish: { from: ['answered'], to: 'published' },
  unpublish: { from: ['published'], to: 'answered' },
  refuse: { from: ['new', 'accepted', 'processing', 'waiting'], to: 'refused' },
};

/** States whose clock runs (the due date is counted and shown in the queue's filters). */
export const OPEN: readonly QuestionStatus[] = ['new', 'accepted', 'processing', 'waiting'];
/** States a case may be forwarded from (not yet answered). */
export const FORWARDABLE: readonly QuestionStatus[] = ['new', 'accepted', 'processing'];

/** Why `move` cannot be made from `status`, or null. */
export function whyNotMove(status: QuestionStatus, move: Move): string | null {
  const t = TRANSITIONS[move];
  if (t.from.includes(status)) return null;
  const from = t.from.map((s) => `"${STATUS_LABELS[s]}"`).join(', ');
  return `Câu hỏi đang ở trạng thái "${STATUS_LABELS[status]}": chỉ "${MOVE_LABELS[move]}" được khi câu hỏi ở trạng thái ${from}.`;
}

/** The moves offered from a state (the case page's buttons). */
export const movesFrom = (status: QuestionStatus): Move[] => (Object.keys(TRANSITIONS) as Move[]).filter((m) => m !== 'answer' && TRANSITIONS[m].from.includes(status));
