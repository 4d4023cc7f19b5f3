// Every interface string of the sign-in pages and the back office, in one catalogue: `msg`, built
// from one section per concept (strings/*.ts). An English catalogue of the same shape (`Messages`)
// can follow without touching a view. (`vi/` is the text module: NFC, folding, dates — not strings.)
import { common } from './strings/common.js';
import { articles } from './strings/articles.js';
import { pages } from './strings/pages.js';
import { media } from './strings/media.js';
import { accounts } from './strings/accounts.js';
import { settings } from './strings/settings.js';
import { revisions } from './strings/revisions.js';
import { editorText as editor } from './strings/editor.js';
import { documents } from './strings/documents.js';
import { citizen } from './strings/citizen.js';
import { calendar } from './strings/calendar.js';
import { questions } from './strings/questions.js';

export const msg = {
  ...common,
  articles,
  pages,
  media,
  accounts,
  settings,
  revisions,
  editor,
  documents,
  citizen,
  calendar,
  questions,
};

export type Messages = typeof msg;
