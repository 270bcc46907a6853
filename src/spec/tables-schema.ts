import { z } from 'zod';
import { FORMAT_VERSIONS, TABLE_IDS } from './tables.js';

/**
 * The tables' identifiers as schemas, for the schemas of the data between the stages; the values
 * themselves are plain arrays in tables.ts, so that reading them loads no zod.
 */
export const FormatVersion = z.enum(FORMAT_VERSIONS);
export type FormatVersion = z.infer<typeof FormatVersion>;

export const TableId = z.enum(TABLE_IDS);
export type TableId = z.infer<typeof TableId>;
