/**
 * The specification as the library offers it (`spec` of xxgk-check/core): the tables as data, and the
 * schemas of their identifiers, which the checker itself keeps apart so that a check loads no zod.
 */
export * from './tables.js';
export { FormatVersion, TableId } from './tables-schema.js';
