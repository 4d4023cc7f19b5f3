// Table types for Kysely. Timestamps are ISO-8601 UTC strings ("2023-12-07T09:00:00.000Z") in both
// databases: they sort and compare as text, and read back identically from SQLite and PostgreSQL.
// Booleans are integers 0/1 in both.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface SitesTable {
  id: Generated<number>;
  name: string;
  short_name: string;
  welcome: string;
  agency: string;
  responsible: string;
  address: string;
  phone: string;
  email: string;
  footer_note: string;
  primary_color: string;
  visit_base: number;
  is_default: number;
  lang: string;
  /** Roles that must sign in with a second factor, comma-separated ("admin,editor"). */
  totp_roles: Generated<string>;
  /** Bumped whenever the site's public content changes; every instance drops its cached pages. */
  content_version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SiteHostsTable {
  host: string;
  site_id: number;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  display_name: string;
  email: string;
  totp_secret: string | null;
  /** 1 once the user confirmed a code from their authenticator app. */
  totp_enabled: Generated<number>;
  /** The last 30-second step whose code was accepted: a code is never accepted twice. */
  totp_last_step: Generated<number>;
  /** 1 after an administrator's reset: the next sign-in must choose a new password. */
  must_change_password: Generated<number>;
  disabled: number;
  created_at: string;
  updated_at: string;
}

/** A role on one site. Văn thư (clerk) registers documents; Cán bộ tiếp nhận (handler) handles
 *  citizens' questions and moderates comments; neither writes or approves articles. */
export type Role = 'admin' | 'editor' | 'reporter' | 'clerk' | 'handler';

export interface SiteMembershipsTable {
  user_id: number;
  site_id: number;
  role: Role;
  created_at: string;
}

export interface CategoriesTable {
  id: Generated<number>;
  site_id: number;
  parent_id: number | null;
  slug: string;
  name: string;
  description: string;
  position: number;
  created_at: string;
}

export type ArticleStatus = 'draft' | 'submitted' | 'scheduled' | 'published' | 'unpublished';

/**
 * Every editorial item, of every kind (registry/editorial.ts EditorialKind): articles, static pages…,
 * like WordPress's posts with a post type. The table keeps its first name.
 */
export interface ArticlesTable {
  id: Generated<number>;
  site_id: number;
  /** The item's kind: 'article', 'page'… Slugs are unique per (site, kind). */
  kind: Generated<string>;
  /** The item it is filed under (a page's parent: the same table, the same kind), or null. */
  parent_id: Generated<number | null>;
  /** Its place among its siblings (lower first, then id). */
  position: Generated<number>;
  /** Its language ('vi', 'en'); the site's unless chosen. */
  lang: Generated<string>;
  category_id: number | null;
  slug: string;
  title: string;
  /** The title folded (vi.foldLower), for the back office's filter: articles/titles.ts. */
  title_folded: string;
  summary: string;
  body_html: string;
  byline: string;
  author_id: number | null;
  featured_media_id: number | null;
  status: ArticleStatus;
  published_at: string | null;
  /** 1 while published_at was last chosen by someone who may not backdate (a reporter): it does
   *  not survive publication once passed (accounts/policy.publicationTimeOnPublish). */
  published_at_by_reporter: Generated<number>;
  created_at: string;
  updated_at: string;
  view_count: number;
  rating_sum: number;
  rating_count: number;
  /** An editor's comment when a submission is returned. */
  review_comment: Generated<string>;
  /** Set while the article is in the trash (articles/trash.ts): when it was deleted, and by whom. */
  deleted_at: Generated<string | null>;
  deleted_by: Generated<number | null>;
}

export interface MediaTable {
  id: Generated<number>;
  site_id: number;
  kind: 'image' | 'file';
  storage_key: string;
  mime: string;
  width: number | null;
  height: number | null;
  bytes: number;
  /** Widths of the WebP variants made for an image, comma-separated ("480,960,1600"). */
  variants: string;
  /** Widths of the AVIF variants, when AVIF paid (smaller than the WebP). */
  avif_variants: Generated<string>;
  /** SHA-256 of the uploaded bytes (hex): the same file uploaded twice is one item. */
  sha256: Generated<string>;
  /** Folded name, alt and caption for the library's search. */
  search_text: Generated<string>;
  alt: string;
  caption: string;
  original_name: string;
  created_by: number | null;
  created_at: string;
}

export interface MenuItemsTable {
  id: Generated<number>;
  site_id: number;
  parent_id: number | null;
  label: string;
  url: string;
  position: number;
}

export interface SiteDailyVisitsTable {
  site_id: number;
  day: string; // YYYY-MM-DD in Asia/Ho_Chi_Minh
  visits: number;
}

export interface VisitorPresenceTable {
  site_id: number;
  visitor: string; // salted hash, never the address itself
  last_seen: string;
}

export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

export interface ArticleRatingsTable {
  id: Generated<number>;
  article_id: number;
  reader: string;
  net_hash: string | null;
  score: number;
  created_at: string;
  updated_at: string;
}

export interface BeaconLoadsTable {
  id: string;
  seen_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
  totp_pending: number;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  ip: string;
  success: number;
  at: string;
}

/** One row per address (`ip:…`) and per account (`user:…`) that tried to sign in; locked to reserve an attempt. */
export interface SigninGatesTable {
  key: string;
  at: string;
}

/** An admitted submission of a citizen form (citizen/guard.ts): hashes only, pruned after a day. */
export interface CitizenSubmissionsTable {
  id: Generated<number>;
  site_id: number;
  form: string;
  address_hash: string;
  text_hash: string;
  at: string;
}

/** One row per (site, citizen form), written first by every check so that concurrent ones take turns. */
export interface CitizenGatesTable {
  site_id: number;
  form: string;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  site_id: number | null;
  user_id: number | null;
  action: string;
  subject_type: string;
  subject_id: number | null;
  /** JSON */
  detail: string;
  ip: string;
  at: string;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  user_id: number | null;
  title: string;
  summary: string;
  body_html: string;
  byline: Generated<string>;
  /** 'save' (every save), 'autosave' (one per article and user, replaced), 'restore'. */
  kind: Generated<string>;
  created_at: string;
}

export interface TagsTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  name: string;
}

/** The key of a new article's form → the draft its first save made (articles/backoffice-service.ts). */
export interface ArticleFormKeysTable {
  form_key: string;
  site_id: number;
  article_id: number;
  created_at: string;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
}

export interface RecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  /** SHA-256 of the code (codes are long random strings, so a fast hash is enough). */
  code_hash: string;
  used_at: string | null;
}

/** One public document (an article, a static page…) in the search index (search/index.ts). */
export interface SearchDocsTable {
  /** Larger for a newer publication (search/index.ts docId). */
  id: number;
  site_id: number;
  /** The kind a module declares (registry/sources.ts SearchSource): 'article', 'page'… */
  kind: string;
  ref_id: number;
  category_id: number | null;
  slug: string;
  /** ISO UTC; null for an undated document (a static page). */
  published_at: string | null;
  /** As written (NFC). */
  title: string;
  /** The title's folded words (vi.foldLower), in order, one space between. */
  title_folded: string;
  /** The title's pairs of neighbouring folded words ("dan_van"). */
  title_pairs: string;
  /** Summary and body as plain text (NFC), for the snippet. */
  body_text: string;
  /** The different folded words of the summary, body, byline and category name. */
  words: string;
  /** Their different pairs of neighbouring words. */
  pairs: string;
  /** The different accented words of the title and the rest, as written in lower case. */
  marks: string;
}

/** Every folded word indexed so far (for the last word of a query, which may be the start of one). */
export interface SearchWordsTable {
  word: string;
}

/** A site's vocabulary for the search suggestion (search/suggest.ts): a folded word, one form it
 *  was written in (lower case, accents kept), and how many indexed documents hold that form. */
export interface SearchVocabularyTable {
  site_id: number;
  word: string;
  form: string;
  docs: number;
}

/** Sites whose search index is built again at the next start (after a change of its layout). */
export interface SearchRebuildTable {
  site_id: number;
}

// ---- Văn bản (src/documents/) ---------------------------------------------------------------

export interface DocumentTypesTable {
  id: Generated<number>;
  site_id: number;
  name: string;
  /** Its abbreviation in a number ("QĐ"); '' for a công văn. */
  abbreviation: string;
  position: number;
}

export interface DocumentIssuersTable {
  id: Generated<number>;
  site_id: number;
  name: string;
  abbreviation: string;
  position: number;
}

export interface DocumentFieldsTable {
  id: Generated<number>;
  site_id: number;
  parent_id: number | null;
  name: string;
  slug: string;
  position: number;
}

export type DocumentStatus = 'draft' | 'published';

export interface DocumentsTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  type_id: number;
  issuer_id: number;
  number_text: string;
  number: number;
  issue_year: number;
  signer_name: string;
  signer_position: string;
  signer_folded: string;
  /** 'YYYY-MM-DD' */
  issued_on: string;
  effective_on: string | null;
  expires_on: string | null;
  summary: string;
  text_folded: string;
  body_html: string;
  status: DocumentStatus;
  published_at: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentFieldLinksTable {
  document_id: number;
  field_id: number;
}

export interface DocumentFilesTable {
  id: Generated<number>;
  site_id: number;
  document_id: number;
  title: string;
  file_name: string;
  mime: string;
  ext: string;
  size: number;
  storage_key: string;
  sha256: string;
  position: number;
  created_at: string;
}

export type DocumentRelation = 'replaces' | 'amends' | 'supplements' | 'guides' | 'related';

export interface DocumentRelationsTable {
  id: Generated<number>;
  site_id: number;
  from_id: number;
  to_id: number;
  relation: DocumentRelation;
}

/** A day a decision makes off or working (calendar/): installation-wide when site_id is null. */
export interface CalendarDaysTable {
  id: Generated<number>;
  site_id: number | null;
  /** YYYY-MM-DD. */
  day: string;
  working: number;
  note: string;
  created_by: number | null;
  created_at: string;
}

/** A site's deadline length in working days (15 when it has no row). */
export interface CalendarSitesTable {
  site_id: number;
  deadline_days: number;
  updated_at: string;
}

export type QuestionStatus = 'new' | 'accepted' | 'processing' | 'waiting' | 'answered' | 'published' | 'refused';

/** A citizen's question, handled as a case (questions/). */
export interface QuestionCasesTable {
  id: Generated<number>;
  /** The site handling it now (forwarding changes it). */
  site_id: number;
  origin_site_id: number;
  /** The tracking code, 8 characters without the dash; unique in the installation. */
  code: string;
  status: QuestionStatus;
  name: string;
  email: string;
  phone: string;
  address: string;
  topic: string;
  title: string;
  body: string;
  submitted_at: string;
  /** When the handling site received it (the day after starts the count). */
  received_at: string;
  received_day: string;
  /** YYYY-MM-DD, or null while the clock is stopped. */
  due_day: string | null;
  deadline_days: number;
  /** JSON: [{ from, to? }] — the waits for the citizen. */
  stops: string;
  assignee_id: number | null;
  refusal_reason: string;
  answer_html: string;
  answered_at: string | null;
  answered_by: number | null;
  public_title: string;
  public_body: string;
  published_at: string | null;
  updated_at: string;
}

export interface QuestionEventsTable {
  id: Generated<number>;
  case_id: number;
  site_id: number;
  user_id: number | null;
  action: string;
  from_status: string;
  to_status: string;
  note: string;
  at: string;
}

export interface QuestionFilesTable {
  id: Generated<number>;
  case_id: number;
  /** 'question' (the citizen's) or 'answer' (public once the answer is). */
  part: 'question' | 'answer';
  name: string;
  mime: string;
  bytes: number;
  data: Buffer;
  created_at: string;
}

export interface QuestionTopicsTable {
  id: Generated<number>;
  site_id: number;
  name: string;
  position: number;
}

/** A tracking-page lookup not (yet) found: the brute-force limit counts them. */
export interface QuestionLookupsTable {
  id: Generated<number>;
  site_id: number;
  ip: string;
  at: string;
}

export interface Database {
  calendar_days: CalendarDaysTable;
  calendar_sites: CalendarSitesTable;
  question_cases: QuestionCasesTable;
  question_events: QuestionEventsTable;
  question_files: QuestionFilesTable;
  question_topics: QuestionTopicsTable;
  question_lookups: QuestionLookupsTable;
  search_docs: SearchDocsTable;
  search_words: SearchWordsTable;
  search_vocabulary: SearchVocabularyTable;
  search_rebuild: SearchRebuildTable;
  tags: TagsTable;
  article_tags: ArticleTagsTable;
  article_form_keys: ArticleFormKeysTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  signin_gates: SigninGatesTable;
  citizen_submissions: CitizenSubmissionsTable;
  citizen_gates: CitizenGatesTable;
  audit_log: AuditLogTable;
  article_revisions: ArticleRevisionsTable;
  app_secrets: AppSecretsTable;
  article_ratings: ArticleRatingsTable;
  beacon_loads: BeaconLoadsTable;
  sites: SitesTable;
  site_hosts: SiteHostsTable;
  users: UsersTable;
  site_memberships: SiteMembershipsTable;
  categories: CategoriesTable;
  articles: ArticlesTable;
  media: MediaTable;
  menu_items: MenuItemsTable;
  site_daily_visits: SiteDailyVisitsTable;
  visitor_presence: VisitorPresenceTable;
  document_types: DocumentTypesTable;
  document_issuers: DocumentIssuersTable;
  document_fields: DocumentFieldsTable;
  documents: DocumentsTable;
  document_field_links: DocumentFieldLinksTable;
  document_files: DocumentFilesTable;
  document_relations: DocumentRelationsTable;
}

export type SiteRow = Selectable<SitesTable>;
export type NewSite = Insertable<SitesTable>;
export type SiteUpdate = Updateable<SitesTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
/** An editorial item of any kind (a row of `articles`). */
export type ItemRow = ArticleRow;
export type MediaRow = Selectable<MediaTable>;
export type MenuItemRow = Selectable<MenuItemsTable>;
export type UserRow = Selectable<UsersTable>;
