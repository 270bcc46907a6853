import { z } from 'zod';
import { ReadLimits } from '../read/limits-schema.js';
import { FormatVersion } from '../spec/tables-schema.js';

export const RuleSetting = z.enum(['error', 'warning', 'off']);
export type RuleSetting = z.infer<typeof RuleSetting>;

/**
 * xxgk-check.config.json. Every key is optional; command-line options win over it.
 * The JSON schema for editors (schema/xxgk-check.config.schema.json) is generated from this.
 */
export const Config = z
  .strictObject({
    $schema: z.string().optional(),
    rules: z.record(z.string(), RuleSetting).optional().describe('Severity per rule id: "error", "warning" or "off" (xxgk-check rules lists the ids).'),
    lang: z.enum(['zh', 'en']).optional().describe('Language of messages.'),
    formatVersion: FormatVersion.optional().describe('The format every workbook must use; another is an F_VERSION error.'),
    year: z.number().int().min(2019).max(2100).optional().describe('The report year every workbook must state; another is an F_VERSION error.'),
    maxWarnings: z.number().int().min(0).optional().describe('Exit 1 when there are more warnings than this.'),
    failOnMissing: z.boolean().optional().describe('With --units: exit 1 when a listed unit sent nothing (as --fail-on-missing).'),
    limits: ReadLimits.partial().strict().optional().describe('What a file may cost before it is refused unread.'),
  })
  .describe('Configuration of xxgk-check');
export type Config = z.infer<typeof Config>;
