import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/node/check-file.js';
import { HAVE_REAL_REPORTS, NO_REAL_REPORTS, REAL_REPORTS, manifestValues, realReports } from './support/real-reports.js';

/** Formats whose reader is still to come: their reports are listed here until it lands. */
const NOT_YET_READ = new Set(['html']);

/**
 * The manifest lists what the numbers break (表三 and 表四 sums). A report's format findings are
 * its own: 洪泽区's hybrid (表二 in 2021 labels, one （六） row in 表三) gets F_VERSION, as a workbook
 * in that shape does.
 */
const ARITHMETIC = /^T[34]_/;
/** Reports whose manifest notes their hybrid format. */
const HYBRIDS = new Set(['hongze-2023.pdf', 'hongze-2024.pdf']);

/**
 * The real published reports (../shared/real-reports), each read as published: every number of
 * 表三 and 表四 exactly as read by hand into the manifest, and exactly the errors the manifest lists.
 */
describe.skipIf(!HAVE_REAL_REPORTS)('real published reports read to the numbers read by hand, with exactly their errors', () => {
  for (const report of realReports()) {
    const format = report.file.split('.').pop()!;
    it.skipIf(NOT_YET_READ.has(format))(`${report.file}: ${report.agency} ${report.year}`, async () => {
      const result = await checkFile(join(REAL_REPORTS, report.file), { withValues: true });
      expect(result.problem).toBeUndefined();
      expect(result).toMatchObject({ agency: report.agency, year: report.year });
      const read = Object.fromEntries(
        Object.keys(manifestValues(report)).map((key) => {
          const v = result.values?.[key];
          return [key, v === undefined ? 'missing' : v.status === 'number' ? v.value : v.status === 'blank' ? null : v.raw];
        }),
      );
      expect(read).toEqual(manifestValues(report));
      const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
      expect(errors.filter((rule) => ARITHMETIC.test(rule)).sort()).toEqual(report.violations.map((v) => v.rule).sort());
      expect([...new Set(errors.filter((rule) => !ARITHMETIC.test(rule)))]).toEqual(HYBRIDS.has(report.file) ? ['F_VERSION'] : []);
    });
  }
});

if (!HAVE_REAL_REPORTS) console.warn(NO_REAL_REPORTS);
