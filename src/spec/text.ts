import type { Text } from './text-schema.js';

export type { Text } from './text-schema.js';

/** The languages the checker speaks: Chinese first, English available. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export const pick = (text: Text, lang: Lang): string => text[lang];
