import type { Source } from '../read/document.js';
import type { FindingCell } from '../model/cited.js';
import type { Lang } from '../spec/text.js';
import { compressAddresses, compressRuns } from './ranges.js';

/**
 * The one place a source becomes words: 「年度报告!D32」 (a workbook cell, as Excel writes a
 * reference), 「第 2 个表格第 5 行第 3 列」 (a Word or web table), 「第 12 段」, 「第 34 行第 2 项」
 * (a text line and the item on it), 「第 4 页上起 162 毫米、左起 33 毫米处」 (a point on a PDF page). Every
 * formatter names places through here.
 */
export function describeSource(source: Source, lang: Lang): string {
  const container = sourceContainer(source, lang);
  const within = describeWithin(source, lang);
  if (source.kind === 'xlsx') return `${sheetRef(source.sheet)}!${within}`;
  if (!container) return within;
  return lang === 'zh' ? `${container}${within}` : `${container}, ${within}`;
}

/** The part of the file a source is in, when it has one: a sheet, a table, a page. */
export function sourceContainer(source: Source, lang: Lang): string | undefined {
  switch (source.kind) {
    case 'xlsx':
      return source.sheet;
    case 'docx':
    case 'html':
      if ('paragraph' in source) return undefined;
      return lang === 'zh' ? `第 ${source.table} 个表格` : `table ${source.table}`;
    case 'text':
      return undefined;
    case 'pdf':
      return lang === 'zh' ? `第 ${source.page} 页` : `page ${source.page}`;
  }
}

/** The place within its container: 「D32」, 「第 5 行第 3 列」, 「第 34 行第 2 项」. */
export function describeWithin(source: Source, lang: Lang): string {
  switch (source.kind) {
    case 'xlsx':
      return source.address;
    case 'docx':
    case 'html':
      if ('paragraph' in source) return lang === 'zh' ? `第 ${source.paragraph} 段` : `paragraph ${source.paragraph}`;
      return lang === 'zh' ? `第 ${source.row} 行第 ${source.col} 列` : `row ${source.row}, column ${source.col}`;
    case 'text':
      if (lang === 'zh') return `第 ${source.line} 行${source.col === undefined ? '' : `第 ${source.col} 项`}`;
      return `line ${source.line}${source.col === undefined ? '' : `, item ${source.col}`}`;
    case 'pdf': {
      // Millimetres from the page's top and left edges: what a person measures on the page or reads off a viewer's ruler.
      const down = Math.round(source.y * MM_PER_POINT);
      const across = Math.round(source.x * MM_PER_POINT);
      return lang === 'zh' ? `上起 ${down} 毫米、左起 ${across} 毫米处` : `${down} mm from the top, ${across} mm from the left`;
    }
  }
}

const MM_PER_POINT = 25.4 / 72;

/** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits and _. */
function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

const LIST_SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };
const GROUP_SEPARATOR: Record<Lang, string> = { zh: '；', en: '; ' };

/**
 * Several places, as a person would list them: grouped by container, the container named once,
 * runs of workbook cells as ranges: 「年度报告!D32:D33、D53:D54」, 「第 3 个表格第 5 行第 4 列、第 6 行第 4 列」.
 */
export function describeSources(sources: readonly Source[], lang: Lang): string {
  const groups = new Map<string, Source[]>();
  for (const source of sources) {
    const container = sourceContainer(source, lang) ?? '';
    groups.set(container, [...(groups.get(container) ?? []), source]);
  }
  return [...groups]
    .map(([container, members]) => {
      const withins = members[0]!.kind === 'xlsx' ? compressAddresses(members.map((s) => describeWithin(s, lang))) : withinRuns(members, lang);
      const [first, ...rest] = withins;
      const head = !container ? first! : members[0]!.kind === 'xlsx' ? `${sheetRef(container)}!${first}` : lang === 'zh' ? `${container}${first}` : `${container}, ${first}`;
      return [head, ...rest].join(LIST_SEPARATOR[lang]);
    })
    .join(GROUP_SEPARATOR[lang]);
}

/** Places in one Word or web table as runs: 「第 5 至 29 行第 4 列」「第 5 行第 4 至 8 列」; others one by one. */
function withinRuns(sources: readonly Source[], lang: Lang): string[] {
  const cells = sources.flatMap((s) => (s.kind !== 'text' && 'row' in s && 'col' in s ? [{ row: s.row, col: s.col }] : []));
  if (cells.length !== sources.length) return sources.map((s) => describeWithin(s, lang));
  return compressRuns(cells).map(({ first, last }) => {
    const rows = first.row === last.row ? `${first.row}` : lang === 'zh' ? `${first.row} 至 ${last.row}` : `${first.row}–${last.row}`;
    const cols = first.col === last.col ? `${first.col}` : lang === 'zh' ? `${first.col} 至 ${last.col}` : `${first.col}–${last.col}`;
    if (lang === 'zh') return `第 ${rows} 行第 ${cols} 列`;
    return `${first.row === last.row ? 'row' : 'rows'} ${rows}, ${first.col === last.col ? 'column' : 'columns'} ${cols}`;
  });
}

/** A finding's cell in words, naming its file when it is in another one (last year's report, an agency's). */
export function describeCell(cell: FindingCell, lang: Lang): string {
  return `${cell.file ? `${cell.file} ` : ''}${describeSource(cell.source, lang)}`;
}

/**
 * The heading of a list of a finding's cells and how each is named under it: 「单元格（年度报告）：」
 * then 「D32」; or, for places in several containers or files, 「单元格：」 then each in full. Text
 * lines are 「位置」, not cells.
 */
export function cellsHeading(cells: readonly FindingCell[], lang: Lang): { heading: string; name: (cell: FindingCell) => string } {
  const containers = new Set(cells.map((c) => sourceContainer(c.source, lang)));
  const shared = containers.size === 1 && !cells.some((c) => c.file) ? [...containers][0] : undefined;
  const tableCells = cells.every((c) => c.source.kind === 'xlsx' || 'row' in c.source);
  const word = lang === 'zh' ? (tableCells ? '单元格' : '位置') : tableCells ? 'cells' : 'places';
  if (shared) {
    return { heading: lang === 'zh' ? `${word}（${shared}）：` : `${word} (${shared}): `, name: (c) => describeWithin(c.source, lang) };
  }
  return { heading: lang === 'zh' ? `${word}：` : `${word}: `, name: (c) => describeCell(c, lang) };
}
