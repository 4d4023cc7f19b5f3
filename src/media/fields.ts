// The text fields of a media item (upload and edit forms, the JSON upload): their limits and rules.
import { z } from 'zod';
import type { FieldRule } from '../backoffice/form.js';
import { fieldsOf } from '../backoffice/form.js';
import type { Messages } from '../messages/index.js';
import { msg } from '../messages/index.js';

export const ALT_MAX = 250;
export const CAPTION_MAX = 500;

/** Alt text is required for images only, which is known after the file is read: service.ts checks it. */
export function mediaTextRules(t: Messages): Record<'alt' | 'caption', FieldRule> {
  return {
    alt: { label: t.media.alt, max: ALT_MAX },
    caption: { label: t.media.caption, max: CAPTION_MAX },
  };
}

/** The text fields of the upload and edit forms, read by their rules. */
export const mediaTextForm = z.object(fieldsOf(mediaTextRules(msg)));
