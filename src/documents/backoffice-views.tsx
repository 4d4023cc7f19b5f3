// Văn bản's back-office screens: the list, the registration form (new and edit) with the files and
// the relations below it, and the site's lists (types, issuers, fields). Everything typed is
// printed as text (preact escapes it).
import type { FieldErrors } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { BackofficeLayout, Notice } from '../backoffice/layout.js';
import { ErrorSummary, Field, FieldError, PostButton, SelectInput, TextInput, fieldId, describedBy } from '../backoffice/fields.js';
import { DataTable } from '../backoffice/table.js';
import { formatDate } from '../vi/index.js';
import type { DocumentFieldRow, DocumentIssuerRow, DocumentRow, DocumentTypeRow, RelatedDocument } from './queries.js';
import { RELATIONS, RELATION_KEYS, documentUrl, fieldPath } from './queries.js';
import type { DocumentForm } from './service.js';
import { DOCUMENT_PATHS, DOCUMENT_LIMITS } from './paths.js';

const FORM_ORDER = ['type', 'number', 'issuer', 'signer_name', 'signer_position', 'issued_on', 'effective_on', 'expires_on', 'fields', 'summary', 'body'];

export interface Lists {
  types: DocumentTypeRow[];
  issuers: DocumentIssuerRow[];
  fields: DocumentFieldRow[];
}

export function DocumentListPage({ staff, rows, total, q, lists, notice }: { staff: Staff; rows: DocumentRow[]; total: number; q: string; lists: Lists; notice?: string }) {
  const t = staff.t.documents;
  const typeName = (id: number) => lists.types.find((x) => x.id === id)?.name ?? '';
  return (
    <BackofficeLayout staff={staff} title={t.listTitle} current="documents">
      <h1>{t.listTitle}</h1>
      <Notice message={notice} />
      <p>
        <a class="button" href={DOCUMENT_PATHS.create}>
          {t.newButton}
        </a>{' '}
        <a href={DOCUMENT_PATHS.lists}>{t.listsLink}</a>
      </p>
      <form method="get" action={DOCUMENT_PATHS.list} role="search">
        <label for="f-q">{t.search}</label> <input id="f-q" name="q" value={q} maxLength={200} /> <button type="submit">{t.searchButton}</button>
      </form>
      <p>{t.total(total)}</p>
      {rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <DataTable>
          <thead>
            <tr>
              <th scope="col">{t.fields.number}</th>
              <th scope="col">{t.fields.type}</th>
              <th scope="col">{t.fields.issuedOn}</th>
              <th scope="col">{t.fields.summary}</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr>
                <td>
                  <a href={DOCUMENT_PATHS.item(d.id)}>{d.number_text}</a>
                </td>
                <td>{typeName(d.type_id)}</td>
                <td>{formatDate(`${d.issued_on}T05:00:00Z`)}</td>
                <td>{d.summary}</td>
                <td>{t.status[d.status]}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </BackofficeLayout>
  );
}

export interface DocumentPageProps {
  staff: Staff;
  doc?: DocumentRow;
  form: DocumentForm;
  errors: FieldErrors;
  lists: Lists;
  files?: { id: number; title: string; file_name: string; size: number }[];
  relations?: RelatedDocument[];
  fileErrors?: FieldErrors;
  relationErrors?: FieldErrors;
  relationForm?: { relation: string; target: string };
  notice?: string;
}

function FieldsChoice({ form, errors, fields, label, hint }: { form: DocumentForm; errors: FieldErrors; fields: DocumentFieldRow[]; label: string; hint: string }) {
  const id = fieldId('fields');
  const error = errors.fields;
  return (
    <fieldset class="field" aria-describedby={describedBy(id, error, true)}>
      <legend>{label}</legend>
      <p class="hint" id={`${id}-goi-y`}>
        {hint}
      </p>
      <FieldError id={id} error={error} />
      {fields.map((f) => (
        <div class="checkbox">
          <input type="checkbox" id={`${id}-${f.id}`} name="fields" value={String(f.id)} checked={form.fields.includes(String(f.id))} />
          <label for={`${id}-${f.id}`}>{fieldPath(fields, f)}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function DocumentPage(p: DocumentPageProps) {
  const { staff, form, errors, lists, doc } = p;
  const t = staff.t.documents;
  const title = doc ? `${t.editTitle} ${doc.number_text}` : t.newTitle;
  const action = doc ? DOCUMENT_PATHS.item(doc.id) : DOCUMENT_PATHS.create;
  const L = DOCUMENT_LIMITS;
  return (
    <BackofficeLayout staff={staff} title={title} current="documents">
      <h1>{title}</h1>
      <Notice message={p.notice} />
      {Object.keys(errors).length > 0 && <p class="notice error">{t.fixBelow}</p>}
      <ErrorSummary t={staff.t} errors={errors} order={FORM_ORDER} />
      {doc && doc.status === 'published' && (
        <p>
          <a href={documentUrl(doc)}>{t.viewPublic}</a>
        </p>
      )}
      <form method="post" action={action} class="document-form">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <SelectInput name="type" label={t.fields.type} value={form.type} options={[['', '—'], ...lists.types.map((x): [string, string] => [String(x.id), x.name])]} errors={errors} />
        <TextInput name="number" label={t.fields.number} value={form.number} errors={errors} hint={t.hints.number} max={L.number} required />
        <SelectInput name="issuer" label={t.fields.issuer} value={form.issuer} options={[['', '—'], ...lists.issuers.map((x): [string, string] => [String(x.id), `${x.name} (${x.abbreviation})`])]} errors={errors} />
        <TextInput name="signer_name" label={t.fields.signerName} value={form.signer_name} errors={errors} max={L.signer} />
        <TextInput name="signer_position" label={t.fields.signerPosition} value={form.signer_position} errors={errors} max={L.signer} />
        <TextInput name="issued_on" label={t.fields.issuedOn} value={form.issued_on} errors={errors} hint={t.hints.date} max={20} required />
        <TextInput name="effective_on" label={t.fields.effectiveOn} value={form.effective_on} errors={errors} hint={t.hints.date} max={20} />
        <TextInput name="expires_on" label={t.fields.expiresOn} value={form.expires_on} errors={errors} hint={t.hints.expiresOn} max={20} />
        {lists.fields.length > 0 && <FieldsChoice form={form} errors={errors} fields={lists.fields} label={t.fields.fields} hint={t.hints.fields} />}
        <TextInput name="summary" label={t.fields.summary} value={form.summary} errors={errors} max={L.summary} required multiline />
        <TextInput name="body" label={t.fields.body} value={form.body} errors={errors} max={L.body} multiline />
        <div class="checkbox">
          <input type="checkbox" id="f-publish" name="publish" value="1" checked={form.publish} />
          <label for="f-publish">{t.fields.publish}</label>
        </div>
        <p>
          <button type="submit">{t.save}</button>
        </p>
      </form>
      {doc && <FilesPart {...p} doc={doc} />}
      {doc && <RelationsPart {...p} doc={doc} />}
    </BackofficeLayout>
  );
}

function FilesPart({ staff, doc, files = [], fileErrors = {} }: DocumentPageProps & { doc: DocumentRow }) {
  const t = staff.t.documents;
  return (
    <section aria-labelledby="h-tep">
      <h2 id="h-tep">{t.filesTitle}</h2>
      {files.length === 0 ? (
        <p>{t.noFiles}</p>
      ) : (
        <ul>
          {files.map((f) => (
            <li>
              {f.title} ({f.file_name}, {Math.max(1, Math.round(f.size / 1024))} KB) <PostButton action={DOCUMENT_PATHS.removeFile(doc.id, f.id)} csrf={staff.csrf} label={t.removeFile} longLabel={`${t.removeFile} ${f.title}`} />
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={DOCUMENT_PATHS.files(doc.id)} enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <TextInput name="title" label={t.fields.fileTitle} value="" errors={fileErrors} max={DOCUMENT_LIMITS.fileTitle} />
        <Field id="f-file" label={t.fields.file} hint={t.hints.file} error={fileErrors.file}>
          {(d) => <input type="file" id="f-file" name="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.odt" aria-describedby={d} aria-invalid={fileErrors.file ? 'true' : undefined} />}
        </Field>
        <p>
          <button type="submit">{t.addFile}</button>
        </p>
      </form>
    </section>
  );
}

function RelationsPart({ staff, doc, relations = [], relationErrors = {}, relationForm = { relation: 'related', target: '' } }: DocumentPageProps & { doc: DocumentRow }) {
  const t = staff.t.documents;
  return (
    <section aria-labelledby="h-lien-quan">
      <h2 id="h-lien-quan">{t.relationsTitle}</h2>
      {relations.length === 0 ? (
        <p>{t.noRelations}</p>
      ) : (
        <ul>
          {relations.map((r) => (
            <li>
              {RELATIONS[r.relation][r.direction]} <a href={DOCUMENT_PATHS.item(r.id)}>{r.number_text}</a>: {r.summary}{' '}
              <PostButton action={DOCUMENT_PATHS.removeRelation(doc.id, r.relationId)} csrf={staff.csrf} label={t.removeRelation} longLabel={`${t.removeRelation} ${r.number_text}`} />
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={DOCUMENT_PATHS.relations(doc.id)}>
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <SelectInput name="relation" label={t.fields.relation} value={relationForm.relation} options={RELATION_KEYS.map((k): [string, string] => [k, RELATIONS[k].forward])} errors={relationErrors} />
        <TextInput name="target" label={t.fields.target} value={relationForm.target} errors={relationErrors} hint={t.hints.target} max={DOCUMENT_LIMITS.number} />
        <p>
          <button type="submit">{t.addRelation}</button>
        </p>
      </form>
    </section>
  );
}

export function ListsPage({ staff, lists, errors = {}, form = {}, which, notice }: { staff: Staff; lists: Lists; errors?: FieldErrors; form?: Record<string, string>; which?: string; notice?: string }) {
  const t = staff.t.documents;
  const errs = (w: string) => (which === w ? errors : {});
  const val = (w: string, name: string) => (which === w ? (form[name] ?? '') : '');
  return (
    <BackofficeLayout staff={staff} title={t.listsTitle} current="documents">
      <h1>{t.listsTitle}</h1>
      <Notice message={notice} />
      <section aria-labelledby="h-loai">
        <h2 id="h-loai">{t.fields.type}</h2>
        <ul>
          {lists.types.map((x) => (
            <li>
              {x.name}
              {x.abbreviation && ` (${x.abbreviation})`}
            </li>
          ))}
        </ul>
        {(which ?? 'type') === 'type' ? (
          <form method="post" action={DOCUMENT_PATHS.listTypes}>
          <input type="hidden" name="_csrf" value={staff.csrf} />
          <TextInput name="name" label={t.fields.name} value={val('type', 'name')} errors={errs('type')} max={100} required />
          <TextInput name="abbreviation" label={t.fields.abbreviation} value={val('type', 'abbreviation')} errors={errs('type')} max={10} />
          <p>
            <button type="submit">{t.addType}</button>
          </p>
        </form>
        ) : (
          <p>
            <a href={`${DOCUMENT_PATHS.lists}?them=type`}>{t.addType}</a>
          </p>
        )}
      </section>
      <section aria-labelledby="h-co-quan">
        <h2 id="h-co-quan">{t.fields.issuer}</h2>
        <ul>
          {lists.issuers.map((x) => (
            <li>
              {x.name} ({x.abbreviation})
            </li>
          ))}
        </ul>
        {(which ?? 'type') === 'issuer' ? (
          <form method="post" action={DOCUMENT_PATHS.listIssuers}>
          <input type="hidden" name="_csrf" value={staff.csrf} />
          <TextInput name="name" label={t.fields.name} value={val('issuer', 'name')} errors={errs('issuer')} max={200} required />
          <TextInput name="abbreviation" label={t.fields.abbreviation} value={val('issuer', 'abbreviation')} errors={errs('issuer')} max={20} required />
          <p>
            <button type="submit">{t.addIssuer}</button>
          </p>
        </form>
        ) : (
          <p>
            <a href={`${DOCUMENT_PATHS.lists}?them=issuer`}>{t.addIssuer}</a>
          </p>
        )}
      </section>
      <section aria-labelledby="h-linh-vuc">
        <h2 id="h-linh-vuc">{t.fields.fields}</h2>
        <ul>
          {lists.fields.map((x) => (
            <li>{fieldPath(lists.fields, x)}</li>
          ))}
        </ul>
        {(which ?? 'type') === 'field' ? (
          <form method="post" action={DOCUMENT_PATHS.listFields}>
          <input type="hidden" name="_csrf" value={staff.csrf} />
          <TextInput name="name" label={t.fields.name} value={val('field', 'name')} errors={errs('field')} max={200} required />
          <SelectInput name="parent" label={t.fields.parent} value={val('field', 'parent')} options={[['', '—'], ...lists.fields.map((x): [string, string] => [String(x.id), fieldPath(lists.fields, x)])]} errors={errs('field')} />
          <p>
            <button type="submit">{t.addField}</button>
          </p>
        </form>
        ) : (
          <p>
            <a href={`${DOCUMENT_PATHS.lists}?them=field`}>{t.addField}</a>
          </p>
        )}
      </section>
    </BackofficeLayout>
  );
}
