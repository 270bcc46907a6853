/**
 * Every Word fixture read back against the blocks it was written from (fixtures/generated/docx/
 * manifest.json): each cell of each official table, values and labels, at the grid position and
 * with the spans of the official layout; the prose paragraph by paragraph; the declared title.
 * The files LibreOffice re-saved from them must read the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, type DocCell } from '../../../src/read/document-schema.js';
import { fixture } from '../../support/fixtures.js';
import { fixtureBytes, readOk } from './support.js';

interface BlockCell {
  row: number;
  col: number;
  text: string;
  role: string;
  key?: string;
}
interface BlockMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
type Block = { paragraph: string; style?: string } | { table: { id: string; width: number; height: number; cells: BlockCell[]; merges: BlockMerge[] } };
interface Spec {
  file: string;
  report: string;
  tablesLeftOut?: boolean;
  options?: Record<string, boolean>;
}

const manifest = JSON.parse(readFileSync(fixture('generated/docx/manifest.json'), 'utf8')) as {
  fixtures: Spec[];
  libreoffice: { file: string; from: string; as: string }[];
  blocks: Record<string, Block[]>;
};
const TEXT_BOX_TEXT = '附：本报告数据统计期限为1月1日至12月31日。';

const tableBlocks = (spec: Spec) => (spec.tablesLeftOut || spec.options?.pictures ? [] : manifest.blocks[spec.report]!.flatMap((b) => ('table' in b ? [b.table] : [])));
const paragraphsOf = (spec: Spec) => {
  const texts = manifest.blocks[spec.report]!.flatMap((b) => ('paragraph' in b ? [b.paragraph] : []));
  return spec.options?.textBox ? [...texts, TEXT_BOX_TEXT] : texts;
};

/** What a table block must read as: its cells with text, at their positions, spans where merged. */
function expectedCells(table: { cells: BlockCell[]; merges: BlockMerge[] }, number: number) {
  return table.cells
    .filter((c) => c.text !== '')
    .map((c) => {
      const m = table.merges.find((x) => x.top === c.row && x.left === c.col);
      return {
        row: c.row,
        col: c.col,
        ...(m && m.bottom > m.top ? { rowSpan: m.bottom - m.top + 1 } : {}),
        ...(m && m.right > m.left ? { colSpan: m.right - m.left + 1 } : {}),
        kind: 'text',
        text: c.text,
        source: { kind: 'docx', table: number, row: c.row, col: c.col },
      };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

function checkAgainstBlocks(document: Document, spec: Spec) {
  const tables = tableBlocks(spec);
  const outer = spec.options?.layoutTable ? 1 : 0;
  expect(Document.safeParse(document).success, 'the document model’s schema').toBe(true);
  expect(document.format).toBe('docx');
  expect(document.tables.map((t) => t.origin)).toEqual(Array.from({ length: tables.length + outer }, (_, i) => ({ kind: 'docx', table: i + 1 })));
  tables.forEach((table, i) => {
    const read = document.tables[i + outer]!;
    expect(read.cells, `${spec.file}: ${table.id}`).toEqual(expectedCells(table, i + 1 + outer));
  });
  const paragraphs = paragraphsOf(spec);
  if (outer) {
    // The report's paragraphs are text of the layout table's one cell, none of its tables' text is.
    expect(document.prose).toEqual([]);
    expect(document.tables[0]!.cells).toEqual([{ row: 1, col: 1, kind: 'text', text: paragraphs.join('\n'), source: { kind: 'docx', table: 1, row: 1, col: 1 } }]);
  } else {
    expect(document.prose).toEqual(paragraphs.map((text, i) => ({ text, source: { kind: 'docx', paragraph: i + 1 } })));
  }
  const title = manifest.blocks[spec.report]!.find((b) => 'paragraph' in b && b.style === 'title') as { paragraph: string };
  expect(document.declaredTitle).toBe(title.paragraph);
}

describe('the generated Word fixtures read as the blocks they were written from', () => {
  it.each(manifest.fixtures.map((s) => [s.file, s] as const))('%s', (_file, spec) => {
    checkAgainstBlocks(readOk(fixtureBytes(`generated/docx/${spec.file}`)), spec);
  });

  it('finds every value of 表三 at its place: 一、本年新收 自然人 of clean-2021 is 30 at row 4, column 4', () => {
    const document = readOk(fixtureBytes('generated/docx/clean-2021.docx'));
    const cell = document.tables[1]!.cells.find((c) => c.row === 4 && c.col === 4);
    expect(cell).toEqual({ row: 4, col: 4, kind: 'text', text: '30', source: { kind: 'docx', table: 2, row: 4, col: 4 } });
    // The header note spans three rows and three columns; the grid column after it is 4.
    expect(document.tables[1]!.cells[0]).toMatchObject({ row: 1, col: 1, rowSpan: 3, colSpan: 3 });
  });

  it('keeps the seed report’s text values whole, even split into runs', () => {
    for (const file of ['seed-jining-2020.docx', 'split-runs.docx', 'wps.docx']) {
      const texts = readOk(fixtureBytes(`generated/docx/${file}`)).tables[0]!.cells.map((c) => c.text);
      expect(texts, file).toContain('10000件以上');
      expect(texts, file).toContain('2108000元');
    }
  });

  it('finds no table where the tables are pictures, or where there are none', () => {
    for (const file of ['pictures.docx', 'no-tables.docx']) {
      const document = readOk(fixtureBytes(`generated/docx/${file}`));
      expect(document.tables, file).toEqual([]);
      expect(
        document.prose.map((p) => p.text),
        file,
      ).toContain('三、收到和处理政府信息公开申请情况');
    }
  });
});

describe('a Word document python-docx wrote (saved under an .xlsx name)', () => {
  it('reads its title paragraph, heading and the first rows of 表三', () => {
    const document = readOk(fixtureBytes('real/python-docx/report-renamed.xlsx'));
    expect(document.prose.map((p) => p.text)).toEqual(['济宁市人力资源和社会保障局2020年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况']);
    expect(document.tables).toHaveLength(1);
    const rows = [1, 2].map((r) => document.tables[0]!.cells.filter((c) => c.row === r).map((c) => c.text));
    expect(rows).toEqual([
      ['一、本年新收政府信息公开申请数量', '19', '0', '0', '0', '0', '2', '21'],
      ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'],
    ]);
  });
});

describe('the Word files LibreOffice wrote read as their sources', () => {
  const docx = manifest.libreoffice.filter((l) => l.as === 'docx');
  it.each(docx.map((l) => [l.file, l] as const))('%s', (file, l) => {
    const spec = manifest.fixtures.find((s) => s.file === l.from)!;
    checkAgainstBlocks(readOk(fixtureBytes(`real/libreoffice/${file}`)), spec);
  });

  it('LibreOffice splits runs where the script changes; the cells still read whole', () => {
    const document = readOk(fixtureBytes('real/libreoffice/seed-jining-2020.docx'));
    const values = document.tables[0]!.cells.filter((c: DocCell) => /\d/.test(c.text)).map((c) => c.text);
    expect(values).toContain('10000件以上');
    expect(document.prose[0]!.text).toBe('济宁市人力资源和社会保障局2020年政府信息公开工作年度报告');
  });
});
