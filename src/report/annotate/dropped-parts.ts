import type { Lang } from '../../spec/text.js';

/**
 * Parts of a workbook that exceljs reads past and does not write back. The copy is made through
 * exceljs, so a workbook holding any of these loses them in its copy; the command says so rather
 * than let the copy pass for a faithful one.
 */
const KINDS: { pattern: RegExp; name: Record<Lang, string> }[] = [
  { pattern: /^xl\/charts\//, name: { zh: '图表', en: 'charts' } },
  { pattern: /^xl\/(pivotTables|pivotCache)\//, name: { zh: '数据透视表', en: 'pivot tables' } },
  { pattern: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, name: { zh: '切片器', en: 'slicers' } },
  { pattern: /^xl\/externalLinks\//, name: { zh: '外部链接', en: 'external links' } },
  { pattern: /^xl\/(activeX|ctrlProps)\//, name: { zh: '控件', en: 'form controls' } },
  { pattern: /^xl\/embeddings\//, name: { zh: '嵌入对象', en: 'embedded objects' } },
  { pattern: /^xl\/threadedComments\//, name: { zh: '会话式批注', en: 'threaded comments' } },
  { pattern: /^xl\/vbaProject\.bin$/, name: { zh: '宏', en: 'macros' } },
];

/** The kinds of part, named in the given language, that the original holds and the copy will not. */
export function droppedParts(entries: readonly string[], lang: Lang): string[] {
  return KINDS.filter((kind) => entries.some((entry) => kind.pattern.test(entry))).map((kind) => kind.name[lang]);
}

/** The sentence that says what a copy did not keep, for the command line and the page alike. */
export function droppedNote(copy: string, parts: readonly string[], lang: Lang): string {
  return lang === 'zh' ? `${copy} 没有保留原文件中的${parts.join('、')}；这些内容请以原文件为准。` : `${copy} does not keep the ${parts.join(', ')} of the original; see the original for them.`;
}
