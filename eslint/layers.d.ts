// Types of eslint/layers.js for the TypeScript that tests it (test/layers.test.ts).
import type { ESLint } from 'eslint';

export function entryOf(srcDir: string, file: string): string | undefined;
export function ranks(layers: Record<string, string[]>): Map<string, { rank: number; layer: string }>;
export function breach(order: Map<string, { rank: number; layer: string }>, from: string, to: string): string | undefined;

declare const plugin: ESLint.Plugin & { rules: { layers: NonNullable<ESLint.Plugin['rules']>[string] } };
export default plugin;
