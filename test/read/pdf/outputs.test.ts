import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/node/check-file.js';
import type { ReportContext } from '../../../src/report/context.js';
import { formatHtml } from '../../../src/report/html/html.js';
import { cli } from '../../support/cli.js';
import { countByRule, fixture } from '../../support/fixtures.js';
import { modelOf, valuesOf } from '../../support/pipeline.js';
import { tempDir } from '../../support/temp.js';
import { HAVE_REAL_REPORTS, REAL_REPORTS } from '../../support/real-reports.js';
import { parseReport } from '../../support/json.js';

const context: ReportContext = { lang: 'zh', tool: { name: 'xxgk-check', version: '0.0.0' }, chalk: new Chalk({ level: 0 }), uriOf: (p) => p };

describe('every output, batch, cross-year and sum work for PDFs', () => {
  it('a batch goes on past PDFs that cannot be checked, on worker threads, each file with its outcome', async () => {
    const files = [
      'real/libreoffice/report-2021.pdf',
      'generated/bad/pdf-stream-bomb.pdf',
      'real/libreoffice/scanned-2021.pdf',
      'generated/bad/pdf-deep.pdf',
      'real/libreoffice/clean-2019.pdf',
      'clean-2021.xlsx',
    ];
    const run = await cli(['--jobs', '2', '--format', 'json', ...files], { cwd: fixture('') });
    expect(run.code).toBe(2);
    const out = parseReport(run.stdout) as { files: { path: string; error?: { code: string }; findings: { rule: string }[] }[] };
    // report-2021.pdf and clean-2021.xlsx are one agency's one year: each is told of the other.
    expect(out.files.map((f) => [f.path, f.error?.code ?? f.findings.map((x) => x.rule).join()])).toEqual([
      ['real/libreoffice/report-2021.pdf', 'B_DUPLICATE'],
      ['generated/bad/pdf-stream-bomb.pdf', 'FILE_TOO_COMPLEX'],
      ['real/libreoffice/scanned-2021.pdf', 'FILE_PDF_NO_TEXT'],
      ['generated/bad/pdf-deep.pdf', 'FILE_TOO_COMPLEX'],
      ['real/libreoffice/clean-2019.pdf', ''],
      ['clean-2021.xlsx', 'B_DUPLICATE'],
    ]);
  });

  it('compares an agency’s years across PDFs as across workbooks (甲局’s 2022 does not carry over its 2021)', async () => {
    const pdf = parseReport((await cli(['--format', 'json', 'real/libreoffice/years-a-2021.pdf', 'real/libreoffice/years-a-2022.pdf'], { cwd: fixture('') })).stdout);
    const xlsx = parseReport((await cli(['--format', 'json', 'generated/years/a-2021.xlsx', 'generated/years/a-2022.xlsx'], { cwd: fixture('') })).stdout);
    expect(countByRule(pdf.files[1]!.findings)).toEqual({ XY_CARRY: 3, XY_T2_VALID: 2 });
    expect(pdf.files.map((f: { findings: { rule: string }[] }) => countByRule(f.findings))).toEqual(xlsx.files.map((f: { findings: { rule: string }[] }) => countByRule(f.findings)));
    // The earlier year's cell is named in its own file, on its page.
    const carry = pdf.files[1]!.findings.find((f: { rule: string }) => f.rule === 'XY_CARRY')!;
    expect(carry.cells[1]).toMatchObject({ file: 'real/libreoffice/years-a-2021.pdf', source: { kind: 'pdf', page: 2 } });
  });

  it('checks a region’s summary given as a PDF against its agencies’ PDFs, cell by cell', async () => {
    const run = await cli(['--format', 'json', 'real/libreoffice/region-agency-1.pdf', 'real/libreoffice/region-agency-2.pdf', '--summary', 'real/libreoffice/region-summary-bad.pdf'], {
      cwd: fixture(''),
    });
    const out = parseReport(run.stdout);
    expect(countByRule(out.files[2]!.findings)).toEqual({ AGG_SUM: 2 });
  });

  it('sums PDFs into the region’s workbook: the same numbers as summing the workbooks they were made from', async () => {
    const dir = tempDir('sum');
    const fromPdf = join(dir, 'pdf.xlsx');
    const fromXlsx = join(dir, 'xlsx.xlsx');
    expect((await cli(['sum', 'real/libreoffice/region-agency-1.pdf', 'real/libreoffice/region-agency-2.pdf', '-o', fromPdf, '--agency', '某某市'], { cwd: fixture('') })).code).toBe(0);
    expect((await cli(['sum', 'generated/region/agency-1.xlsx', 'generated/region/agency-2.xlsx', '-o', fromXlsx, '--agency', '某某市'], { cwd: fixture('') })).code).toBe(0);
    expect(valuesOf(await modelOf(fromPdf))).toEqual(valuesOf(await modelOf(fromXlsx)));
  });

  it.skipIf(!HAVE_REAL_REPORTS)('JSON carries each cell’s page and point, and its place in words', async () => {
    const run = await cli(['--format', 'json', join(REAL_REPORTS, 'hongze-2023.pdf')]);
    const file = parseReport(run.stdout).files[0]!;
    expect(file).toMatchObject({ format: 'pdf', agency: '淮安市洪泽区人民政府', year: 2023 });
    const rv = file.findings.find((f: { rule: string }) => f.rule === 'T4_SUM_RV')!;
    expect(rv.cells.map((c) => c.value)).toEqual([10, 1, 0, 0, 0]);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers any
    expect(rv.cells[0]).toMatchObject({ source: { kind: 'pdf', page: 4 }, where: expect.stringMatching(/^第 4 页上起 \d+ 毫米、左起 \d+ 毫米处$/) });
  });

  it.skipIf(!HAVE_REAL_REPORTS)('the HTML page draws 表四 read from a PDF with the cells of its two errors marked', async () => {
    const result = await checkFile(join(REAL_REPORTS, 'hongze-2023.pdf'), { withValues: true });
    const page = formatHtml([result], context);
    const marked = [...page.matchAll(/<td id="[^"]*" class="([^"]*)" data-key="(t4\.[^"]*)"/g)].filter((m) => m[1]!.includes('error')).map((m) => m[2]);
    expect(marked.sort()).toEqual(
      [
        'review.upheld',
        'review.corrected',
        'review.other',
        'review.pending',
        'review.total',
        'suitAfterReview.upheld',
        'suitAfterReview.corrected',
        'suitAfterReview.other',
        'suitAfterReview.pending',
        'suitAfterReview.total',
      ]
        .map((k) => `t4.${k}`)
        .sort(),
    );
  });
});
