import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli } from '../support/cli.js';
import { fixture } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';
import { parseReport } from '../support/json.js';

const STACK_TRACE = /\n\s+at .+[:(]\d+/;
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Every kind of file that cannot be checked: the exact sentence, in both languages, and exit 2.
 * The sentence names the file, says what is wrong and what to do.
 */
const CASES: [string, string, string][] = [
  ['generated/bad/empty.xlsx', '{f} 是空文件（0 字节），请重新保存或重新复制该文件后再检查。', '{f} is empty (0 bytes); save or copy the file again and check it again.'],
  [
    'generated/bad/random.xlsx',
    '{f} 不是能识别的年报文件（可检查 .xlsx 工作簿、.docx 文档、PDF、网页和文本）；请用 Excel、Word 或 WPS 另存为 .xlsx 或 .docx 后再检查。',
    '{f} is not a report file this tool can read (it reads .xlsx workbooks, .docx documents, PDFs, web pages and text); save it as .xlsx or .docx in Excel, Word or WPS and check it again.',
  ],
  [
    'generated/bad/text.xlsx',
    '{f} 看来不是政府信息公开工作年度报告：其中既没有表二、表三、表四的标题，也没有表三的栏目，无法检查；请确认选对了文件（如果它是年报，它的表格和标题可能是图片，请检查该年报的其他版本）。',
    '{f} does not look like an annual report on government information disclosure: it holds neither the headings of Tables 2, 3 and 4 nor the rows of Table 3, so it cannot be checked; make sure it is the right file (if it is the report, its tables and headings may be pictures: check another version of it).',
  ],
  [
    'generated/bad/truncated.xlsx',
    '{f} 已损坏或不完整，无法打开；请重新下载，或从原文件重新保存一份后再检查。',
    '{f} is damaged or incomplete and cannot be opened; download it again, or save a fresh copy from the original, and check it again.',
  ],
  [
    'generated/bad/zip-not-workbook.xlsx',
    '{f} 是压缩包，不是 Excel 工作簿或 Word 文档；请解压后检查其中的年报文件。',
    '{f} is a zip archive, not an Excel workbook or Word document; unpack it and check the report files inside.',
  ],
  [
    'real/libreoffice/seed-jining-2020.xls',
    '{f} 是旧版 .xls 或 WPS .et 格式；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    '{f} is an old .xls or WPS .et file; use “Save As” Excel Workbook (.xlsx) in Excel or WPS and check it again (or, where LibreOffice is installed, add --convert).',
  ],
  [
    'real/libreoffice/seed-jining-2020.et',
    '{f} 是旧版 .xls 或 WPS .et 格式；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    '{f} is an old .xls or WPS .et file; use “Save As” Excel Workbook (.xlsx) in Excel or WPS and check it again (or, where LibreOffice is installed, add --convert).',
  ],
  [
    'real/libreoffice/seed-jining-2020.ods',
    '{f} 是 OpenDocument 表格（.ods）；请另存为 Excel 工作簿（.xlsx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    '{f} is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) and check it again (or, where LibreOffice is installed, add --convert).',
  ],
  [
    'real/libreoffice/seed-jining-2020.doc',
    '{f} 是旧版 Word .doc、WPS .wps 或 RTF 格式；请在 Word 或 WPS 中“另存为”Word 文档（.docx）后再检查（装有 LibreOffice 时也可加 --convert 自动转换）。',
    '{f} is an old Word .doc, WPS .wps or RTF file; use “Save As” Word Document (.docx) in Word or WPS and check it again (or, where LibreOffice is installed, add --convert).',
  ],
  [
    'real/libreoffice/encrypted-2021.docx',
    '{f} 设置了打开密码，无法读取；请取消密码、重新保存后再检查。',
    '{f} is protected by a password and cannot be read; remove the password, save it again and check it again.',
  ],
  [
    'generated/docx/pictures.docx',
    '{f} 中没有任何表格，找不到表三，无法检查；如果年报的表格是图片，请改用文字表格，或检查该年报的其他版本（网页、Word 文档或 Excel 表格）。',
    '{f} holds no table at all, so it has no Table 3 and cannot be checked; if the report’s tables are pictures, use text tables, or check another version of the report (web page, Word document or workbook).',
  ],
  [
    'generated/html/unrelated-table.html',
    '{f} 看来不是政府信息公开工作年度报告：其中既没有表二、表三、表四的标题，也没有表三的栏目，无法检查；请确认选对了文件（如果它是年报，它的表格和标题可能是图片，请检查该年报的其他版本）。',
    '{f} does not look like an annual report on government information disclosure: it holds neither the headings of Tables 2, 3 and 4 nor the rows of Table 3, so it cannot be checked; make sure it is the right file (if it is the report, its tables and headings may be pictures: check another version of it).',
  ],
  [
    'real/libreoffice/encrypted-2021.xlsx',
    '{f} 设置了打开密码，无法读取；请取消密码、重新保存后再检查。',
    '{f} is protected by a password and cannot be read; remove the password, save it again and check it again.',
  ],
  [
    'generated/bad/zip-bomb.xlsx',
    '{f} 解压后异常巨大（xl/worksheets/sheet1.xml 解压后超过 64 MB），为安全起见未检查；请确认文件来源后重新保存。',
    '{f} would inflate to an abnormal size (xl/worksheets/sheet1.xml inflates past 64 MB) and was not checked, for safety; check where it came from and save it again.',
  ],
  [
    'generated/bad/billion-laughs.xlsx',
    '{f} 的 xl/sharedStrings.xml 含有 XML 实体声明（DOCTYPE），Office 和 WPS 从不写入这种内容，可能是恶意构造的文件，为安全起见未检查；请确认文件来源，在 Office 或 WPS 中重新保存后再检查。',
    '{f} declares XML entities (a DOCTYPE) in xl/sharedStrings.xml, which Office and WPS never write and which can be an attack, so it was not checked; check where it came from, save it again in Office or WPS and check it again.',
  ],
  [
    'generated/bad/million-cells.xlsx',
    '{f} 的结构远比年报复杂（超过 200000 个单元格），未检查；请确认选对了文件。',
    '{f} is far more complex than a report (more than 200000 cells) and was not checked; make sure it is the right file.',
  ],
  [
    'generated/bad/many-merges.xlsx',
    '{f} 的结构远比年报复杂（超过 2000 个合并单元格），未检查；请确认选对了文件。',
    '{f} is far more complex than a report (more than 2000 merged ranges) and was not checked; make sure it is the right file.',
  ],
  [
    'generated/bad/many-sheets.xlsx',
    '{f} 的结构远比年报复杂（2000 张工作表，上限 500），未检查；请确认选对了文件。',
    '{f} is far more complex than a report (2000 sheets, limit 500) and was not checked; make sure it is the right file.',
  ],
  [
    'real/libreoffice/scanned-2021.pdf',
    '{f} 的页面都是图片（扫描件），没有可读取的文字，本工具不做文字识别（OCR），未检查；请检查同一年报的 Word 文档或网页版。',
    '{f} is pictures of pages (a scan) with no text to read, and this tool does not do OCR, so it was not checked; check the report’s Word document or web page instead.',
  ],
  [
    'real/libreoffice/encrypted-2021.pdf',
    '{f} 设置了打开密码，无法读取；请取消密码、重新保存后再检查。',
    '{f} is protected by a password and cannot be read; remove the password, save it again and check it again.',
  ],
  [
    'generated/bad/pdf-truncated.pdf',
    '{f} 已损坏或不完整，无法打开；请重新下载，或从原文件重新保存一份后再检查。',
    '{f} is damaged or incomplete and cannot be opened; download it again, or save a fresh copy from the original, and check it again.',
  ],
  [
    'generated/bad/pdf-stream-bomb.pdf',
    '{f} 的结构远比年报复杂（有一个数据流解压后超过 64 MB），未检查；请确认选对了文件。',
    '{f} is far more complex than a report (a stream inflates past 64 MB) and was not checked; make sure it is the right file.',
  ],
  [
    'generated/bad/pdf-deep.pdf',
    '{f} 的结构远比年报复杂（元素嵌套超过 512 层），未检查；请确认选对了文件。',
    '{f} is far more complex than a report (elements nested more than 512 deep) and was not checked; make sure it is the right file.',
  ],
  [
    'generated/bad/pdf-5000-pages.pdf',
    '{f} 的结构远比年报复杂（5000 页，上限 300），未检查；请确认选对了文件。',
    '{f} is far more complex than a report (5000 pages, limit 300) and was not checked; make sure it is the right file.',
  ],
  [
    'generated/bad/no-table3.xlsx',
    '{f} 中找不到表三（按“一、本年新收政府信息公开申请数量”查找），无法检查；请确认表格是官方格式的文字表格，而不是图片。',
    '{f} has no Table 3 (looked for “一、本年新收政府信息公开申请数量”) and cannot be checked; make sure the tables are in the official format as text, not pictures.',
  ],
];

describe('a file that cannot be checked gets one plain sentence and exit 2', () => {
  it.each(CASES)('%s', async (file, zh, en) => {
    const cwd = fixture('');
    for (const [lang, sentence] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const run = await cli(['--lang', lang, file], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(`  ${sentence.replace('{f}', file)}\n`);
      const json = parseReport((await cli(['--lang', lang, '--format', 'json', file], { cwd })).stdout);
      expect(json.files[0]!.error!.message).toBe(sentence.replace('{f}', file));
    }
  });

  it('stays within bounded memory and time on each hostile file, as installed', () => {
    for (const file of ['zip-bomb.xlsx', 'billion-laughs.xlsx', 'million-cells.xlsx', 'many-merges.xlsx', 'many-sheets.xlsx', 'pdf-stream-bomb.pdf', 'pdf-deep.pdf', 'pdf-5000-pages.pdf']) {
      const started = Date.now();
      const run = bin([`fixtures/generated/bad/${file}`], { env: { NODE_OPTIONS: '--max-old-space-size=256' } });
      expect(run.code, file).toBe(2);
      expect(run.stdout + run.stderr, file).not.toMatch(STACK_TRACE);
      expect(Date.now() - started, file).toBeLessThan(15_000);
    }
  });

  it('never changes an input file, whatever it holds', () => {
    const files = [...CASES.map(([f]) => fixture(f)), fixture('generated/rules/duplicate-t3-beside.xlsx'), fixture('real/libreoffice/seed-jining-2020.ods')];
    const hash = () => files.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex'));
    const before = hash();
    const out = tempDir('out');
    for (const format of ['json', 'sarif']) bin(['--format', format, ...files]);
    bin(['--table', '2', '--output', join(out, 'report.txt'), '--write-baseline', join(out, 'baseline.json'), ...files]);
    if (hasSoffice) bin(['--convert', fixture('real/libreoffice/seed-jining-2020.ods')]);
    expect(hash()).toEqual(before);
  });
});

describe('--table N: which copy of the tables to check', () => {
  const file = 'generated/rules/duplicate-t3-beside.xlsx';

  it('checks the first copy by default and says so', async () => {
    const run = await cli([file], { cwd: fixture('') });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('文件中有 2 张表三 收到和处理政府信息公开申请情况，只核对了 年度报告!A24 处的第 1 张；要核对另一张，请用 --table 指定');
  });

  it('checks the copy it names, here last year’s beside this year’s', async () => {
    const run = await cli(['--lang', 'en', '--table', '2', file], { cwd: fixture('') });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('only copy 2, at 年度报告!L24, was checked; choose another with --table');
    expect(run.stdout).toMatch(/T3_BALANCE/);
  });

  it('refuses a copy the workbook does not have, with exit 2', async () => {
    const run = await cli(['--table', '3', file], { cwd: fixture('') });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${file} 中只有 2 张表三，--table 指定的那一张不存在；请指定 1 到 2 之间的数。`);
    expect((await cli(['--table', '0', file], { cwd: fixture('') })).code).toBe(2);
  });
});

describe('--convert: .xls, .et and .ods through LibreOffice', () => {
  it.skipIf(!hasSoffice)('checks an .xls and a WPS .et as the .xlsx they convert to, writing nothing beside them', () => {
    const folder = dirname(fixture('real/libreoffice/seed-jining-2020.xls'));
    const before = readdirSync(folder);
    for (const file of ['seed-jining-2020.xls', 'seed-jining-2020.et', 'seed-jining-2020.ods']) {
      const run = bin(['--convert', '--format', 'json', `fixtures/real/libreoffice/${file}`]);
      expect(run.code, file).toBe(1);
      const rules = parseReport(run.stdout).files[0]!.findings.map((f: { rule: string }) => f.rule);
      expect(
        rules.filter((r: string) => r === 'T3_BALANCE'),
        file,
      ).toHaveLength(2);
    }
    expect(readdirSync(folder)).toEqual(before);
  });

  it.skipIf(!hasSoffice)('checks an old Word .doc as the .docx it converts to', () => {
    const run = bin(['--convert', '--format', 'json', 'fixtures/real/libreoffice/seed-jining-2020.doc']);
    expect(run.code).toBe(1);
    const file = parseReport(run.stdout).files[0]!;
    expect(file.format).toBe('docx');
    expect(file.findings.filter((f: { rule: string }) => f.rule === 'T3_BALANCE')).toHaveLength(2);
  });

  it('says plainly when LibreOffice is not there', () => {
    const run = bin(['--convert', 'fixtures/real/libreoffice/seed-jining-2020.xls'], { env: { PATH: '/nonexistent' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('fixtures/real/libreoffice/seed-jining-2020.xls 用 LibreOffice 转换失败（没有找到 LibreOffice（soffice））；请在 Office 或 WPS 中另存为 .xlsx 或 .docx 后再检查。');
  });
});
