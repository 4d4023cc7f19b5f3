// The portal's own pages (the home page, Sơ đồ cổng) as links of the menu editor's picker
// (registry/module.ts `linkTargets`).
import type { LinkChoice, LinkTargets } from '../registry/module.js';
import { msg } from '../messages/index.js';

const PORTAL_LINKS: LinkChoice[] = [
  ['/', msg.settings.menuHome],
  ['/so-do-cong', msg.settings.menuSiteMap],
];

export const portalLinkTargets: LinkTargets = {
  label: () => msg.settings.menuGroupPortal,
  order: 10,
  choices: async () => PORTAL_LINKS.map(([url, title]) => [url, title]),
  titleOf: async (_db, _siteId, _nowIso, url) => PORTAL_LINKS.find(([u]) => u === url)?.[1],
};
