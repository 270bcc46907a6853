import type { Document, Source } from '../read/document.js';
import type { TitleInfo } from './located.js';
import { squash } from './normalize.js';

const TITLE = /^(.*?)(\d{4})年(?:度)?(?:政府信息公开|政务公开)?(?:工作)?年度报告/;
const YEAR_ONLY = /(\d{4})年度?政府信息公开工作年度报告/;

/**
 * The report's agency and year, from a title such as
 * 「济宁市人力资源和社会保障局2020年政府信息公开工作年度报告」: the first such paragraph, else the
 * first such table cell (a workbook's title row), else the title the file declares (a web page's
 * <title>, a Word document's properties).
 */
export function findTitle(document: Document): TitleInfo {
  for (const paragraph of document.prose) {
    const found = titleIn(paragraph.text, paragraph.source);
    if (found) return found;
  }
  for (const table of document.tables) {
    for (const cell of table.cells) {
      if (cell.kind !== 'text') continue;
      const found = titleIn(cell.text, cell.source);
      if (found) return found;
    }
  }
  return (document.declaredTitle && titleIn(document.declaredTitle, undefined)) || {};
}

function titleIn(raw: string, source: Source | undefined): TitleInfo | undefined {
  if (raw.length > 120) return undefined;
  const text = squash(raw);
  const match = TITLE.exec(text) ?? YEAR_ONLY.exec(text);
  if (!match || !text.includes('年度报告')) return undefined;
  const year = Number(match.length > 2 ? match[2] : match[1]);
  if (year < 1990 || year > 2100) return undefined;
  const agency = match.length > 2 ? cleanAgency(match[1]!) : '';
  return { year, ...(agency ? { agency } : {}), source: { text: raw, ...(source ? { source } : {}) } };
}

/** The agency's name alone: no bracketed tag (【图文版】), no field name a saved or copied page puts before it (标题：), no trailing punctuation. */
function cleanAgency(raw: string): string {
  return raw
    .replace(/^[【\[(（].*?[】\])）]/, '')
    .replace(/^(?:标题|题目|名称|文章标题|信息名称)[:：]/, '')
    .replace(/[:：,，、]$/, '')
    .trim();
}
