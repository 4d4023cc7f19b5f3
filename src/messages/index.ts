// Every interface string of the sign-in pages and the back office, in one catalogue: `vi`, built
// from one section per concept (vi/*.ts). An English catalogue of the same shape (`Messages`) can
// follow as en/*.ts without touching a view.
import { common } from './vi/common.js';
import { articles } from './vi/articles.js';
import { media } from './vi/media.js';
import { accounts } from './vi/accounts.js';
import { settings } from './vi/settings.js';
import { revisions } from './vi/revisions.js';
import { editorText as editor } from './vi/editor.js';

export const vi = {
  ...common,
  articles,
  media,
  accounts,
  settings,
  revisions,
  editor,
};

export type Messages = typeof vi;
