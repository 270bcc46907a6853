import type { FileResult } from '../result.js';
import type { Severity } from '../rules/finding.js';
import type { Lang } from '../spec/text.js';

export const VERSION_LABELS: Record<string, Record<Lang, string>> = {
  '2019': { zh: '2019 年试行格式', en: '2019 trial format' },
  '2021': { zh: '2021 年格式', en: '2021 format' },
};

/** For narrow table columns. */
export const VERSION_SHORT: Record<string, Record<Lang, string>> = {
  '2019': { zh: '2019试行', en: '2019' },
  '2021': { zh: '2021', en: '2021' },
};

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告' },
  en: { error: 'Error', warning: 'Warning' },
};

/** 「济宁市人力资源和社会保障局 · 2020 年度 · 2019 年试行格式」 */
export function describeFile(result: FileResult, lang: Lang): string {
  const parts: string[] = [];
  if (result.agency) parts.push(result.agency);
  if (result.year !== undefined) parts.push(lang === 'zh' ? `${result.year} 年度` : `year ${result.year}`);
  if (result.formatVersion) parts.push(VERSION_LABELS[result.formatVersion]![lang]);
  return parts.join(' · ');
}
