import type { Severity } from '../../rules/finding.js';
import type { CellValue } from '../../result.js';
import type { PlanCell, TablePlan } from '../../template/layout.js';
import type { Lang } from '../../spec/text.js';
import { formatNumber } from '../message.js';
import { sourceId } from '../../read/document.js';
import { describeSource } from '../source.js';
import { textUnits } from '../../width/sheet.js';
import { html, type Markup } from './markup.js';

/**
 * What the findings say about one cell of a table: whether it decides one of them (else it is only a
 * part of an equation, drawn lightly), its worst severity, and the numbers of the findings naming it.
 */
export interface CellFlag {
  severity: Severity;
  strong: boolean;
  findings: number[];
}

export interface DrawOptions {
  /** Width of each column, in em. */
  widths: readonly number[];
  values: Readonly<Record<string, CellValue>>;
  lang: Lang;
  flags: ReadonlyMap<string, CellFlag>;
  /** Element ids: a value cell's (by key) and a finding's (by number), so each can link to the other. */
  cellId: (key: string) => string;
  findingId: (n: number) => string;
}

/**
 * A table in its official layout (positions, merges and labels from src/template/layout.ts), filled
 * with the workbook's values, whatever layout the workbook itself used. Each value cell carries its
 * key and its cell in the workbook; the cells a finding names are marked and link to the findings.
 */
export function drawTable(plan: TablePlan, options: DrawOptions): Markup {
  const at = new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const spans = new Map(plan.merges.map((m) => [`${m.top}:${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }]));
  const covered = new Set<string>();
  for (const m of plan.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const rows: Markup[] = [];
  for (let r = 1; r <= plan.height; r++) {
    const cells: Markup[] = [];
    for (let c = 1; c <= plan.width; c++) {
      const position = `${r}:${c}`;
      if (covered.has(position)) continue;
      const span = spans.get(position);
      const attrs = html`${span && span.rows > 1 ? html` rowspan="${span.rows}"` : ''}${span && span.cols > 1 ? html` colspan="${span.cols}"` : ''}`;
      cells.push(drawCell(at.get(position), attrs, options));
    }
    rows.push(html`<tr>${cells}</tr>`);
  }
  const width = options.widths.reduce((sum, w) => sum + w, 0);
  return html`<div class="scroll"><table class="official ${plan.table}" style="width:${width}em"><colgroup>${options.widths.map((w) => html`<col style="width:${w}em">`)}</colgroup><tbody>${rows}</tbody></table></div>`;
}

function drawCell(cell: PlanCell | undefined, attrs: Markup, options: DrawOptions): Markup {
  if (!cell) return html`<td${attrs}></td>`;
  if (cell.role !== 'value') return html`<th class="${cell.role === 'label' ? 'label' : cell.role}"${attrs}>${cell.text ?? ''}</th>`;
  if (!cell.key) return html`<td${attrs}></td>`;
  const value = options.values[cell.key];
  const flag = options.flags.get(cell.key);
  const mark = flag ? (flag.strong ? flag.severity : `${flag.severity}-part`) : undefined;
  const classes = [mark, value && isText(value) ? 'text' : undefined, value ? undefined : 'missing'].filter(Boolean).join(' ');
  const where = value ? describeSource(value.source, options.lang) : '';
  const title = value && (value.raw.startsWith('=') || shown(value) !== value.raw) ? `${where} ${value.raw}` : where;
  const ref = value ? sourceId(value.source) : '';
  const marks = flag?.strong ? html`<sup>${flag.findings.map((n, i) => html`${i > 0 ? ',' : ''}<a href="#${options.findingId(n)}">${n}</a>`)}</sup>` : '';
  return html`<td id="${options.cellId(cell.key)}"${classes ? html` class="${classes}"` : ''} data-key="${cell.key}" data-ref="${ref}" title="${title}"${attrs}>${value ? shown(value) : ''}${marks}</td>`;
}

/** Text past this width (in units of a Latin character; CJK counts two) is cut; the cell's title holds all of it. */
const SHOWN_UNITS = 16;

/**
 * A number as a number (a formula by its cached result); a formula saved without a result by its
 * function (`=SUM(…)`); other text as written, cut short, so that no value stretches the table.
 */
function shown(value: CellValue): string {
  if (value.status === 'number' && value.value !== null) return formatNumber(value.value);
  if (value.raw.startsWith('=')) return value.raw.replace(/\(.*$/s, '(…)');
  if (textUnits(value.raw) <= SHOWN_UNITS) return value.raw;
  let cut = '';
  for (const ch of value.raw) {
    if (textUnits(cut + ch) > SHOWN_UNITS - 1) break;
    cut += ch;
  }
  return `${cut}…`;
}

const isText = (value: CellValue) => !(value.status === 'number' || value.status === 'blank');
