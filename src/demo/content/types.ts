// Shapes of the demo content loaded on first start. Pure data: no logic here.

export interface DemoCategory {
  slug: string;
  name: string;
  description: string;
  parentSlug?: string;
}

export type DemoBlock =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  /** image: a key of DEMO_IMAGES */
  | { kind: 'figure'; image: string; caption: string; alt: string }
  | { kind: 'ul'; items: string[] };

export interface DemoArticle {
  slug: string;
  title: string;
  /** category slug */
  category: string;
  /** ISO UTC, e.g. 2023-12-07T09:30:00.000Z */
  publishedAt: string;
  summary: string;
  blocks: DemoBlock[];
  byline: string;
  featuredImage?: string;
  views: number;
}

export interface DemoPage {
  slug: string;
  title: string;
  parentSlug?: string;
  blocks: DemoBlock[];
}

export interface DemoImage {
  key: string;
  /** short text drawn on the placeholder */
  label: string;
  /** hex background */
  color: string;
}

export interface DemoSite {
  name: string;
  shortName: string;
  welcome: string;
  agency: string;
  responsible: string;
  address: string;
  phone: string;
  email: string;
  hosts: string[];
  visitBase: number;
  primaryColor: string;
}
