// The back office's navigation is the modules' (registry/module.ts `nav`); the frame shows it
// (layout.tsx), so the shape of an entry is the frame's.

/** An entry of the back office's navigation. */
export interface NavEntry {
  /** Unique among all modules; a page names it as `current` to be marked in the navigation. */
  key: string;
  label: string;
  href: string;
  /** Position: lower first (the home page is 0, one's own account 1000). */
  order: number;
  /** Shown only to whom the policy allows this site-level action; everyone with a role otherwise. */
  needs?: string;
  /** Shows the page's `waiting` figure beside the label (the review queue). */
  badge?: boolean;
}
