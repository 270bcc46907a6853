import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocTable } from '../../../src/read/document.js';
import { ROOT } from '../../support/fixtures.js';
import { readPage, textsOf } from './read.js';
import { parseJson } from '../../support/json.js';

/**
 * The real published page of 沭阳县发展和改革局's 2023 report (a saved CMS page around Word-made
 * HTML), used in place from ../shared/real-reports: its 表三 and 表四 must hold exactly the numbers
 * read from it by hand (manifest.json there). Skipped, saying why, where that folder is absent.
 */
const REAL = join(ROOT, '..', 'shared', 'real-reports');
const FILE = 'shuyang-fagaiju-2023.html';
const present = existsSync(join(REAL, FILE));
if (!present) console.log(`real-page: skipped, ${join(REAL, FILE)} is not there (the shared real reports are not checked out beside the project)`);

interface ManifestFile {
  file: string;
  table3: { columns: string[]; rows: Record<string, (number | null)[]> };
  table4: { values: number[] };
}

describe.skipIf(!present)('the real page of 沭阳县发展和改革局, 2023', () => {
  const bytes = present ? new Uint8Array(readFileSync(join(REAL, FILE))) : new Uint8Array();
  const expected = (present ? parseJson<{ files: ManifestFile[] }>(readFileSync(join(REAL, 'manifest.json'), 'utf8')).files.find((f) => f.file === FILE) : undefined)!;
  const doc = present ? readPage(bytes) : undefined;
  const at = (table: DocTable, row: number, col: number) => table.cells.find((c) => c.row === row && c.col === col)?.text;

  it('has in 表三 exactly the numbers read by hand, row by row, its blank 法人 cells absent', () => {
    // 表三 is the table whose first column holds its row labels; its value columns are under 申请人情况.
    const t3 = doc!.tables.find((t) => t.cells.some((c) => c.col === 1 && c.text === '一、本年新收政府信息公开申请数量'))!;
    const first = t3.cells.find((c) => c.col === 1 && c.text === '一、本年新收政府信息公开申请数量')!;
    const applicants = t3.cells.find((c) => c.text === '申请人情况')!;
    expect(applicants.colSpan).toBe(expected.table3.columns.length);
    const rows = Object.values(expected.table3.rows);
    const read = rows.map((_, i) => expected.table3.columns.map((_, j) => at(t3, first.row + i, applicants.col + j)));
    expect(read).toEqual(rows.map((row) => row.map((v) => (v === null ? undefined : String(v)))));
    expect(Math.max(...t3.cells.map((c) => c.row))).toBe(first.row + rows.length - 1);
  });

  it('has in 表四 exactly the fifteen numbers read by hand, in its last row', () => {
    const t4 = doc!.tables.find((t) => t.cells.some((c) => c.text === '行政复议'))!;
    const last = Math.max(...t4.cells.map((c) => c.row));
    expect(Array.from({ length: 15 }, (_, i) => at(t4, last, i + 1))).toEqual(expected.table4.values.map(String));
  });

  it('reads labels split over spans and paragraphs as a browser shows them', () => {
    const t3 = doc!.tables.find((t) => t.cells.some((c) => c.text === '申请人情况'))!;
    expect(t3.cells.find((c) => c.text.startsWith('三、本年度办理结果'))).toMatchObject({ rowSpan: 22, col: 1 });
    expect(t3.cells.map((c) => c.text)).toEqual(expect.arrayContaining(['自然人', '总计', '商业\n企业', '科研\n机构', '其他']));
  });

  it('finds the report’s own title and sections in the prose, the <title> as declared title, no page chrome', () => {
    expect(doc!.declaredTitle).toBe('沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局');
    const prose = textsOf(doc!);
    expect(prose).toEqual(expect.arrayContaining(['沭阳县发展和改革局2023年政府信息公开年度报告', '一、总体情况', '六、其他需要报告的事项', '2023年度，县发展和改革局政府信息公开未发生收费情况。']));
    expect(prose.filter((t) => /首页|走进沭阳|政务服务|来源：http/.test(t))).toEqual([]);
  });
});
