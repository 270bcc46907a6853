import type { Grid } from '../read/grid.js';
import type { TitleInfo } from './located.js';
import { squash } from './normalize.js';

const TITLE = /^(.*?)(\d{4})年(?:度)?(?:政府信息公开|政务公开)?(?:工作)?年度报告/;
const YEAR_ONLY = /(\d{4})年度?政府信息公开工作年度报告/;

/**
 * The report's agency and year, from a title cell such as
 * 「济宁市人力资源和社会保障局2020年政府信息公开工作年度报告」. The first such cell wins.
 */
export function findTitle(grid: Grid): TitleInfo {
  for (const sheet of grid.sheets) {
    for (const cell of sheet.cells) {
      if (cell.kind !== 'text' || cell.text.length > 120) continue;
      const text = squash(cell.text);
      const match = TITLE.exec(text) ?? YEAR_ONLY.exec(text);
      if (!match || !text.includes('年度报告')) continue;
      const year = Number(match.length > 2 ? match[2] : match[1]);
      if (year < 1990 || year > 2100) continue;
      const agency = match.length > 2 ? cleanAgency(match[1]!) : '';
      return {
        year,
        ...(agency ? { agency } : {}),
        source: { sheet: sheet.name, address: cell.address, text: cell.text },
      };
    }
  }
  return {};
}

function cleanAgency(raw: string): string {
  return raw.replace(/^[【\[(（].*?[】\])）]/, '').replace(/[:：,，、]$/, '').trim();
}
