import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/node/check-file.js';
import type { FileResult } from '../src/result.js';
import { fixture } from './support/fixtures.js';
import { HAVE_REAL_REPORTS, NO_REAL_REPORTS, REAL_REPORTS, manifestValues, realReports, type RealReport } from './support/real-reports.js';

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
    it(`${report.file}: ${report.agency} ${report.year}`, async () => {
      expectAsRead(await checkFile(join(REAL_REPORTS, report.file), { withValues: true }), report);
    });
  }
});

/** The real pages as a clerk pastes them into a workbook (LibreOffice's import, committed as made): the same numbers, no other error. */
const PASTED: Record<string, string> = {
  'jining-renshe-2020.txt': 'real/libreoffice/pasted-jining-renshe-2020.xlsx',
  'shuyang-fagaiju-2023.html': 'real/libreoffice/pasted-shuyang-fagaiju-2023.xlsx',
};

describe.skipIf(!HAVE_REAL_REPORTS)('real pages pasted into a workbook read to the same numbers, with no structure error', () => {
  for (const report of realReports().filter((r) => PASTED[r.file])) {
    it(`${PASTED[report.file]}`, async () => {
      expectAsRead(await checkFile(fixture(PASTED[report.file]!), { withValues: true }), report);
    });
  }
});

/** Every hand-read number of 表三 and 表四 read exactly, and exactly the manifest's errors. */
function expectAsRead(result: FileResult, report: RealReport) {
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
}

if (!HAVE_REAL_REPORTS) console.warn(NO_REAL_REPORTS);
