import type { Lang } from '../spec/text.js';

/**
 * The page's own words (buttons, the how-to, the verdict). Findings, file problems, the closing
 * line and the table's headings are never worded here: they come from the checker's report modules.
 */
export const WORDS = {
  zh: {
    title: '政府信息公开工作年度报告检查',
    subtitle: '核对年报中表二、表三、表四的数字是否自洽，指出每一处不一致所在的单元格。',
    language: '语言',
    howTitle: '使用方法',
    how: [
      '把年报文件拖到下面的方框里，或点“选择文件”（也可以用 Tab 键移到按钮上，按回车）。可以一次选多个文件，或选一个文件夹。',
      '稍等片刻，页面顶部显示结论：“通过”或“有 N 处错误”。下面是官方格式的表三、表四，有问题的单元格标红（错误）或标黄（警告），数字角标链接到对应的说明。',
      '需要时下载标注副本（.xlsx，有问题的单元格已标色并加批注）、检查结果（JSON、HTML 报告）或汇总工作簿。',
    ],
    privacy: '文件只在这台电脑上检查，不会上传到任何地方；本页不需要联网，也不需要安装任何软件。',
    formats: '可检查：Excel 工作簿（.xlsx）、Word 文档（.docx）、网页（.html、.mht）、文本（.txt、.md）和有文字的 PDF；扫描件（页面是图片的 PDF）没有文字可读，不能检查。其他格式会说明如何另存。',
    drop: '把年报文件拖到这里',
    dropOr: '或',
    chooseFiles: '选择文件…',
    chooseFolder: '选择文件夹…',
    dropActive: '松开鼠标即开始检查',
    checking: (done: number, total: number) => `正在检查：已完成 ${done} / ${total} 个文件`,
    combining: '正在核对跨年度和汇总关系…',
    results: '检查结果',
    verdictPass: '通过',
    verdictErrors: (n: number) => `有 ${n} 处错误`,
    verdictWarnings: (n: number) => `另有 ${n} 处警告`,
    verdictOnlyWarnings: (n: number) => `有 ${n} 处警告，请核实`,
    verdictUnreadable: '无法检查',
    downloads: '下载',
    downloadAnnotated: '标注副本（.xlsx）',
    downloadJson: '检查结果（JSON）',
    downloadHtml: '检查结果（HTML 报告）',
    downloadSummary: '汇总工作簿（.xlsx）',
    preparing: '正在生成…',
    downloadFailed: (why: string) => `生成失败：${why}`,
    regionLabel: '本区域的汇总表（与其余文件之和逐格比较）',
    regionNone: '无',
    filesTable: '各文件检查情况',
    sortBy: (column: string) => `按“${column}”排序`,
    open: '查看',
    back: '返回文件列表',
    fileHeading: (n: number, total: number) => `第 ${n} 个文件，共 ${total} 个`,
    noFiles: '没有找到年报文件。请选择 .xlsx、.docx、.html、.txt 或 .pdf 文件。',
    failed: (why: string) => `页面出错：${why}。请刷新页面后重试。`,
    noscript: '本页需要启用 JavaScript 才能检查文件。',
    skipLink: '跳到检查结果',
    flagged: { error: '（错误）', warning: '（警告）' },
    another: '检查其他文件',
  },
  en: {
    title: 'Annual open-government report check',
    subtitle: 'Checks that Tables 2, 3 and 4 of a 政府信息公开工作年度报告 add up, and names the cell of every inconsistency.',
    language: 'Language',
    howTitle: 'How to use',
    how: [
      'Drag report files into the box below, or press “Choose files” (or Tab to the button and press Enter). Several files, or a folder, can be checked at once.',
      'The verdict appears at the top: “Passed” or “N errors”. Below it are Tables 3 and 4 in the official layout; cells with a problem are red (error) or yellow (warning), and their small numbers link to the findings.',
      'Download an annotated copy (.xlsx, with the cells coloured and a note on each), the results (JSON, HTML report) or a summary workbook when needed.',
    ],
    privacy: 'Files are checked on this computer only and are never uploaded; the page needs no network and nothing installed.',
    formats:
      'Reads Excel workbooks (.xlsx), Word documents (.docx), web pages (.html, .mht), text (.txt, .md) and PDFs with text; a scan (a PDF whose pages are pictures) has no text to read and is not checked. Other files are told how to be saved.',
    drop: 'Drop report files here',
    dropOr: 'or',
    chooseFiles: 'Choose files…',
    chooseFolder: 'Choose a folder…',
    dropActive: 'Release to check',
    checking: (done: number, total: number) => `Checking: ${done} of ${total} files done`,
    combining: 'Checking across years and the region’s summary…',
    results: 'Results',
    verdictPass: 'Passed',
    verdictErrors: (n: number) => `${n} error${n === 1 ? '' : 's'}`,
    verdictWarnings: (n: number) => `and ${n} warning${n === 1 ? '' : 's'}`,
    verdictOnlyWarnings: (n: number) => `${n} warning${n === 1 ? '' : 's'} to look at`,
    verdictUnreadable: 'Not checked',
    downloads: 'Download',
    downloadAnnotated: 'Annotated copy (.xlsx)',
    downloadJson: 'Results (JSON)',
    downloadHtml: 'Results (HTML report)',
    downloadSummary: 'Summary workbook (.xlsx)',
    preparing: 'Preparing…',
    downloadFailed: (why: string) => `Could not make it: ${why}`,
    regionLabel: 'The region’s summary (compared cell by cell with the sum of the other files)',
    regionNone: 'none',
    filesTable: 'Files checked',
    sortBy: (column: string) => `Sort by ${column}`,
    open: 'Show',
    back: 'Back to the list of files',
    fileHeading: (n: number, total: number) => `File ${n} of ${total}`,
    noFiles: 'No report file was found. Choose .xlsx, .docx, .html, .txt or .pdf files.',
    failed: (why: string) => `The page failed: ${why}. Reload the page and try again.`,
    noscript: 'This page needs JavaScript to check files.',
    skipLink: 'Skip to the results',
    flagged: { error: ' (error)', warning: ' (warning)' },
    another: 'Check other files',
  },
} as const satisfies Record<Lang, unknown>;

export type Words = (typeof WORDS)[Lang];

/** The verdict at the top of a file: 「通过」, 「有 2 处错误，另有 4 处警告」, 「无法检查」. */
export function verdict(counts: { errors: number; warnings: number; unreadable: boolean }, lang: Lang): { text: string; tone: 'good' | 'warn' | 'bad' } {
  const w = WORDS[lang];
  if (counts.unreadable) return { text: w.verdictUnreadable, tone: 'bad' };
  if (counts.errors > 0) {
    const more = counts.warnings > 0 ? `${lang === 'zh' ? '，' : ', '}${w.verdictWarnings(counts.warnings)}` : '';
    return { text: `${w.verdictErrors(counts.errors)}${more}`, tone: 'bad' };
  }
  if (counts.warnings > 0) return { text: `${w.verdictPass}${lang === 'zh' ? '（' : ' ('}${w.verdictOnlyWarnings(counts.warnings)}${lang === 'zh' ? '）' : ')'}`, tone: 'warn' };
  return { text: w.verdictPass, tone: 'good' };
}
