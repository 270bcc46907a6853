import type { JsonReport } from '../../src/report/json-schema.js';

/**
 * JSON text parsed and typed as the caller says it is. JSON.parse gives `any`, through which a test
 * could read anything unchecked; with a type, what the test reads is what the document has. The
 * parse itself is JSON.parse's: nothing is stripped or reordered, so the test sees the text as written.
 */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** The document `--format json` writes (src/report/json-schema.ts). */
export const parseReport = (text: string): JsonReport => parseJson<JsonReport>(text);

/** As much of a SARIF 2.1.0 log (src/report/sarif.ts) as the tests read. */
export interface SarifLog {
  version: string;
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: { rules: ({ id: string } & Record<string, unknown>)[] } };
  results: SarifResult[];
  invocations: Record<string, unknown>[];
  artifacts: { location: { uri: string } }[];
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
  logicalLocations: { name: string }[];
}

export interface SarifResult {
  ruleId: string;
  message?: { text: string };
  locations: SarifLocation[];
  relatedLocations: SarifLocation[];
  properties: Record<string, unknown>;
}
