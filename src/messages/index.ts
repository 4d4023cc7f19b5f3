// Every interface string of the sign-in pages and the back office, in one catalogue: `vi`, built
// from one section per concept (vi/*.ts). An English catalogue of the same shape (`Messages`) can
// follow as en/*.ts without touching a view.
import { common } from './vi/common.js';

export const vi = {
  ...common,
};

export type Messages = typeof vi;
