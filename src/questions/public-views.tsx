// The public pages of Hỏi đáp: the list of published questions, one question and its answer, the
// form to send one, the page after sending (the tracking code), and the tracking page. Nothing here
// prints a citizen's name (initials only), e-mail, phone or address.
import type { PageContext } from '../web/context.js';
import { Breadcrumbs, Layout } from '../web/layout.js';
import { Pagination } from '../web/pagination.js';
import type { FieldErrors } from '../errors/index.js';
import { ErrorSummary, SelectInput, TextInput, FieldError } from '../backoffice/fields.js';
import { msg } from '../messages/index.js';
import { formatDate, isoDate } from '../vi/index.js';
import type { PublicQuestion, TrackedCase } from './service.js';
import { questionPath } from './service.js';
import { FIELD_RULES } from './fields.js';

const t = msg.questions;
export const LIST_PATH = '/hoi-dap';
export const ASK_PATH = '/hoi-dap/gui-cau-hoi';
export const TRACK_PATH = '/hoi-dap/tra-cuu';
const day = (iso: string) => formatDate(iso);

function Tabs({ ctx }: { ctx: PageContext }) {
  const links: [string, string][] = [
    [LIST_PATH, t.publicTitle],
    [ASK_PATH, t.askTitle],
    [TRACK_PATH, t.trackTitle],
  ];
  return (
    <nav class="qa-tabs" aria-label={t.publicTitle}>
      <ul>
        {links.map(([href, label]) => (
          <li>
            <a href={href} aria-current={ctx.path === href ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function QuestionListPage({ ctx, rows, page, pages, total }: { ctx: PageContext; rows: PublicQuestion[]; page: number; pages: number; total: number }) {
  return (
    <Layout ctx={ctx} title={t.publicTitle} description={t.publicIntro} canonical={page > 1 ? `${LIST_PATH}?trang=${page}` : LIST_PATH} meta={{ breadcrumbs: [{ label: t.publicTitle, url: LIST_PATH }], dcType: 'Collection' }}>
      <Breadcrumbs items={[{ label: t.publicTitle }]} />
      <h1>{t.publicTitle}</h1>
      <p>{t.publicIntro}</p>
      <Tabs ctx={ctx} />
      {rows.length === 0 ? (
        <p>{t.noneYet}</p>
      ) : (
        <ul class="qa-list">
          {rows.map((q) => (
            <li>
              <h2>
                <a href={questionPath(q.id)}>{q.title}</a>
              </h2>
              <p class="meta">
                {t.asker}: {q.asker}
                {q.topic && ` · ${q.topic}`} · {t.answeredOn} <time datetime={isoDate(q.answeredAt || q.publishedAt)}>{day(q.answeredAt || q.publishedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p class="meta">{total} câu hỏi</p>
      <Pagination page={page} pages={pages} href={(n) => (n === 1 ? LIST_PATH : `${LIST_PATH}?trang=${n}`)} label="Các trang hỏi đáp" />
    </Layout>
  );
}

export function QuestionPage({ ctx, q, files }: { ctx: PageContext; q: PublicQuestion; files: { id: number; name: string; bytes: number }[] }) {
  const path = questionPath(q.id);
  return (
    <Layout ctx={ctx} title={q.title} description={q.body.slice(0, 200)} canonical={path} meta={{ breadcrumbs: [{ label: t.publicTitle, url: LIST_PATH }, { label: q.title, url: path }], date: isoDate(q.publishedAt), dcType: 'Text' }}>
      <Breadcrumbs items={[{ label: t.publicTitle, url: LIST_PATH }, { label: q.title }]} />
      <article class="qa-item">
        <h1>{q.title}</h1>
        <p class="meta">
          {t.asker}: {q.asker}
          {q.topic && ` · ${t.topic}: ${q.topic}`} · {t.sentOn} <time datetime={isoDate(q.submittedAt)}>{day(q.submittedAt)}</time>
        </p>
        <div class="qa-question">
          {q.body.split(/\n+/).map((para) => (
            <p>{para}</p>
          ))}
        </div>
        <h2>{t.answer}</h2>
        <p class="meta">
          {t.answeredOn} <time datetime={isoDate(q.answeredAt)}>{day(q.answeredAt)}</time>
        </p>
        <div class="article-body" dangerouslySetInnerHTML={{ __html: q.answerHtml }} />
        {files.length > 0 && (
          <>
            <h3>{t.answerFiles}</h3>
            <ul>
              {files.map((f) => (
                <li>
                  <a href={`${path}/tep/${f.id}`}>{f.name}</a> ({Math.max(1, Math.round(f.bytes / 1024))} KB)
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </Layout>
  );
}

export interface AskForm {
  name: string;
  email: string;
  phone: string;
  address: string;
  topic: string;
  title: string;
  body: string;
}

export const EMPTY_ASK: AskForm = { name: '', email: '', phone: '', address: '', topic: '', title: '', body: '' };
const ORDER = ['name', 'email', 'phone', 'address', 'topic', 'title', 'body', 'files'];

export function AskPage({ ctx, topics, form, errors, error, days, guard }: { ctx: PageContext; topics: string[]; form: AskForm; errors: FieldErrors; error?: string; days: number; guard?: preact.ComponentChildren }) {
  const f = (name: keyof typeof FIELD_RULES, o: { type?: 'email' | 'tel'; hint?: string; autocomplete?: string; multiline?: boolean } = {}) => (
    <TextInput name={name} label={FIELD_RULES[name].label} value={form[name]} errors={errors} max={FIELD_RULES[name].max} required={'required' in FIELD_RULES[name]} {...o} />
  );
  return (
    <Layout ctx={ctx} title={t.askTitle} canonical={ASK_PATH} meta={{ breadcrumbs: [{ label: t.publicTitle, url: LIST_PATH }, { label: t.askTitle, url: ASK_PATH }] }}>
      <Breadcrumbs items={[{ label: t.publicTitle, url: LIST_PATH }, { label: t.askTitle }]} />
      <h1>{t.askTitle}</h1>
      <p>
        {t.askIntro} {days} ngày làm việc.
      </p>
      <Tabs ctx={ctx} />
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <ErrorSummary t={msg} errors={errors} order={ORDER} />
      <form method="post" action={ASK_PATH} enctype="multipart/form-data" class="qa-form">
        {guard}
        {f('name', { autocomplete: 'name' })}
        <fieldset>
          <legend>Liên hệ</legend>
          <p class="hint">{t.contactHint}</p>
          {f('email', { type: 'email', autocomplete: 'email' })}
          {f('phone', { type: 'tel', autocomplete: 'tel' })}
        </fieldset>
        {f('address', { autocomplete: 'street-address' })}
        {topics.length > 0 && (
          <SelectInput name="topic" label={t.topic} value={form.topic} options={[['', t.topicNone], ...topics.map((x): [string, string] => [x, x])]} errors={errors} />
        )}
        {f('title')}
        {f('body', { multiline: true })}
        <div class="field">
          <label for="f-files">{t.files}</label>
          <p class="hint" id="f-files-goi-y">
            {t.filesHint}
          </p>
          <FieldError id="f-files" error={errors.files} />
          <input id="f-files" name="files" type="file" multiple accept="application/pdf,image/jpeg,image/png" aria-describedby={errors.files ? 'f-files-goi-y f-files-loi' : 'f-files-goi-y'} aria-invalid={errors.files ? 'true' : undefined} />
        </div>
        <p>
          <button type="submit">{t.send}</button>
        </p>
      </form>
    </Layout>
  );
}

export function SentPage({ ctx, code }: { ctx: PageContext; code: string }) {
  return (
    <Layout ctx={ctx} title={t.sentTitle} noIndex>
      <h1>{t.sentTitle}</h1>
      <div class="qa-code" role="status">
        <p>{t.sentCode}:</p>
        <p class="code">
          <strong>{code}</strong>
        </p>
      </div>
      <p>{t.sentKeep}</p>
      <p>
        <a href={TRACK_PATH}>{t.trackTitle}</a>
      </p>
    </Layout>
  );
}

export function TrackPage({ ctx, typed, found, error }: { ctx: PageContext; typed: string; found?: TrackedCase | null; error?: string }) {
  return (
    <Layout ctx={ctx} title={t.trackTitle} canonical={TRACK_PATH} noIndex={typed !== ''} meta={{ breadcrumbs: [{ label: t.publicTitle, url: LIST_PATH }, { label: t.trackTitle, url: TRACK_PATH }] }}>
      <Breadcrumbs items={[{ label: t.publicTitle, url: LIST_PATH }, { label: t.trackTitle }]} />
      <h1>{t.trackTitle}</h1>
      <Tabs ctx={ctx} />
      <p>{t.trackIntro}</p>
      <form method="post" action={TRACK_PATH} class="qa-form">
        <TextInput name="ma" label={t.codeLabel} value={typed} errors={error ? { ma: error } : {}} max={20} autocomplete="off" />
        <p>
          <button type="submit">{t.trackButton}</button>
        </p>
      </form>
      {found && (
        <section class="qa-item" aria-labelledby="ket-qua">
          <h2 id="ket-qua">{found.title}</h2>
          <dl class="qa-facts">
            <div>
              <dt>{t.codeLabel}</dt>
              <dd>{found.code}</dd>
            </div>
            <div>
              <dt>{t.status}</dt>
              <dd>{found.statusLabel}</dd>
            </div>
            <div>
              <dt>{t.sentOn}</dt>
              <dd>{day(found.submittedAt)}</dd>
            </div>
            <div>
              <dt>{t.handledBy}</dt>
              <dd>{found.siteName}</dd>
            </div>
            {found.dueDay && (
              <div>
                <dt>{t.dueOn}</dt>
                <dd>{day(`${found.dueDay}T05:00:00.000Z`)}</dd>
              </div>
            )}
            {found.refusalReason && (
              <div>
                <dt>{t.refusedBecause}</dt>
                <dd>{found.refusalReason}</dd>
              </div>
            )}
          </dl>
          {found.answerHtml && (
            <>
              <h3>{t.answer}</h3>
              <div class="article-body" dangerouslySetInnerHTML={{ __html: found.answerHtml }} />
            </>
          )}
          {found.publicPath && (
            <p>
              <a href={found.publicPath}>{t.readAnswer}</a>
            </p>
          )}
        </section>
      )}
    </Layout>
  );
}
