// Demo content loaded on first start: sites, categories, articles, pages and placeholder images.
export type {
  DemoArticle,
  DemoBlock,
  DemoCategory,
  DemoImage,
  DemoPage,
  DemoSite,
} from './types.js';
export { DEMO_SITE, DEMO_SECOND_SITE, DEMO_SECOND_SITE_ARTICLES } from './site.js';
export { DEMO_CATEGORIES } from './categories.js';
export { REFERENCE_ARTICLE } from './reference-article.js';
export { DEMO_ARTICLES } from './articles.js';
export { DEMO_PAGES } from './pages.js';
export { DEMO_IMAGES } from './images.js';
