import type { Plugin } from 'esbuild';

export function isLexicon(obj: unknown): boolean;
export function compactLexiconModule(obj: Record<string, number>): string;
export function compactLexiconPlugin(filter: RegExp): Plugin;
