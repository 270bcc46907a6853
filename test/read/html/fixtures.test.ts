import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedCellText, type Block, type HtmlOptions } from '../../../scripts/lib/write-html.js';
import type { DocTable, Document } from '../../../src/read/document.js';
import { fixture, ROOT } from '../../support/fixtures.js';
import { readPage, textsOf } from './read.js';
import { tempDir } from '../../support/temp.js';
import { parseJson } from '../../support/json.js';

/**
 * Every web page fixture read back: each cell of the report's tables at the grid position, with
 * the spans and the source, the blocks it was written from say (fixtures/generated/html/manifest.json,
 * made with the pages by scripts/build-html-fixtures.js); the report's paragraphs in the prose, in
 * order; no other year's report named in the prose.
 */
interface ManifestPage {
  file: string;
  report?: string;
  options: HtmlOptions;
  tables: Record<string, number>;
}
interface TableBlock {
  table: { id: string; width: number; height: number; cells: { row: number; col: number; text: string; role: string }[]; merges: { top: number; left: number; bottom: number; right: number }[] };
}
const MANIFEST = parseJson<{ pages: ManifestPage[]; blocks: Record<string, Block[]> }>(readFileSync(fixture('generated/html/manifest.json'), 'utf8'));
const REPORTS = MANIFEST.pages.filter((p) => p.report);
const tableBlocks = (report: string) => MANIFEST.blocks[report]!.filter((b): b is TableBlock => 'table' in b);
const paragraphs = (report: string) => MANIFEST.blocks[report]!.flatMap((b) => ('paragraph' in b ? [b.paragraph] : []));
const read = (file: string) => readPage(readFileSync(fixture(file)));

type Shape = { row: number; col: number; rowSpan?: number; colSpan?: number; text: string };

/** The cells a block table should read as, placed at (top, left), with a reader's view of each text. */
function expectedCells(block: TableBlock, textOf: (cell: TableBlock['table']['cells'][number]) => string, top = 1, left = 1): Shape[] {
  return block.table.cells
    .filter((c) => c.text !== '')
    .map((c) => {
      const merge = block.table.merges.find((m) => m.top === c.row && m.left === c.col);
      const rowSpan = merge ? merge.bottom - merge.top + 1 : 1;
      const colSpan = merge ? merge.right - merge.left + 1 : 1;
      return { row: top + c.row - 1, col: left + c.col - 1, ...(rowSpan > 1 ? { rowSpan } : {}), ...(colSpan > 1 ? { colSpan } : {}), text: textOf(c) };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

const shapes = (table: DocTable | undefined): Shape[] =>
  (table?.cells ?? []).map(({ row, col, rowSpan, colSpan, text }) => ({ row, col, ...(rowSpan ? { rowSpan } : {}), ...(colSpan ? { colSpan } : {}), text }));

/** The report's tables, each where the manifest says, cell for cell. */
function expectTables(doc: Document, page: ManifestPage, textOf = (c: TableBlock['table']['cells'][number]) => expectedCellText(c, page.options)) {
  for (const block of tableBlocks(page.report!)) {
    const n = page.tables[block.table.id]!;
    const table = doc.tables[n - 1];
    expect(table?.origin, `${block.table.id} is table ${n}`).toEqual({ kind: 'html', table: n });
    expect(shapes(table), `${page.file} ${block.table.id}`).toEqual(expectedCells(block, textOf));
    for (const cell of table!.cells) expect(cell.source).toEqual({ kind: 'html', table: n, row: cell.row, col: cell.col });
  }
}

/** The report's paragraphs, in order, among the prose; and no other year's report named there. */
function expectProse(doc: Document, report: string) {
  const prose = textsOf(doc);
  let at = -1;
  for (const text of paragraphs(report)) {
    const found = prose.indexOf(text, at + 1);
    expect(found, `「${text}」 after paragraph ${at + 1}`).toBeGreaterThan(at);
    at = found;
  }
  const year = /(\d{4})年政府信息公开/.exec(paragraphs(report)[0]!)![1];
  for (const text of prose) for (const named of text.matchAll(/(\d{4})年政府信息公开工作年度报告/g)) expect(named[1], text).toBe(year);
  expect(doc.prose.map((p) => p.source)).toEqual(prose.map((_, i) => ({ kind: 'html', paragraph: i + 1 })));
}

describe.each(REPORTS)('the generated page $file', (page) => {
  const doc = read(`generated/html/${page.file}`);
  const title = paragraphs(page.report!)[0]!;

  if (page.options.imageTables) {
    it('has no table but the layout one (its tables are pictures), and all its prose', () => {
      expect(doc.tables).toHaveLength(1);
      expectProse(doc, page.report!);
    });
    return;
  }

  it('holds every cell of 表二, 表三 and 表四 at its place, with its spans and its source', () => {
    expectTables(doc, page);
    expect(doc.tables).toHaveLength(Object.keys(page.tables).length + (page.options.cms ? 1 : 0));
  });

  it('has the report’s paragraphs in order, no other year’s report in the prose, and its title', () => {
    expectProse(doc, page.report!);
    expect(doc.declaredTitle).toBe(page.options.cms ? `${title}_某某市人民政府` : title);
  });

  if (page.options.word) {
    it('leaves out Word’s hidden text', () => {
      expect(JSON.stringify(doc)).not.toContain('99');
      expect(JSON.stringify(doc)).not.toContain('起草说明');
    });
  }
});

describe('pages that are no report', () => {
  it('a news page of the same site: only its layout table, its article in the prose, no report named', () => {
    const doc = read('generated/html/news.html');
    expect(doc.tables).toHaveLength(1);
    const prose = textsOf(doc);
    expect(prose).toContain('某某市召开2023年政务公开工作推进会');
    expect(prose.filter((t) => /\d{4}年政府信息公开工作年度报告/.test(t))).toEqual([]);
  });

  it('a page whose one table is unrelated: read as it is', () => {
    const doc = read('generated/html/unrelated-table.html');
    expect(shapes(doc.tables[0]).map((c) => `${c.row},${c.col}: ${c.text}`)).toEqual([
      '1,1: 部门',
      '1,2: 电话',
      '1,3: 地址',
      '2,1: 办公室',
      '2,2: 0537-1234567',
      '2,3: 某某路1号',
      '3,1: 政务公开科',
      '3,2: 0537-7654321',
      '3,3: 某某路1号',
    ]);
  });
});

describe('pages real software wrote (fixtures/real)', () => {
  const byFile = (file: string) => MANIFEST.pages.find((p) => p.file === file)!;

  it('LibreOffice Calc’s web page of the workbook: the sheet as one table, each official table where the sheet has it', () => {
    const doc = read('real/libreoffice/calc-clean-2021.html');
    expect(doc.tables).toHaveLength(1);
    const sheet = doc.tables[0]!;
    for (const block of tableBlocks('clean-2021')) {
      const first = block.table.cells.find((c) => c.row === 1 && c.col === 1)!;
      const anchor = sheet.cells.find((c) => c.text === first.text)!;
      const expected = expectedCells(block, (c) => c.text, anchor.row, anchor.col);
      const inArea = shapes(sheet).filter((c) => c.row >= anchor.row && c.row < anchor.row + block.table.height && c.col < anchor.col + block.table.width);
      expect(inArea, block.table.id).toEqual(expected);
    }
  });

  it('LibreOffice Writer’s page of the Word-made page: Word’s hidden text shows there (Writer drops display:none), the rest as written', () => {
    const page = byFile('word-2020.htm');
    const doc = read('real/libreoffice/writer-word-2020.html');
    const firsts = new Set(tableBlocks(page.report!).map((b) => b.table.cells.find((c) => c.role === 'value')!));
    expectTables(doc, { ...page, options: {} }, (c) => (firsts.has(c) ? `99${c.text}` : c.text));
    expect(textsOf(doc)).toContain('（此段为起草说明，不予公开）一、总体情况');
  });

  it('Chromium’s DOM of the CMS page (--dump-dom) and its saved .mhtml: the same tables and prose as the page', () => {
    const page = byFile('cms-2021.html');
    for (const file of ['real/chromium/cms-2021.dom.html', 'real/chromium/cms-2021.mhtml']) {
      const doc = read(file);
      expectTables(doc, page);
      expectProse(doc, page.report!);
      // The page's document.write ran in the browser: its text is now part of the page.
      expect(textsOf(doc)[0]).toBe('本站提示');
    }
  });

  it('Chromium’s .mhtml of a GBK page: the part declares no charset, the page its GBK', () => {
    const page = byFile('gbk-2019.html');
    const doc = read('real/chromium/gbk-2019.mhtml');
    expectTables(doc, page);
    expectProse(doc, page.report!);
  });
});

describe('the generated pages', () => {
  it('are exactly what scripts/build-html-fixtures.js makes (run it after changing the writer or the reports)', (context) => {
    const out = tempDir('html-fixtures');
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-html-fixtures.js'), '--out', out], { encoding: 'utf8' });
    // The script reads the layouts from the compiled template (dist/); without a build there is nothing to compare.
    const unbuilt = /Cannot find module '[^']*\/dist\/[^\n]*/.exec(run.stderr);
    if (run.status !== 0 && unbuilt) {
      console.log(`html fixtures up to date: skipped, dist/ is not built or not complete (${unbuilt[0]}); run npx tsc -p tsconfig.json`);
      return context.skip();
    }
    expect(run.status, run.stderr).toBe(0);
    const files = ['manifest.json', ...MANIFEST.pages.map((p) => p.file)];
    expect(files.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(fixture(`generated/html/${f}`))))).toEqual([]);
  });
});
