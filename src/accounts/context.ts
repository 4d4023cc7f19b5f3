// Who acts, for the audited services of accounts/ and of every module: declared here, below the
// back-office frame, which builds one per request (backoffice/guard.ts Staff).
import type { Role } from '../db/schema.js';

/**
 * Who acts, on which site, from where and when: what the back office's audited services take.
 * A back-office Staff is one; each service names the part it needs (`Pick<StaffContext, …>`).
 */
export interface StaffContext {
  siteId: number;
  userId: number;
  /** The same person with their role here, as the policy asks about them. */
  actor: { userId: number; role: Role };
  ip: string;
  /** Milliseconds since the epoch (the app's clock). */
  now: number;
}
