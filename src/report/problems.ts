import { CONVERT_MISSING, CONVERT_TIMEOUT } from '../read/convert.js';
import type { FileProblem, FileProblemCode, LimitBreach } from '../read/problem.js';
import type { Text } from '../rules/finding.js';
import type { Lang } from './lang.js';

/** One plain sentence per reason a file could not be checked: which file, what is wrong, what to do. */
const PROBLEMS: Record<FileProblemCode, Text> = {
  FILE_NOT_FOUND: { zh: '找不到文件 {path}，请检查文件名和路径。', en: '{path} does not exist; check the file name and path.' },
  FILE_IS_DIRECTORY: { zh: '{path} 是文件夹而不是工作簿，请指定其中的 .xlsx 文件。', en: '{path} is a folder, not a workbook; name the .xlsx files in it.' },
  FILE_UNREADABLE: { zh: '无法读取 {path}（{detail}），请检查文件权限。', en: '{path} cannot be read ({detail}); check the file’s permissions.' },
  FILE_EMPTY: { zh: '{path} 是空文件（0 字节），请重新保存或重新复制该工作簿后再检查。', en: '{path} is empty (0 bytes); save or copy the workbook again and check it again.' },
  FILE_TOO_LARGE: {
    zh: '{path} 有 {detail} 字节，远大于年报工作簿，未检查；请确认选对了文件。',
    en: '{path} is {detail} bytes, far larger than a report workbook, and was not checked; make sure it is the right file.',
  },
  FILE_TEXT: {
    zh: '{path} 是文本文件（网页、CSV 或纯文本），不是 Excel 工作簿；请在 Excel 或 WPS 中另存为 .xlsx 后再检查。',
    en: '{path} is a text file (a web page, CSV or plain text), not an Excel workbook; save it as .xlsx in Excel or WPS and check it again.',
  },
  FILE_LEGACY_XLS: {
    zh: '{path} 是旧版 .xls 或 WPS .et 格式；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    en: '{path} is an old .xls or WPS .et file; use “Save As” Excel Workbook (.xlsx) in Excel or WPS and check it again (or, where LibreOffice is installed, add --convert).',
  },
  FILE_ENCRYPTED: {
    zh: '{path} 设置了打开密码，无法读取；请取消密码后另存为 .xlsx 再检查。',
    en: '{path} is protected by a password and cannot be read; remove the password, save as .xlsx and check it again.',
  },
  FILE_ODS: {
    zh: '{path} 是 OpenDocument 表格（.ods）；请另存为 Excel 工作簿（.xlsx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    en: '{path} is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) and check it again (or, where LibreOffice is installed, add --convert).',
  },
  FILE_DOCX: {
    zh: '{path} 是 Word 文档，不是工作簿；请把年报的表格放进 Excel 或 WPS 表格，保存为 .xlsx 后再检查。',
    en: '{path} is a Word document, not a workbook; put the report’s tables in Excel or WPS Spreadsheets, save as .xlsx and check it again.',
  },
  FILE_ZIP_NOT_WORKBOOK: { zh: '{path} 是压缩包而不是 Excel 工作簿；请解压后检查其中的 .xlsx 文件。', en: '{path} is a zip archive, not an Excel workbook; unpack it and check the .xlsx files inside.' },
  FILE_DAMAGED: {
    zh: '{path} 已损坏或不完整，无法打开；请重新下载，或从原文件重新保存一份 .xlsx 后再检查。',
    en: '{path} is damaged or incomplete and cannot be opened; download it again, or save a fresh .xlsx from the original, and check it again.',
  },
  FILE_ZIP_BOMB: {
    zh: '{path} 解压后异常巨大（{detail}），为安全起见未检查；请确认文件来源后重新保存。',
    en: '{path} would inflate to an abnormal size ({detail}) and was not checked, for safety; check where it came from and save it again.',
  },
  FILE_TOO_COMPLEX: {
    zh: '{path} 的工作表或单元格过多（{detail}），不像年报工作簿，未检查；请确认选对了文件。',
    en: '{path} has far more sheets or cells than a report ({detail}) and was not checked; make sure it is the right file.',
  },
  FILE_TIMEOUT: {
    zh: '{path} 检查超时（超过 {detail}），不像正常的年报工作簿，未检查；请确认文件来源后重新保存。',
    en: '{path} took too long to check (over {detail}) and was not checked, unlike any report workbook; check where it came from and save it again.',
  },
  FILE_UNSAFE_XML: {
    zh: '{path} 的 {detail} 含有 XML 实体声明（DOCTYPE），Excel 和 WPS 从不写入这种内容，可能是恶意构造的文件，为安全起见未检查；请确认文件来源，在 Excel 或 WPS 中重新保存后再检查。',
    en: '{path} declares XML entities (a DOCTYPE) in {detail}, which Excel and WPS never write and which can be an attack, so it was not checked; check where it came from, save it again in Excel or WPS and check it again.',
  },
  FILE_CONVERT_FAILED: {
    zh: '{path} 不是 .xlsx，用 LibreOffice 转换失败（{detail}）；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再检查。',
    en: '{path} is not an .xlsx and converting it with LibreOffice failed ({detail}); use “Save As” Excel Workbook (.xlsx) in Excel or WPS and check it again.',
  },
  FILE_NOT_XLSX: {
    zh: '{path} 不是 Excel 工作簿（无法识别文件内容）；请用 Excel 或 WPS 另存为 .xlsx 后再检查。',
    en: '{path} is not an Excel workbook (its content is not recognised); save it as .xlsx in Excel or WPS and check it again.',
  },
  NO_TABLE3: {
    zh: '{path} 中找不到表三（按“一、本年新收政府信息公开申请数量”查找），无法检查；请确认表格是官方格式的文字表格，而不是图片。',
    en: '{path} has no Table 3 (looked for “一、本年新收政府信息公开申请数量”) and cannot be checked; make sure the tables are in the official format as text, not pictures.',
  },
  TABLE_COPY_MISSING: {
    zh: '{path} 中只有 {detail} 张表三，--table 指定的那一张不存在；请指定 1 到 {detail} 之间的数。',
    en: '{path} holds only {detail} copies of Table 3, so the one --table names does not exist; give a number from 1 to {detail}.',
  },
};

/** The limit a file broke, in words. A count is absent when reading stopped at the limit. */
function renderBreach({ what, count, limit, part = '' }: LimitBreach, lang: Lang): string {
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  const texts: Record<LimitBreach['what'], Text> = {
    entries: { zh: `压缩包内有 ${count} 个部件，上限 ${limit}`, en: `${count} parts in the archive, limit ${limit}` },
    entryBytes: { zh: `${part} 解压后超过 ${mb(limit)}`, en: `${part} inflates past ${mb(limit)}` },
    totalBytes: { zh: `全部解压后超过 ${mb(limit)}`, en: `it inflates past ${mb(limit)} in all` },
    ratio: { zh: `${part} 的压缩比为 ${count}:1`, en: `${part} is compressed ${count}:1` },
    sheets:
      count === undefined
        ? { zh: `超过 ${limit} 张工作表`, en: `more than ${limit} sheets` }
        : { zh: `${count} 张工作表，上限 ${limit}`, en: `${count} sheets, limit ${limit}` },
    cells: { zh: `超过 ${limit} 个单元格`, en: `more than ${limit} cells` },
    merges: { zh: `超过 ${limit} 个合并单元格`, en: `more than ${limit} merged ranges` },
  };
  return texts[what][lang];
}

/** The converter's reasons that are not a program's own words. */
const CONVERT_REASONS: Record<string, Text> = {
  [CONVERT_MISSING]: { zh: '没有找到 LibreOffice（soffice）', en: 'LibreOffice (soffice) was not found' },
  [CONVERT_TIMEOUT]: { zh: 'LibreOffice 超时未完成', en: 'LibreOffice did not finish in time' },
};

export function renderProblem(path: string, problem: FileProblem, lang: Lang): string {
  const detail = problem.breach
    ? renderBreach(problem.breach, lang)
    : ((problem.detail !== undefined ? CONVERT_REASONS[problem.detail]?.[lang] : undefined) ?? problem.detail ?? '');
  return PROBLEMS[problem.code][lang].replace('{path}', path).replaceAll('{detail}', detail);
}
