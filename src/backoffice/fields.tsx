// Form pieces of the back office: a labelled control with its hint and its error next to it
// (linked by aria-describedby; a FormInvalid's messages, see shownOnForm), inputs named after their field, the error summary at the top,
// the one-button POST forms (move, delete) and the confirmation of a destructive action, none of
// which needs JavaScript.
import type { ComponentChildren } from 'preact';
import type { AppError, FieldErrors } from '../errors/index.js';
import { FormInvalid } from '../errors/index.js';
import type { Messages } from '../messages/index.js';

/**
 * A refusal as a form shows it: a FormInvalid's messages beside their fields (with `summary` above,
 * on pages that have one), any other refusal above the form.
 */
export function shownOnForm(err: AppError, summary?: string): { errors: FieldErrors; error?: string } {
  return err instanceof FormInvalid ? { errors: err.fields, error: summary } : { errors: {}, error: err.publicMessage };
}

export const fieldId = (name: string) => `f-${name.replace(/_/g, '-')}`;

/** The ids that describe a control (aria-describedby): its hint, then its error. */
export const describedBy = (id: string, error?: string, hint?: boolean) => [hint ? `${id}-goi-y` : '', error ? `${id}-loi` : ''].filter(Boolean).join(' ') || undefined;

/** aria-invalid of a control with an error. */
export const invalidWhen = (error?: string) => (error ? 'true' : undefined);

/**
 * A field's message beside it, named by its control's aria-describedby (`${id}-loi`): every form
 * shows refused input this way. `inline` for a field that is itself a <p>, which cannot hold another.
 */
export function FieldError({ id, error, inline }: { id: string; error?: string; inline?: boolean }) {
  if (!error) return null;
  return inline ? (
    <span class="field-error" id={`${id}-loi`}>
      {error}
    </span>
  ) : (
    <p class="field-error" id={`${id}-loi`}>
      {error}
    </p>
  );
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The control, given the ids that describe it (hint, error). */
  children: (describedBy: string | undefined) => ComponentChildren;
}

/** A label, its hint and its error (linked to the control by aria-describedby), then the control. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-goi-y`}>
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {children(describedBy(id, error, Boolean(hint)))}
    </div>
  );
}

/** A field whose control is named after it (id from the name). */
function FieldFrame({ name, ...rest }: Omit<FieldProps, 'id'> & { name: string }) {
  return <Field id={fieldId(name)} {...rest} />;
}

export interface TextInputProps {
  name: string;
  label: string;
  value: string;
  errors: FieldErrors;
  hint?: string;
  max?: number;
  required?: boolean;
  type?: 'text' | 'email' | 'tel';
  inputMode?: 'numeric' | 'text' | 'url';
  autocomplete?: string;
  multiline?: boolean;
}

export function TextInput(p: TextInputProps) {
  const error = p.errors[p.name];
  return (
    <FieldFrame name={p.name} label={p.label} hint={p.hint} error={error}>
      {(describedBy) =>
        p.multiline ? (
          <textarea id={fieldId(p.name)} name={p.name} rows={4} maxLength={p.max} required={p.required} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
            {p.value}
          </textarea>
        ) : (
          <input
            id={fieldId(p.name)}
            name={p.name}
            type={p.type ?? 'text'}
            value={p.value}
            maxLength={p.max}
            required={p.required}
            inputMode={p.inputMode}
            autocomplete={p.autocomplete}
            spellcheck={p.inputMode === 'url' || p.inputMode === 'numeric' ? false : undefined}
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
          />
        )
      }
    </FieldFrame>
  );
}

export interface SelectInputProps {
  name: string;
  label: string;
  value: string;
  options: [value: string, label: string][];
  /** Further options in labelled groups (<optgroup>), after `options`. */
  groups?: { label: string; options: [value: string, label: string][] }[];
  errors: FieldErrors;
  hint?: string;
}

function Options({ options, value }: { options: [string, string][]; value: string }) {
  return (
    <>
      {options.map(([v, label]) => (
        <option value={v} selected={v === value}>
          {label}
        </option>
      ))}
    </>
  );
}

export function SelectInput(p: SelectInputProps) {
  const error = p.errors[p.name];
  return (
    <FieldFrame name={p.name} label={p.label} hint={p.hint} error={error}>
      {(describedBy) => (
        <select id={fieldId(p.name)} name={p.name} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
          <Options options={p.options} value={p.value} />
          {p.groups?.map((g) => (
            <optgroup label={g.label}>
              <Options options={g.options} value={p.value} />
            </optgroup>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** "Chưa lưu được…" with a link to each field to fix, in the order of `order`. */
export function ErrorSummary({ t, errors, order }: { t: Messages; errors: FieldErrors; order: string[] }) {
  const names = order.filter((n) => errors[n]);
  if (names.length === 0) return null;
  return (
    <div class="form-error error-summary" role="alert">
      <p>{t.formHasErrors}</p>
      <ul>
        {names.map((n) => (
          <li>
            <a href={`#${fieldId(n)}`}>{errors[n]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface PostButtonProps {
  action: string;
  csrf: string;
  label: string;
  /** The full name for screen readers when the visible label is short ("Lên"). */
  longLabel?: string;
  kind?: 'secondary' | 'danger';
}

/** A one-button form: move, delete. */
export function PostButton({ action, csrf, label, longLabel, kind = 'secondary' }: PostButtonProps) {
  return (
    <form method="post" action={action} class="inline-form">
      <input type="hidden" name="_csrf" value={csrf} />
      <button type="submit" class={kind} aria-label={longLabel}>
        {label}
      </button>
    </form>
  );
}

export interface ConfirmFormProps {
  /** Where the confirmation posts. */
  action: string;
  csrf: string;
  /** What happens, beside the question (the page's h1 asks it). */
  detail?: string;
  /** The button that does it (styled as a warning); `name`/`value` when the form says what to do by its button. */
  confirm: { label: string; name?: string; value?: string };
  /** The way back: a link, or a button of the same form (which then carries the form's fields back). */
  cancel: { label: string; href: string } | { label: string; name: string; value: string };
  /** Fields carried through the confirmation unchanged (the form that asked for it, as typed). */
  hidden?: [name: string, value: string][];
}

/** The confirmation step of a destructive action ("Bạn có chắc…?"): two choices, no JavaScript needed. */
export function ConfirmForm(p: ConfirmFormProps) {
  return (
    <form method="post" action={p.action} class="confirm-form">
      <input type="hidden" name="_csrf" value={p.csrf} />
      {(p.hidden ?? []).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {p.detail && <p>{p.detail}</p>}
      <p class="actions">
        <button type="submit" class="warning" name={p.confirm.name} value={p.confirm.value}>
          {p.confirm.label}
        </button>
        {'href' in p.cancel ? (
          <a href={p.cancel.href}>{p.cancel.label}</a>
        ) : (
          <button type="submit" class="secondary" name={p.cancel.name} value={p.cancel.value}>
            {p.cancel.label}
          </button>
        )}
      </p>
    </form>
  );
}
