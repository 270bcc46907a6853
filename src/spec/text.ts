import { z } from 'zod';

/** The languages the checker speaks: Chinese first, English available. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Text in both languages; messages are rendered late, in the language the user asked for. */
export const Text = z.object({ zh: z.string(), en: z.string() });
export type Text = z.infer<typeof Text>;

export const pick = (text: Text, lang: Lang): string => text[lang];
