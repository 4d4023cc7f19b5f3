// The list of modules: what the app serves, the back office shows in its navigation, and the policy
// knows. Adding a kind of content adds its folder and one line here.
import type { LoaModule } from './registry/module.js';
import { portalModule } from './portal/module.js';
import { articlesModule } from './articles/module.js';
import { pagesModule } from './pages/module.js';
import { editorialModule } from './editorial/module.js';
import { categoriesModule } from './categories/module.js';
import { mediaModule } from './media/module.js';
import { revisionsModule } from './revisions/module.js';
import { searchModule } from './search/module.js';
import { feedsModule } from './feeds/module.js';
import { sitemapsModule } from './sitemaps/module.js';
import { apiModule } from './api/module.js';
import { staffModule } from './staff/module.js';
import { settingsModule } from './settings/module.js';
import { documentsModule } from './documents/module.js';
import { calendarModule } from './calendar/module.js';
import { questionsModule } from './questions/module.js';

export const MODULES: readonly LoaModule[] = [
  portalModule,
  // First of the back office's home: what an editor returned to this person, of every kind.
  editorialModule,
  articlesModule,
  pagesModule,
  categoriesModule,
  mediaModule,
  revisionsModule,
  searchModule,
  feedsModule,
  sitemapsModule,
  apiModule,
  staffModule,
  settingsModule,
  documentsModule,
  calendarModule,
  questionsModule,
];
