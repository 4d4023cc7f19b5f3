// The calendar screen: the year's declared days (the installation's and this site's), the days off
// the law gives that year (computed), the form to add a day, the deadline length, and after a change
// the due dates it moved.
import type { FieldErrors } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { BackofficeLayout, Notice } from '../backoffice/layout.js';
import { ErrorSummary, PostButton, SelectInput, TextInput } from '../backoffice/fields.js';
import { DataTable } from '../backoffice/table.js';
import type { MovedDeadline } from '../registry/sources.js';
import type { DeclaredRow } from './service.js';
import { shownDay } from './service.js';

export const CALENDAR_PATH = '/quan-tri/lich-lam-viec';
export const calendarDayPath = (id: number) => `${CALENDAR_PATH}/${id}/xoa`;
export const CALENDAR_DEADLINE_PATH = `${CALENDAR_PATH}/thoi-han`;

export interface CalendarForm {
  day: string;
  kind: string;
  note: string;
  scope: string;
  deadline_days: string;
}

export interface CalendarPageProps {
  staff: Staff;
  year: number;
  national: boolean;
  rows: DeclaredRow[];
  holidays: { day: string; why: string }[];
  form: CalendarForm;
  errors: FieldErrors;
  notice?: string;
  error?: string;
  moved?: MovedDeadline[];
}

function Moved({ staff, moved }: { staff: Staff; moved: MovedDeadline[] }) {
  const c = staff.t.calendar;
  const d = (s: string | null) => (s === null ? c.stopped : shownDay(s));
  return (
    <section aria-labelledby="han-thay-doi" class="moved">
      <h2 id="han-thay-doi">{c.movedTitle}</h2>
      {moved.length === 0 ? (
        <p>{c.noneMoved}</p>
      ) : (
        <ul>
          {moved.map((m) => (
            <li>
              <a href={m.path}>{m.label}</a>: {d(m.from)} → {d(m.to)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CalendarPage(p: CalendarPageProps) {
  const { staff } = p;
  const c = staff.t.calendar;
  return (
    <BackofficeLayout staff={staff} title={c.title} current="calendar">
      <h1>{c.title}</h1>
      <Notice message={p.notice} />
      <Notice message={p.error} kind="error" />
      <ErrorSummary t={staff.t} errors={p.errors} order={['day', 'kind', 'note', 'scope', 'deadline_days']} />
      {p.moved && <Moved staff={staff} moved={p.moved} />}
      <p>{c.intro}</p>
      <form method="get" action={CALENDAR_PATH} class="settings-form">
        <TextInput name="nam" label={c.year} value={String(p.year)} errors={{}} max={4} inputMode="numeric" />
        <p>
          <button type="submit">{c.showYear}</button>
        </p>
      </form>
      <h2>{c.declaredTitle(p.year)}</h2>
      {p.rows.length === 0 ? (
        <p>{c.noneDeclared}</p>
      ) : (
        <DataTable>
          <thead>
            <tr>
              <th scope="col">{c.day}</th>
              <th scope="col">{c.kind}</th>
              <th scope="col">{c.note}</th>
              <th scope="col">{c.scope}</th>
              <th scope="col">
                <span class="visually-hidden">{c.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <td>{shownDay(r.day)}</td>
                <td>{r.working ? c.kindWorking : c.kindOff}</td>
                <td>{r.note}</td>
                <td>{r.siteId === null ? c.scopeAllShort : c.scopeSiteShort}</td>
                <td>{(r.siteId !== null || p.national) && <PostButton action={calendarDayPath(r.id)} csrf={staff.csrf} label={c.remove} longLabel={c.removeLabel(shownDay(r.day))} kind="danger" />}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <h2 id="them-ngay">{c.add}</h2>
      <form method="post" action={CALENDAR_PATH} class="settings-form">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <TextInput name="day" label={c.day} value={p.form.day} errors={p.errors} hint={c.dayHint} max={10} required />
        <SelectInput
          name="kind"
          label={c.kind}
          value={p.form.kind}
          options={[
            ['nghi', c.kindOff],
            ['lam-bu', c.kindWorking],
          ]}
          errors={p.errors}
        />
        <TextInput name="note" label={c.note} value={p.form.note} errors={p.errors} hint={c.noteHint} max={300} required />
        {p.national && (
          <SelectInput
            name="scope"
            label={c.scope}
            value={p.form.scope}
            options={[
              ['all', c.scopeAll],
              ['site', c.scopeSite],
            ]}
            errors={p.errors}
          />
        )}
        <p>
          <button type="submit">{c.add}</button>
        </p>
      </form>
      <h2>{c.deadlineTitle}</h2>
      <form method="post" action={CALENDAR_DEADLINE_PATH} class="settings-form">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <TextInput name="deadline_days" label={c.deadlineDays} value={p.form.deadline_days} errors={p.errors} hint={c.deadlineHint} max={2} inputMode="numeric" required />
        <p>
          <button type="submit">{staff.t.save}</button>
        </p>
      </form>
      <h2>{c.holidaysTitle(p.year)}</h2>
      <DataTable>
        <thead>
          <tr>
            <th scope="col">{c.day}</th>
            <th scope="col">{c.note}</th>
          </tr>
        </thead>
        <tbody>
          {p.holidays.map((h) => (
            <tr>
              <td>{shownDay(h.day)}</td>
              <td>{h.why}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </BackofficeLayout>
  );
}
