import type { Document, Paragraph, Source } from '../read/document.js';
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
  for (const [i, paragraph] of document.prose.entries()) {
    const found = titleIn(paragraph.text, paragraph.source);
    if (found) return qualified(found, document.prose.slice(i + 1, i + 1 + OPENING_PARAGRAPHS));
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
    .replace(/^[【[(（].*?[】\])）]/, '')
    .replace(/^(?:标题|题目|名称|文章标题|信息名称)[:：]/, '')
    .replace(/[:：,，、]$/, '')
    .trim();
}

/** The paragraphs after the title where a report names who compiled it. */
const OPENING_PARAGRAPHS = 4;
/** A county-level agency: its name starts with its district or county. */
const COUNTY_AGENCY = /^[\u4e00-\u9fff]{1,6}?[区县旗]/u;
/** Words that may stand just before a place name in a sentence (「本报告由淮安市…」, 「请与淮安市…」); no city's name starts with one. */
const BEFORE_NAME = /[由与及向对在据经请是为的]/u;
const CITY = /^[\u4e00-\u9fff]{1,6}(?:市|州|盟|地区)$/u;

/**
 * A county-level agency the title names without its city (「洪泽区人民政府」) is named in full when
 * the report's opening does (「本报告由淮安市洪泽区人民政府办公室…编制」): 「淮安市洪泽区人民政府」, as
 * the same agency's other years may be titled, so that its years are one agency's.
 */
function qualified(title: TitleInfo, opening: readonly Paragraph[]): TitleInfo {
  const agency = title.agency;
  if (!agency || !COUNTY_AGENCY.test(agency)) return title;
  for (const paragraph of opening) {
    const text = squash(paragraph.text);
    for (let at = text.indexOf(agency); at > 0; at = text.indexOf(agency, at + 1)) {
      const city = cityBefore([...text.slice(0, at)]);
      if (city) return { ...title, agency: city + agency };
    }
  }
  return title;
}

/** The shortest city name that ends `before` and starts it or follows a word that may precede a name. */
function cityBefore(before: readonly string[]): string | undefined {
  for (let length = 2; length <= Math.min(before.length, 7); length++) {
    const name = before.slice(before.length - length).join('');
    const previous = before[before.length - length - 1];
    if (!CITY.test(name)) continue;
    if (previous === undefined || !/[\u4e00-\u9fff]/u.test(previous) || BEFORE_NAME.test(previous)) return name;
  }
  return undefined;
}
