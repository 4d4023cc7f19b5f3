// The featured image of the article form, chosen from the library's pictures: the newest images as
// thumbnails with radio buttons inside a <details>, plus "no image" and "another picture by its
// number" for an older one. Works without JavaScript; client/editor/featured.ts adds the library
// dialog (search, upload) and keeps the summary in step.
import type { Staff } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { FieldError } from '../backoffice/fields.js';
import type { Db } from '../db/index.js';
import { webpKey } from '../media/images.js';

/** One picture offered: the smallest stored width as the thumbnail. */
export interface FeaturedChoice {
  id: number;
  thumb: string;
  alt: string;
  width: number;
  height: number;
}

/** How many of the newest pictures the picker shows. */
export const FEATURED_CHOICES = 24;

/** Radio value for "another picture, by its number" (the number in featured_media_number). */
export const OTHER_IMAGE = 'so';

const THUMB = 120;

/** The newest pictures of the site's library, and the chosen one when it is older. */
export async function featuredChoices(db: Db, siteId: number, chosenId: string): Promise<FeaturedChoice[]> {
  const cols = ['id', 'storage_key', 'variants', 'width', 'height', 'alt'] as const;
  const base = () => db.selectFrom('media').select(cols).where('site_id', '=', siteId).where('kind', '=', 'image');
  const rows = await base().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(FEATURED_CHOICES).execute();
  if (/^[1-9]\d{0,9}$/.test(chosenId) && !rows.some((r) => r.id === Number(chosenId))) {
    const chosen = await base().where('id', '=', Number(chosenId)).executeTakeFirst();
    if (chosen) rows.unshift(chosen);
  }
  return rows.map((r) => {
    const smallest = Number(r.variants.split(',')[0]) || 480;
    const w = r.width ?? THUMB;
    const h = r.height ?? THUMB;
    return { id: r.id, thumb: `/media/${webpKey(r.storage_key, smallest)}`, alt: r.alt, width: THUMB, height: Math.max(1, Math.round((THUMB * h) / Math.max(w, 1))) };
  });
}

export interface FeaturedPickerProps {
  staff: Staff;
  /** The media id chosen ('' for none), as the form holds it. */
  value: string;
  choices: FeaturedChoice[];
  error?: string;
}

export function FeaturedPicker({ staff, value, choices, error }: FeaturedPickerProps) {
  const t = staff.t.articles;
  const fp = t.featuredPicker;
  const chosen = choices.find((c) => String(c.id) === value);
  const other = value !== '' && !chosen;
  const label = (c: FeaturedChoice) => `${c.alt || fp.imageNumber(c.id)} (${fp.imageNumber(c.id)})`;
  const described = ['anh-dai-dien-goi-y', error ? 'anh-dai-dien-loi' : ''].filter(Boolean).join(' ');
  return (
    <fieldset class="featured-picker" id="anh-dai-dien" aria-describedby={described} data-library={PATHS.media}>
      <legend>{t.featured}</legend>
      {chosen && <img class="featured-thumb" src={chosen.thumb} alt="" width={chosen.width} height={chosen.height} />}
      <FieldError id="anh-dai-dien" error={error} />
      <details open={error ? true : undefined}>
        <summary>
          {fp.summary}
          <span class="featured-chosen">{chosen ? label(chosen) : other ? fp.imageNumber(Number(value) || 0) : fp.noneShort}</span>
        </summary>
        <p class="hint" id="anh-dai-dien-goi-y">
          {fp.hint}{' '}
          <a href={PATHS.media} target="_blank" rel="noopener">
            {fp.openLibrary}
          </a>
        </p>
        <ul class="featured-choices">
          <li>
            <label>
              <input type="radio" name="featured_media_id" value="" checked={value === ''} />
              <span class="choice-name">{fp.none}</span>
            </label>
          </li>
          {choices.map((c) => (
            <li>
              <label>
                <input type="radio" name="featured_media_id" value={String(c.id)} checked={String(c.id) === value} />
                <img src={c.thumb} alt="" width={c.width} height={c.height} loading="lazy" />
                <span class="choice-name">{label(c)}</span>
              </label>
            </li>
          ))}
          <li class="featured-other">
            <label>
              <input type="radio" name="featured_media_id" value={OTHER_IMAGE} checked={other} />
              <span class="choice-name">{fp.other}</span>
            </label>
            <label for="anh-dai-dien-so" class="visually-hidden">
              {fp.other}
            </label>
            <input id="anh-dai-dien-so" name="featured_media_number" type="text" inputMode="numeric" maxLength={10} value={other ? value : ''} aria-invalid={error ? 'true' : undefined} />
          </li>
        </ul>
        {choices.length === 0 && <p>{fp.empty}</p>}
      </details>
    </fieldset>
  );
}
