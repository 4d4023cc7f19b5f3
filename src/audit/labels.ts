// Readable names of the audit log's actions: the catalogue's (messages/strings/settings.ts) and those
// each module declares (registry/module.ts `auditLabels`). An unknown code is shown as it is.
import type { Messages } from '../messages/index.js';

const DECLARED = new Map<string, string>();

export function registerAuditLabels(labels: Record<string, string>): void {
  for (const [code, label] of Object.entries(labels)) DECLARED.set(code, label);
}

export function actionLabel(t: Messages, code: string): string {
  return t.settings.actions[code] ?? DECLARED.get(code) ?? code;
}

/** Every action code with a label, for the log's filter. */
export function labelledActions(t: Messages): string[] {
  return [...new Set([...Object.keys(t.settings.actions), ...DECLARED.keys()])];
}
