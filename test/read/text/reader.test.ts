import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../src/read/document.js';
import { defaultLimits } from '../../../src/read/limits.js';
import { readDocument } from '../../../src/read/read-document.js';
import { splitLine } from '../../../src/read/text/split-line.js';
import { fixture } from '../../support/fixtures.js';
import { HAVE_REAL_REPORTS, NO_REAL_REPORTS, REAL_REPORTS } from '../../support/real-reports.js';

async function read(text: string | Uint8Array): Promise<Document> {
  const result = await readDocument(typeof text === 'string' ? new TextEncoder().encode(text) : text);
  if (!result.ok) throw new Error(result.problem.code);
  return result.value;
}

const cellTexts = (d: Document) => d.tables.map((t) => t.cells.map((c) => [c.row, c.col, c.text]));

describe('splitting a line into cells', () => {
  it.each([
    ['规章 | 0 | 0 | 0 | |', ['规章', '0', '0', '0']],
    ['第二十条第(一)项 | ||||', ['第二十条第(一)项']],
    ['三、本年度办理结果 | (一)予以公开 | 8 | | 2', ['三、本年度办理结果', '(一)予以公开', '8', '', '2']],
    ['| 信息内容 | 本年制发件数 |', ['信息内容', '本年制发件数']],
    ['规章\t1\t0\t5', ['规章', '1', '0', '5']],
    ['行政许可      152', ['行政许可', '152']],
    ['结果维持  结果纠正  其他结果', undefined],
    ['全年受理依申请信息公开21件，全部在规定时间内办结。', undefined],
    ['', undefined],
    ['|---|:---:|---|', []],
  ])('%j', (line, cells) => {
    expect(splitLine(line)).toEqual(cells);
  });
});

describe('reading text: tables from lines with separators, prose from the rest', () => {
  it('makes a table of consecutive table lines, a cell per part at its place, and names each by line and item', async () => {
    const d = await read('标题2022年\n一句话。\n规章 | 1 | 0 | 5\n行政规范性文件 | 3 |  | 20\n说明文字。\n');
    expect(d.format).toBe('text');
    expect(cellTexts(d)).toEqual([
      [
        [1, 1, '规章'],
        [1, 2, '1'],
        [1, 3, '0'],
        [1, 4, '5'],
        [2, 1, '行政规范性文件'],
        [2, 2, '3'],
        [2, 4, '20'],
      ],
    ]);
    expect(d.tables[0]!.origin).toEqual({ kind: 'text', lines: [3, 4] });
    expect(d.tables[0]!.cells[6]!.source).toEqual({ kind: 'text', line: 4, col: 4 });
    expect(d.prose).toEqual([
      { text: '标题2022年', source: { kind: 'text', line: 1 } },
      { text: '一句话。', source: { kind: 'text', line: 2 } },
      { text: '说明文字。', source: { kind: 'text', line: 5 } },
    ]);
  });

  it('takes a heading row of one merged cell, copied with no separator, into the table it opens', async () => {
    const d = await read('二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\n规章\t1\n');
    expect(d.tables[0]!.origin).toEqual({ kind: 'text', lines: [2, 3, 4] });
    expect(d.prose.map((p) => p.text)).toEqual(['二、主动公开政府信息情况']);
  });

  it('keeps a label on a line of its own inside the table it breaks, but not a sentence', async () => {
    const d = await read('a | 1\n（二）部分公开\nb | 2\n这是一句话。\nc | 3\n');
    expect(d.tables.map((t) => t.origin)).toEqual([
      { kind: 'text', lines: [1, 2, 3] },
      { kind: 'text', lines: [5] },
    ]);
    expect(d.prose.map((p) => p.text)).toEqual(['这是一句话。']);
  });

  it('reads Markdown tables, their separator row left out', async () => {
    const d = await read('| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 152 |\n');
    expect(cellTexts(d)).toEqual([
      [
        [1, 1, '信息内容'],
        [1, 2, '本年处理决定数量'],
        [2, 1, '行政许可'],
        [2, 2, '152'],
      ],
    ]);
  });

  it('reads GB18030 (GBK) text as well as UTF-8, with or without a byte-order mark', async () => {
    const text = '某某局2022年政府信息公开工作年度报告\n现将有关情况报告如下。\n规章 | 1\n';
    for (const bytes of [iconv.encode(text, 'gbk'), iconv.encode(text, 'gb18030'), Buffer.from(`\ufeff${text}`), Buffer.from(`\ufeff${text}`, 'utf16le')]) {
      const d = await read(bytes);
      expect(d.prose[0]!.text).toBe('某某局2022年政府信息公开工作年度报告');
      expect(d.tables[0]!.cells[0]!.text).toBe('规章');
    }
  });

  it('refuses text in an encoding it cannot tell, in one sentence (FILE_ENCODING), rather than guess', async () => {
    const latin = Buffer.from('Rapport annuel: données à vérifier, très détaillées.\n'.repeat(5), 'latin1');
    expect(await readDocument(latin)).toEqual({ ok: false, problem: { code: 'FILE_ENCODING' } });
  });

  it('stops at the cell limit', async () => {
    const big = Buffer.from('1 | 2 | 3 | 4\n'.repeat(100));
    expect(await readDocument(big, { limits: { ...defaultLimits, maxCells: 50 } })).toMatchObject({ ok: false, problem: { code: 'FILE_TOO_COMPLEX', breach: { what: 'cells' } } });
  });

  it('reads the fixture page text with its title, prose and tables', async () => {
    const d = await read(readFileSync(fixture('src/web-2021.txt')));
    expect(d.prose.some((p) => p.text.startsWith('某某市某某局2022年政府信息公开工作年度报告'))).toBe(true);
    expect(d.tables.flatMap((t) => t.cells).some((c) => c.text === '一、本年新收政府信息公开申请数量')).toBe(true);
  });

  it.skipIf(!HAVE_REAL_REPORTS)('reads the real page text of 济宁人社 2020 with its prose kept as lines', async () => {
    const d = await read(readFileSync(join(REAL_REPORTS, 'jining-renshe-2020.txt')));
    expect(d.prose.find((p) => p.text.includes('全部在规定时间内办结'))?.source).toEqual({ kind: 'text', line: 9 });
  });
});

if (!HAVE_REAL_REPORTS) console.warn(NO_REAL_REPORTS);
