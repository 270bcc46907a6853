import { CONVERT_MISSING, CONVERT_TIMEOUT, type FileProblem, type FileProblemCode, type LimitBreach } from '../read/problem.js';
import type { Text } from '../spec/text.js';
import type { Lang } from '../spec/text.js';

/** One plain sentence per reason a file could not be checked: which file, what is wrong, what to do. */
const PROBLEMS: Record<FileProblemCode, Text> = {
  FILE_NOT_FOUND: { zh: '找不到文件 {path}，请检查文件名和路径。', en: '{path} does not exist; check the file name and path.' },
  FILE_IS_DIRECTORY: { zh: '{path} 是文件夹而不是年报文件，请指定其中的文件。', en: '{path} is a folder, not a report file; name the files in it.' },
  FILE_UNREADABLE: { zh: '无法读取 {path}（{detail}），请检查文件权限。', en: '{path} cannot be read ({detail}); check the file’s permissions.' },
  FILE_EMPTY: { zh: '{path} 是空文件（0 字节），请重新保存或重新复制该文件后再检查。', en: '{path} is empty (0 bytes); save or copy the file again and check it again.' },
  FILE_TOO_LARGE: {
    zh: '{path} 有 {detail} 字节，远大于年报文件，未检查；请确认选对了文件。',
    en: '{path} is {detail} bytes, far larger than a report, and was not checked; make sure it is the right file.',
  },
  FILE_LEGACY_XLS: {
    zh: '{path} 是旧版 .xls 或 WPS .et 格式；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    en: '{path} is an old .xls or WPS .et file; use “Save As” Excel Workbook (.xlsx) in Excel or WPS and check it again (or, where LibreOffice is installed, add --convert).',
  },
  FILE_LEGACY_DOC: {
    zh: '{path} 是旧版 Word .doc、WPS .wps 或 RTF 格式；请在 Word 或 WPS 中“另存为”Word 文档（.docx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    en: '{path} is an old Word .doc, WPS .wps or RTF file; use “Save As” Word Document (.docx) in Word or WPS and check it again (or, where LibreOffice is installed, add --convert).',
  },
  FILE_ENCRYPTED: {
    zh: '{path} 设置了打开密码，无法读取；请取消密码、重新保存后再检查。',
    en: '{path} is protected by a password and cannot be read; remove the password, save it again and check it again.',
  },
  FILE_ODS: {
    zh: '{path} 是 OpenDocument 表格（.ods）；请另存为 Excel 工作簿（.xlsx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    en: '{path} is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) and check it again (or, where LibreOffice is installed, add --convert).',
  },
  FILE_ODT: {
    zh: '{path} 是 OpenDocument 文本（.odt）；请另存为 Word 文档（.docx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    en: '{path} is an OpenDocument text (.odt); save it as a Word document (.docx) and check it again (or, where LibreOffice is installed, add --convert).',
  },
  FILE_PDF_NO_TEXT: {
    zh: '{path} 的页面都是图片（扫描件），没有可读取的文字，本工具不做文字识别（OCR），未检查；请检查同一年报的 Word 文档或网页版。',
    en: '{path} is pictures of pages (a scan) with no text to read, and this tool does not do OCR, so it was not checked; check the report’s Word document or web page instead.',
  },
  FILE_PDF_NO_READER: {
    zh: '{path} 是 PDF 文件，但这里运行的检查程序没有带读取 PDF 的组件（PDF.js），未检查；请用 xxgk-check 命令行或离线检查页检查它。',
    en: '{path} is a PDF, but the checker running here has no PDF reader (PDF.js) with it, so it was not checked; check it with the xxgk-check command line or the offline page.',
  },
  FILE_ZIP_NOT_WORKBOOK: {
    zh: '{path} 是压缩包，不是 Excel 工作簿或 Word 文档；请解压后检查其中的年报文件。',
    en: '{path} is a zip archive, not an Excel workbook or Word document; unpack it and check the report files inside.',
  },
  FILE_ENCODING: {
    zh: '{path} 是文本文件，但无法识别它的文字编码（不是 UTF-8，也不是 GBK/GB18030）；请用记事本或 WPS 另存为 UTF-8 编码后再检查。',
    en: '{path} is a text file in an encoding that cannot be told (neither UTF-8 nor GBK/GB18030); save it as UTF-8 in Notepad or WPS and check it again.',
  },
  FILE_DAMAGED: {
    zh: '{path} 已损坏或不完整，无法打开；请重新下载，或从原文件重新保存一份后再检查。',
    en: '{path} is damaged or incomplete and cannot be opened; download it again, or save a fresh copy from the original, and check it again.',
  },
  FILE_ZIP_BOMB: {
    zh: '{path} 解压后异常巨大（{detail}），为安全起见未检查；请确认文件来源后重新保存。',
    en: '{path} would inflate to an abnormal size ({detail}) and was not checked, for safety; check where it came from and save it again.',
  },
  FILE_TOO_COMPLEX: {
    zh: '{path} 的结构远比年报复杂（{detail}），未检查；请确认选对了文件。',
    en: '{path} is far more complex than a report ({detail}) and was not checked; make sure it is the right file.',
  },
  FILE_TIMEOUT: {
    zh: '{path} 检查超时（超过 {detail}），不像正常的年报文件，未检查；请确认文件来源后重新保存。',
    en: '{path} took too long to check (over {detail}) and was not checked, unlike any report; check where it came from and save it again.',
  },
  FILE_UNSAFE_XML: {
    zh: '{path} 的 {detail} 含有 XML 实体声明（DOCTYPE），Office 和 WPS 从不写入这种内容，可能是恶意构造的文件，为安全起见未检查；请确认文件来源，在 Office 或 WPS 中重新保存后再检查。',
    en: '{path} declares XML entities (a DOCTYPE) in {detail}, which Office and WPS never write and which can be an attack, so it was not checked; check where it came from, save it again in Office or WPS and check it again.',
  },
  FILE_CONVERT_FAILED: {
    zh: '{path} 用 LibreOffice 转换失败（{detail}）；请在 Office 或 WPS 中另存为 .xlsx 或 .docx 后再检查。',
    en: 'Converting {path} with LibreOffice failed ({detail}); save it as .xlsx or .docx in Office or WPS and check it again.',
  },
  FILE_NOT_XLSX: {
    zh: '{path} 不是能识别的年报文件（可检查 .xlsx 工作簿、.docx 文档、PDF、网页和文本）；请用 Excel、Word 或 WPS 另存为 .xlsx 或 .docx 后再检查。',
    en: '{path} is not a report file this tool can read (it reads .xlsx workbooks, .docx documents, PDFs, web pages and text); save it as .xlsx or .docx in Excel, Word or WPS and check it again.',
  },
  NO_TABLE3: {
    zh: '{path} 中找不到表三（按“一、本年新收政府信息公开申请数量”查找），无法检查；请确认表格是官方格式的文字表格，而不是图片。',
    en: '{path} has no Table 3 (looked for “一、本年新收政府信息公开申请数量”) and cannot be checked; make sure the tables are in the official format as text, not pictures.',
  },
  DIR_UNREADABLE: {
    zh: '无法读取文件夹 {path}（{detail}），其中的文件都没有检查；请检查文件夹的权限。',
    en: 'The folder {path} cannot be read ({detail}), so none of its files were checked; check the folder’s permissions.',
  },
  TABLE_COPY_MISSING: {
    zh: '{path} 中只有 {detail} 张表三，--table 指定的那一张不存在；请指定 1 到 {detail} 之间的数。',
    en: '{path} holds only {detail} copies of Table 3, so the one --table names does not exist; give a number from 1 to {detail}.',
  },
};

/** A PDF in a browser too old for PDF.js (src/app/pdfjs.ts): the page works there, its PDFs do not. */
const PDF_OLD_BROWSER: Text = {
  zh: '{path} 是 PDF 文件，但这个浏览器版本太旧，无法在其中读取 PDF，未检查；请用新版浏览器（Chrome 或 Edge 98 以上、Firefox 94 以上）打开检查页，或用 xxgk-check 命令行检查它。',
  en: '{path} is a PDF, and this browser is too old to read PDFs in, so it was not checked; open the page in a current browser (Chrome or Edge 98 or later, Firefox 94 or later), or check it with the xxgk-check command line.',
};

/** A document with no table at all: its tables are most likely pictures. */
const NOT_A_REPORT: Text = {
  zh: '{path} 看来不是政府信息公开工作年度报告：其中既没有表二、表三、表四的标题，也没有表三的栏目，无法检查；请确认选对了文件（如果它是年报，它的表格和标题可能是图片，请检查该年报的其他版本）。',
  en: '{path} does not look like an annual report on government information disclosure: it holds neither the headings of Tables 2, 3 and 4 nor the rows of Table 3, so it cannot be checked; make sure it is the right file (if it is the report, its tables and headings may be pictures: check another version of it).',
};

const NO_TABLES: Text = {
  zh: '{path} 中没有任何表格，找不到表三，无法检查；如果年报的表格是图片，请改用文字表格，或检查该年报的其他版本（网页、Word 文档或 Excel 表格）。',
  en: '{path} holds no table at all, so it has no Table 3 and cannot be checked; if the report’s tables are pictures, use text tables, or check another version of the report (web page, Word document or workbook).',
};

/** The limit a file broke, in words. A count is absent when reading stopped at the limit. */
function renderBreach({ what, count, limit, part = '' }: LimitBreach, lang: Lang): string {
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  const texts: Record<LimitBreach['what'], Text> = {
    entries: { zh: `压缩包内有 ${count} 个部件，上限 ${limit}`, en: `${count} parts in the archive, limit ${limit}` },
    entryBytes: { zh: `${part} 解压后超过 ${mb(limit)}`, en: `${part} inflates past ${mb(limit)}` },
    totalBytes: { zh: `全部解压后超过 ${mb(limit)}`, en: `it inflates past ${mb(limit)} in all` },
    ratio: { zh: `${part} 的压缩比为 ${count}:1`, en: `${part} is compressed ${count}:1` },
    sheets: count === undefined ? { zh: `超过 ${limit} 张工作表`, en: `more than ${limit} sheets` } : { zh: `${count} 张工作表，上限 ${limit}`, en: `${count} sheets, limit ${limit}` },
    cells: { zh: `超过 ${limit} 个单元格`, en: `more than ${limit} cells` },
    merges: { zh: `超过 ${limit} 个合并单元格`, en: `more than ${limit} merged ranges` },
    depth: { zh: `元素嵌套超过 ${limit} 层`, en: `elements nested more than ${limit} deep` },
    pages: count === undefined ? { zh: `超过 ${limit} 页`, en: `more than ${limit} pages` } : { zh: `${count} 页，上限 ${limit}`, en: `${count} pages, limit ${limit}` },
    objects: { zh: `超过 ${limit} 个 PDF 对象`, en: `more than ${limit} PDF objects` },
    streamBytes: { zh: `有一个数据流解压后超过 ${mb(limit)}`, en: `a stream inflates past ${mb(limit)}` },
  };
  return texts[what][lang];
}

/** The converter's reasons that are not a program's own words. */
const CONVERT_REASONS: Record<string, Text> = {
  [CONVERT_MISSING]: { zh: '没有找到 LibreOffice（soffice）', en: 'LibreOffice (soffice) was not found' },
  [CONVERT_TIMEOUT]: { zh: 'LibreOffice 超时未完成', en: 'LibreOffice did not finish in time' },
};

/** Problems whose detail changes what the sentence says, not only a fact within it. */
const VARIANTS: Partial<Record<FileProblem['code'], Record<string, Text>>> = {
  NO_TABLE3: { 'no-tables': NO_TABLES, 'not-a-report': NOT_A_REPORT },
  FILE_PDF_NO_READER: { browser: PDF_OLD_BROWSER },
};

export function renderProblem(path: string, problem: FileProblem, lang: Lang): string {
  const detail = problem.breach ? renderBreach(problem.breach, lang) : ((problem.detail !== undefined ? CONVERT_REASONS[problem.detail]?.[lang] : undefined) ?? problem.detail ?? '');
  const template = (problem.detail !== undefined ? VARIANTS[problem.code]?.[problem.detail] : undefined) ?? PROBLEMS[problem.code];
  return template[lang].replace('{path}', path).replaceAll('{detail}', detail);
}
