// The back office of Hỏi đáp: the queue with its filters (due in 3 days, today, late…), one case
// (the citizen's words and contacts, its state, due date and how it was counted, history, files,
// the moves, assigning, forwarding, the answer), and the topics.
import type { Staff } from '../backoffice/guard.js';
import { BackofficeLayout, Notice } from '../backoffice/layout.js';
import { ErrorSummary, SelectInput, TextInput } from '../backoffice/fields.js';
import { DataTable } from '../backoffice/table.js';
import type { FieldErrors } from '../errors/index.js';
import type { Deadline } from '../workdays/index.js';
import { formatDate, formatDateTime } from '../vi/index.js';
import { shownCode } from './code.js';
import type { Move } from './machine.js';
import { MOVE_LABELS, STATUS_LABELS, movesFrom } from './machine.js';
import type { CaseRow, QueueFilter, QueueRow } from './service.js';
import { casePath, initials, questionPath } from './service.js';

export const QUEUE_PATH = '/quan-tri/hoi-dap';
export const TOPICS_PATH = '/quan-tri/hoi-dap/linh-vuc';
const dayShown = (d: string) => formatDate(`${d}T05:00:00.000Z`);

export function QueuePage({ staff, rows, filter, figures }: { staff: Staff; rows: QueueRow[]; filter: QueueFilter; figures: { soon: number; today: number; late: number } }) {
  const q = staff.t.questions;
  const count: Record<string, number> = { 'sap-den-han': figures.soon, 'hom-nay': figures.today, 'qua-han': figures.late };
  return (
    <BackofficeLayout staff={staff} title={q.queueTitle} current="questions">
      <h1>{q.queueTitle}</h1>
      <nav aria-label="Lọc câu hỏi" class="filters">
        <ul class="inline-list">
          {Object.entries(q.filters).map(([key, label]) => (
            <li>
              <a href={key ? `${QUEUE_PATH}?loc=${key}` : QUEUE_PATH} aria-current={key === filter ? 'page' : undefined}>
                {label}
                {count[key] !== undefined && ` (${count[key]})`}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{q.queueEmpty}</p>
      ) : (
        <DataTable>
          <thead>
            <tr>
              <th scope="col">{q.code}</th>
              <th scope="col">{q.title}</th>
              <th scope="col">{q.status}</th>
              <th scope="col">{q.dueOn}</th>
              <th scope="col">{q.assignee}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{r.code}</td>
                <td>
                  <a href={casePath(r.id)}>{r.title}</a>
                  {r.forwarded && <span class="hint"> · {q.forwarded}</span>}
                </td>
                <td>{STATUS_LABELS[r.status]}</td>
                <td>
                  {r.dueDay ? dayShown(r.dueDay) : '—'}
                  {q.dueStates[r.dueState] && <span class={`due due-${r.dueState}`}> · {q.dueStates[r.dueState]}</span>}
                </td>
                <td>{r.assignee ?? q.nobody}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {staff.role !== 'handler' && (
        <p>
          <a href={TOPICS_PATH}>{q.topicsTitle}</a>
        </p>
      )}
    </BackofficeLayout>
  );
}

export interface CasePageProps {
  staff: Staff;
  row: NonNullable<CaseRow>;
  due: Deadline;
  history: { id: number; action: string; from_status: string; to_status: string; note: string; at: string; who: string | null; site: string }[];
  files: { id: number; part: string; name: string; bytes: number }[];
  handlers: { id: number; display_name: string }[];
  targets: { id: number; name: string }[];
  form?: Record<string, string>;
  errors?: FieldErrors;
  error?: string;
  notice?: string;
}

export function CasePage(p: CasePageProps) {
  const { staff, row } = p;
  const q = staff.t.questions;
  const path = casePath(row.id);
  const errors = p.errors ?? {};
  const form = p.form ?? {};
  const moves = movesFrom(row.status);
  const canAnswer = ['accepted', 'processing', 'answered'].includes(row.status);
  return (
    <BackofficeLayout staff={staff} title={`${shownCode(row.code)} — ${row.title}`} current="questions">
      <p>
        <a href={QUEUE_PATH}>← {q.queueTitle}</a>
      </p>
      <h1>{row.title}</h1>
      <Notice message={p.notice} />
      <Notice message={p.error} kind="error" />
      <ErrorSummary t={staff.t} errors={errors} order={['note', 'assignee', 'site', 'answer_html', 'public_title', 'public_body', 'files']} />
      <dl class="facts">
        <div>
          <dt>{q.code}</dt>
          <dd>{shownCode(row.code)}</dd>
        </div>
        <div>
          <dt>{q.status}</dt>
          <dd>
            {STATUS_LABELS[row.status]}
            {row.status === 'refused' && ` — ${row.refusal_reason}`}
          </dd>
        </div>
        <div>
          <dt>{q.sentOn}</dt>
          <dd>{formatDateTime(row.submitted_at)}</dd>
        </div>
        <div>
          <dt>{q.dueOn}</dt>
          <dd>{row.due_day ? dayShown(row.due_day) : q.stoppedNow}</dd>
        </div>
        <div>
          <dt>{q.topic}</dt>
          <dd>{row.topic || '—'}</dd>
        </div>
        <div>
          <dt>{q.citizen}</dt>
          <dd>
            {row.name} ({initials(row.name)}){row.email && ` · ${row.email}`}
            {row.phone && ` · ${row.phone}`}
            {row.address && ` · ${row.address}`}
          </dd>
        </div>
      </dl>
      <h2>{q.body}</h2>
      <div class="qa-question">
        {row.body.split(/\n+/).map((para) => (
          <p>{para}</p>
        ))}
      </div>
      {p.files.length > 0 && (
        <>
          <h2>{q.attachments}</h2>
          <ul>
            {p.files.map((f) => (
              <li>
                <a href={`${path}/tep/${f.id}`}>{f.name}</a> ({Math.max(1, Math.round(f.bytes / 1024))} KB{f.part === 'answer' ? `, ${q.answer}` : ''})
              </li>
            ))}
          </ul>
        </>
      )}
      <details class="counted">
        <summary>{q.howCounted}</summary>
        <p>{q.countedIntro(row.deadline_days, dayShown(row.received_day))}</p>
        <ul>
          {p.due.skipped.map((s) => (
            <li>
              {dayShown(s.day)}: {s.why}
            </li>
          ))}
          {p.due.workedWeekends.map((s) => (
            <li>
              {dayShown(s.day)}: tính là ngày làm việc ({s.why})
            </li>
          ))}
        </ul>
        {p.due.due === null && <p>{q.stoppedNow}</p>}
      </details>
      {row.status === 'published' && (
        <p>
          <a href={questionPath(row.id)}>{q.readAnswer}</a>
        </p>
      )}
      {moves.length > 0 && (
        <section aria-labelledby="xu-ly">
          <h2 id="xu-ly">{q.moves}</h2>
          <form method="post" action={`${path}/chuyen-trang-thai`} class="settings-form">
            <input type="hidden" name="_csrf" value={staff.csrf} />
            <TextInput name="note" label={q.note} value={form.note ?? ''} errors={errors} max={1000} multiline />
            <p class="actions">
              {moves.map((m: Move) => (
                <button type="submit" name="move" value={m} class={m === 'refuse' ? 'warning' : undefined}>
                  {MOVE_LABELS[m]}
                </button>
              ))}
            </p>
          </form>
        </section>
      )}
      <section aria-labelledby="giao-viec">
        <h2 id="giao-viec">{q.assign}</h2>
        <form method="post" action={`${path}/giao`} class="settings-form">
          <input type="hidden" name="_csrf" value={staff.csrf} />
          <SelectInput name="assignee" label={q.assignee} value={String(row.assignee_id ?? '')} options={[['', q.nobody], ...p.handlers.map((h): [string, string] => [String(h.id), h.display_name])]} errors={errors} />
          <p>
            <button type="submit">{q.assign}</button>
          </p>
        </form>
      </section>
      {['new', 'accepted', 'processing'].includes(row.status) && p.targets.length > 0 && (
        <section aria-labelledby="chuyen">
          <h2 id="chuyen">{q.forward}</h2>
          <form method="post" action={`${path}/chuyen`} class="settings-form">
            <input type="hidden" name="_csrf" value={staff.csrf} />
            <SelectInput name="site" label={q.forwardTo} value={form.site ?? ''} options={p.targets.map((s): [string, string] => [String(s.id), s.name])} errors={errors} />
            <TextInput name="forward_note" label={q.forwardNote} value="" errors={{}} max={500} />
            <p>
              <button type="submit">{q.forward}</button>
            </p>
          </form>
        </section>
      )}
      {canAnswer && (
        <section aria-labelledby="tra-loi">
          <h2 id="tra-loi">{q.answerTitle}</h2>
          <form method="post" action={`${path}/tra-loi`} enctype="multipart/form-data" class="settings-form">
            <input type="hidden" name="_csrf" value={staff.csrf} />
            <TextInput name="answer_html" label={q.answerHtml} hint={q.answerHint} value={form.answer_html ?? row.answer_html} errors={errors} max={50000} multiline />
            <p class="hint">{q.publicHint}</p>
            <TextInput name="public_title" label={q.publicTitleLabel} value={form.public_title ?? row.public_title} errors={errors} max={200} required />
            <TextInput name="public_body" label={q.publicBodyLabel} value={form.public_body ?? row.public_body} errors={errors} max={5000} multiline required />
            <div class="field">
              <label for="f-files">{q.files}</label>
              <input id="f-files" name="files" type="file" multiple accept="application/pdf,image/jpeg,image/png" />
            </div>
            <p>
              <button type="submit">{q.saveAnswer}</button>
            </p>
          </form>
        </section>
      )}
      <h2>{q.history}</h2>
      <ol class="history">
        {p.history.map((h) => (
          <li>
            {formatDateTime(h.at)} · {h.site} · {h.who ?? 'Hệ thống'}: {q.actions[h.action] ?? h.action}
            {h.from_status !== h.to_status && h.to_status && ` (${STATUS_LABELS[h.to_status as keyof typeof STATUS_LABELS] ?? h.to_status})`}
            {h.note && ` — ${h.note}`}
          </li>
        ))}
      </ol>
    </BackofficeLayout>
  );
}

export function TopicsPage({ staff, topics, notice }: { staff: Staff; topics: string[]; notice?: string }) {
  const q = staff.t.questions;
  return (
    <BackofficeLayout staff={staff} title={q.topicsTitle} current="questions">
      <h1>{q.topicsTitle}</h1>
      <Notice message={notice} />
      <form method="post" action={TOPICS_PATH} class="settings-form">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <TextInput name="topics" label={q.topicsLabel} value={topics.join('\n')} errors={{}} max={5000} multiline />
        <p>
          <button type="submit">{staff.t.save}</button>
        </p>
      </form>
    </BackofficeLayout>
  );
}
