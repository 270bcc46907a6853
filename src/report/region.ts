import type { RegionProblem } from '../batch/combine.js';
import type { Lang } from '../spec/text.js';

/** Why a region's summary cannot be compared with its agencies: one sentence (the command line stops with it; the page shows it). */
export function regionMessage(region: RegionProblem, lang: Lang): string {
  if (region.kind === 'unreadable') {
    return lang === 'zh' ? `汇总表 ${region.path} 无法检查，不能与各单位比较。` : `The summary ${region.path} could not be checked, so it cannot be compared with the agencies.`;
  }
  const list = (paths: string[]) => paths.slice(0, 5).join(lang === 'zh' ? '、' : ', ') + (paths.length > 5 ? '…' : '');
  return lang === 'zh'
    ? `各文件的格式不同，不能逐格比较：2019 年试行格式 ${list(region.versions['2019'])}；2021 年格式 ${list(region.versions['2021'])}。`
    : `The files are in different formats and cannot be compared cell by cell: 2019 format ${list(region.versions['2019'])}; 2021 format ${list(region.versions['2021'])}.`;
}
