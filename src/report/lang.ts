export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

import type { Text } from '../rules/finding.js';

export const pick = (text: Text, lang: Lang): string => text[lang];
