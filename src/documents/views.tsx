// Văn bản's public pages: the list with its filters (a GET form: works without JavaScript) and a
// document's page with every field, its validity, its relations both ways and its files.
import type { PageContext } from '../web/context.js';
import { Breadcrumbs, Layout } from '../web/layout.js';
import { Pagination } from '../web/pagination.js';
import type { PageMeta } from '../web/metadata.js';
import { isoDate } from '../vi/index.js';
import { RELATIONS, VALIDITY_LABELS, documentFileUrl, documentUrl } from './queries.js';
import type { Validity } from './queries.js';
import type { DocumentPageData, ListForm, ListPage } from './public.js';
import { dayText, listHref } from './public.js';

const VALIDITY_CHOICES: [string, string][] = [
  ['con-hieu-luc', 'Còn hiệu lực'],
  ['chua-co-hieu-luc', 'Chưa có hiệu lực'],
  ['het-hieu-luc', 'Hết hiệu lực'],
];
const SORT_CHOICES: [string, string][] = [
  ['', 'Ngày ban hành, mới nhất trước'],
  ['cu-nhat', 'Ngày ban hành, cũ nhất trước'],
  ['so-giam', 'Số văn bản, lớn nhất trước'],
  ['so-tang', 'Số văn bản, nhỏ nhất trước'],
];

function Select({ id, name, label, value, all, options }: { id: string; name: keyof ListForm; label: string; value: string; all: string; options: [string, string][] }) {
  return (
    <div class="search-field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        {all && <option value="">{all}</option>}
        {options.map(([v, l]) => (
          <option value={v} selected={v === value}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

function Input({ id, name, label, value, max = 100 }: { id: string; name: keyof ListForm; label: string; value: string; max?: number }) {
  return (
    <div class="search-field">
      <label for={id}>{label}</label>
      <input id={id} name={name} value={value} maxLength={max} autocomplete="off" spellcheck={false} />
    </div>
  );
}

export function ValidityBadge({ validity }: { validity: Validity }) {
  return <span class={`validity validity-${validity}`}>{VALIDITY_LABELS[validity]}</span>;
}

export function DocumentListView({ ctx, data }: { ctx: PageContext; data: ListPage }) {
  const { form } = data;
  const heading = 'Văn bản';
  const meta: PageMeta = { breadcrumbs: [{ label: heading, url: '/van-ban' }], dcType: 'Collection' };
  return (
    <Layout ctx={ctx} title={data.page > 1 ? `${heading} - Trang ${data.page}` : heading} description={`Văn bản chỉ đạo, điều hành của ${ctx.site.name}: tra cứu theo loại, cơ quan ban hành, lĩnh vực, số, ký hiệu.`} canonical={listHref(form, data.page)} meta={meta}>
      <Breadcrumbs items={[{ label: heading }]} />
      <h1>{heading}</h1>
      <form class="search-form document-filters" method="get" action="/van-ban" role="search" aria-label="Tra cứu văn bản">
        <div class="search-field search-words">
          <label for="vb-q">Từ khóa (số, ký hiệu, trích yếu, người ký)</label>
          <input id="vb-q" type="search" name="q" value={form.q} maxLength={200} autocomplete="off" spellcheck={false} />
        </div>
        <Select id="vb-loai" name="loai" label="Loại văn bản" value={form.loai} all="Tất cả loại" options={data.types.map((x) => [x.value, x.label])} />
        <Select id="vb-co-quan" name="co-quan" label="Cơ quan ban hành" value={form['co-quan']} all="Tất cả cơ quan" options={data.issuers.map((x) => [x.value, x.label])} />
        <Select id="vb-linh-vuc" name="linh-vuc" label="Lĩnh vực" value={form['linh-vuc']} all="Tất cả lĩnh vực" options={data.fields.map((x) => [x.value, x.label])} />
        <Input id="vb-so" name="so" label="Số, ký hiệu" value={form.so} />
        <Input id="vb-nguoi-ky" name="nguoi-ky" label="Người ký" value={form['nguoi-ky']} />
        <Select id="vb-nam" name="nam" label="Năm ban hành" value={form.nam} all="Tất cả các năm" options={data.years.map((y) => [String(y), String(y)])} />
        <Select id="vb-hieu-luc" name="hieu-luc" label="Hiệu lực" value={form['hieu-luc']} all="Tất cả" options={VALIDITY_CHOICES} />
        <Select id="vb-sap-xep" name="sap-xep" label="Sắp xếp" value={form['sap-xep']} all="" options={SORT_CHOICES} />
        <p class="search-hint">Có thể gõ không dấu: “ke hoach” tìm được “kế hoạch”.</p>
        <div class="search-actions">
          <button type="submit">Tra cứu</button>
        </div>
      </form>
      {data.notices.length > 0 && (
        <div class="search-notices" role="status">
          <ul>
            {data.notices.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="search-count">{data.total === 0 ? 'Không có văn bản nào phù hợp.' : `${data.total} văn bản`}</p>
      {data.rows.length > 0 && (
        <ul class="search-list document-list">
          {data.rows.map((d) => (
            <li>
              <h2>
                <a href={documentUrl(d)}>
                  {d.type_name} số {d.number_text}
                </a>
              </h2>
              <p class="search-meta">
                <span>Ban hành: {dayText(d.issued_on)}</span>
                <span>{d.issuer_name}</span>
                {d.signer_name && <span>Người ký: {d.signer_name}</span>}
                <ValidityBadge validity={d.validity} />
              </p>
              <p class="search-snippet">{d.summary}</p>
              {d.replacedBy && (
                <p class="search-snippet">
                  Được thay thế bởi <a href={documentUrl(d.replacedBy)}>{d.replacedBy.number_text}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} pages={data.pages} href={(n) => listHref(form, n)} label="Phân trang văn bản" />
      <p>
        <a href="/van-ban/rss.xml">Theo dõi văn bản mới (RSS)</a>
      </p>
    </Layout>
  );
}

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export function DocumentView({ ctx, data }: { ctx: PageContext; data: DocumentPageData }) {
  const { doc } = data;
  const title = `${data.typeName} số ${doc.number_text}`;
  const url = documentUrl(doc);
  const abs = (p: string) => ctx.baseUrl + p;
  const legislation: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: title,
    legislationIdentifier: doc.number_text,
    legislationType: data.typeName,
    legislationDate: doc.issued_on,
    ...(doc.effective_on ? { legislationLegalForce: data.validity === 'in-force' ? 'InForce' : data.validity === 'expired' ? 'NotInForce' : 'PartiallyInForce' } : {}),
    ...(doc.expires_on ? { expires: doc.expires_on } : {}),
    abstract: doc.summary,
    inLanguage: 'vi',
    url: abs(url),
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: data.issuer.name },
    ...(doc.signer_name ? { author: { '@type': 'Person', name: doc.signer_name, ...(doc.signer_position ? { jobTitle: doc.signer_position } : {}) } } : {}),
    ...(data.fields.length ? { about: data.fields.map((f) => f.name) } : {}),
    ...(data.files.length ? { encoding: data.files.map((f) => ({ '@type': 'LegislationObject', name: f.title, encodingFormat: f.ext, contentUrl: abs(documentFileUrl(doc, f.id)) })) } : {}),
    ...(data.relations.length
      ? {
          legislationChanges: data.relations.filter((r) => r.direction === 'forward' && r.relation !== 'related' && r.relation !== 'guides').map((r) => ({ '@type': 'Legislation', legislationIdentifier: r.number_text, url: abs(documentUrl(r)) })),
        }
      : {}),
  };
  const meta: PageMeta = {
    breadcrumbs: [
      { label: 'Văn bản', url: '/van-ban' },
      { label: doc.number_text, url },
    ],
    date: doc.issued_on,
    dcType: 'Text',
    creator: data.issuer.name,
    subject: data.fields.map((f) => f.name).join('; ') || undefined,
    jsonLd: [legislation],
  };
  return (
    <Layout ctx={ctx} title={title} description={doc.summary} canonical={url} meta={meta}>
      <Breadcrumbs items={[{ label: 'Văn bản', url: '/van-ban' }, { label: doc.number_text }]} />
      <article class="document">
        <h1>{title}</h1>
        <p class="summary">{doc.summary}</p>
        <p>
          <ValidityBadge validity={data.validity} />
          {data.replacedBy && (
            <>
              {' '}
              — được thay thế bởi <a href={documentUrl(data.replacedBy)}>{data.replacedBy.number_text}</a>
            </>
          )}
        </p>
        <dl class="document-fields">
          <div>
            <dt>Số, ký hiệu</dt>
            <dd>{doc.number_text}</dd>
          </div>
          <div>
            <dt>Loại văn bản</dt>
            <dd>{data.typeName}</dd>
          </div>
          <div>
            <dt>Cơ quan ban hành</dt>
            <dd>{data.issuer.name}</dd>
          </div>
          {doc.signer_name && (
            <div>
              <dt>Người ký</dt>
              <dd>
                {doc.signer_name}
                {doc.signer_position && `, ${doc.signer_position}`}
              </dd>
            </div>
          )}
          <div>
            <dt>Ngày ban hành</dt>
            <dd>
              <time datetime={doc.issued_on}>{dayText(doc.issued_on)}</time>
            </dd>
          </div>
          {doc.effective_on && (
            <div>
              <dt>Ngày hiệu lực</dt>
              <dd>
                <time datetime={doc.effective_on}>{dayText(doc.effective_on)}</time>
              </dd>
            </div>
          )}
          {doc.expires_on && (
            <div>
              <dt>Ngày hết hiệu lực</dt>
              <dd>
                <time datetime={doc.expires_on}>{dayText(doc.expires_on)}</time>
              </dd>
            </div>
          )}
          {data.fields.length > 0 && (
            <div>
              <dt>Lĩnh vực</dt>
              <dd>
                {data.fields.map((f, i) => (
                  <>
                    {i > 0 && '; '}
                    <a href={`/van-ban?linh-vuc=${f.slug}`}>{f.name}</a>
                  </>
                ))}
              </dd>
            </div>
          )}
          <div>
            <dt>Tình trạng hiệu lực</dt>
            <dd>{VALIDITY_LABELS[data.validity]}</dd>
          </div>
        </dl>
        {data.files.length > 0 && (
          <section aria-labelledby="vb-tep">
            <h2 id="vb-tep">Tệp đính kèm</h2>
            <ul class="document-files">
              {data.files.map((f) => (
                <li>
                  <a href={documentFileUrl(doc, f.id)} download={f.file_name}>
                    {f.title}
                  </a>{' '}
                  ({f.ext.toUpperCase()}, {sizeText(f.size)})
                </li>
              ))}
            </ul>
          </section>
        )}
        {data.relations.length > 0 && (
          <section aria-labelledby="vb-lien-quan">
            <h2 id="vb-lien-quan">Văn bản liên quan</h2>
            <ul class="document-relations">
              {data.relations.map((r) => (
                <li>
                  {RELATIONS[r.relation][r.direction]}: <a href={documentUrl(r)}>{r.number_text}</a> — {r.summary}
                </li>
              ))}
            </ul>
          </section>
        )}
        {doc.body_html && (
          <section aria-labelledby="vb-toan-van">
            <h2 id="vb-toan-van">Toàn văn</h2>
            <div class="article-body" dangerouslySetInnerHTML={{ __html: doc.body_html }} />
          </section>
        )}
        <p class="date">Cập nhật: {isoDate(doc.updated_at).slice(0, 10).split('-').reverse().join('/')}</p>
      </article>
    </Layout>
  );
}
