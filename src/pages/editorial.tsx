// Static pages as an editorial kind (registry/editorial.ts): the shared back office (editorial/)
// gives them their tree with "Lên"/"Xuống", the editor with a parent, a position and a language,
// the workflow, revisions, preview and the trash — with no code of their own for any of those.
import type { EditorialKind } from '../registry/editorial.js';
import { PAGE_KIND, pageUrl } from './queries.js';
import { previewStaticPage } from './routes.js';

export const pageKind: EditorialKind = {
  kind: PAGE_KIND,
  base: '/quan-tri/trang',
  navKey: 'pages',
  strings: (t) => t.pages,
  // English pages (part 7) are written in English: the page says so to browsers and screen readers.
  fields: { tree: true, langs: ['vi', 'en'] },
  publicUrl: pageUrl,
  preview: previewStaticPage,
};
