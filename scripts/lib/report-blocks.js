// A report as a document writer sees it: paragraphs and tables in reading order, each table in the
// official layout (positions and merges from src/template/layout.ts) with the report's values as
// text. The .docx, .html and .txt fixture writers all start from these blocks, so every format
// holds the same report as the workbook fixtures.
import { placeTable } from '../../dist/template/document.js';
import { HEADINGS, table2Plan, table3Plan, table4Plan } from '../../dist/template/layout.js';

/**
 * @typedef {{ paragraph: string, style?: 'title' | 'heading' | 'body' }} ParagraphBlock
 * @typedef {{ row: number, col: number, text: string, role: string, key?: string }} BlockCell
 * @typedef {{ top: number, left: number, bottom: number, right: number }} BlockMerge
 * @typedef {{ table: { id: 't2' | 't3' | 't4', width: number, height: number, cells: BlockCell[], merges: BlockMerge[] } }} TableBlock
 * @typedef {ParagraphBlock | TableBlock} Block
 */

const SECTIONS = {
  intro: '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求编制。',
  one: ['一、总体情况', '本年度，我单位认真贯彻落实《条例》，持续推进政务公开工作。'],
  five: ['五、存在的主要问题及改进情况', '政策解读的形式还不够丰富。下一步，将加强解读，提高公开质量。'],
  six: ['六、其他需要报告的事项', '本年度未收取信息处理费。'],
};

/**
 * `prose` replaces a section's body with the report's own paragraphs (reports.json's `prose`:
 * sentences about the tables, for the prose rules); reports without it keep the fixed sentences.
 * @param {{ version: '2019' | '2021', values: Record<string, unknown>, title?: string | null, t2?: object, t3?: object, prose?: { one?: string[], five?: string[], six?: string[] } }} options
 * @returns {Block[]}
 */
export function reportBlocks({ version, values, title, t2 = {}, t3 = {}, prose = {} }) {
  /** @type {Block[]} */
  const blocks = [];
  const body = (section, fixed) => (prose[section] ?? [fixed]).map((paragraph) => ({ paragraph }));
  if (title) blocks.push({ paragraph: title, style: 'title' });
  blocks.push({ paragraph: SECTIONS.intro }, { paragraph: SECTIONS.one[0], style: 'heading' }, ...body('one', SECTIONS.one[1]));
  const plans = { t2: table2Plan(version, t2), t3: table3Plan(version, t3), t4: table4Plan() };
  for (const id of ['t2', 't3', 't4']) {
    const plan = plans[id];
    blocks.push({ paragraph: HEADINGS[id], style: 'heading' });
    const placed = placeTable(plan, 1, 1, { version, values });
    const cells = placed.cells.map((c) => ({ row: c.row, col: c.col, role: c.role, ...(c.key ? { key: c.key } : {}), text: textOf(c.value) }));
    blocks.push({ table: { id, width: plan.width, height: plan.height, cells, merges: placed.merges } });
  }
  for (const [section, [heading, fixed]] of [
    ['five', SECTIONS.five],
    ['six', SECTIONS.six],
  ])
    blocks.push({ paragraph: heading, style: 'heading' }, ...body(section, fixed));
  return blocks;
}

function textOf(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value);
}
