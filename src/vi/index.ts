/** Vietnamese text, dates (ICT) and legacy-encoding helpers for Loa. */
export * from './text.js';
export * from './dates.js';
export * from './legacy.js';
