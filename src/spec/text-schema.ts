import { z } from 'zod';

/** Text in both languages; messages are rendered late, in the language the user asked for. */
export const Text = z.object({ zh: z.string(), en: z.string() });
export type Text = z.infer<typeof Text>;
