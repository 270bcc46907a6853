import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identify } from '../../src/batch/identity.js';
import { matchUnit, parseCsv, readUnits } from '../../src/batch/units.js';
import { tempDir } from '../support/temp.js';

describe('the list of units', () => {
  it('parses CSV with quotes, commas and line breaks in fields', () => {
    expect(parseCsv('单位,别名\r\n"某某市甲局","甲局、甲"\n乙局,\n')).toEqual([
      ['单位', '别名'],
      ['某某市甲局', '甲局、甲'],
      ['乙局', ''],
    ]);
  });

  it('reads a CSV with a header naming the columns', async () => {
    const dir = tempDir('units');
    writeFileSync(join(dir, 'u.csv'), '\uFEFF序号,单位名称,简称\n1,某某市甲局,甲局\n2,某某市乙局,\n');
    expect(await readUnits(join(dir, 'u.csv'))).toEqual({
      ok: true,
      units: [
        { name: '某某市甲局', aliases: ['甲局'] },
        { name: '某某市乙局', aliases: [] },
      ],
    });
  });

  it('matches a workbook by its title’s agency, else by the longest name found in it or in the file name', () => {
    const units = [
      { name: '某某市甲局', aliases: ['甲局'] },
      { name: '某某市甲局分局', aliases: [] },
    ];
    expect(matchUnit(units, ['某某市甲局', 'x'])?.name).toBe('某某市甲局');
    expect(matchUnit(units, [undefined, '2024年某某市甲局分局年报'])?.name).toBe('某某市甲局分局');
    expect(matchUnit(units, [undefined, '甲局-2024'])?.name).toBe('某某市甲局');
    expect(matchUnit(units, [undefined, '丙局'])).toBeUndefined();
  });
});

describe('who a workbook is from', () => {
  it('takes agency and year from the title, else from the file name', () => {
    expect(identify('x/甲局-2021.xlsx', undefined, undefined)).toEqual({ agency: '甲局', year: 2021 });
    expect(identify('x/某某县乙局2023年政府信息公开工作年度报告.xlsx', undefined, undefined)).toEqual({ agency: '某某县乙局', year: 2023 });
    // A copy's or a draft's words are not whose report it is.
    expect(identify('年报模板-2021.xlsx', undefined, undefined)).toEqual({ year: 2021 });
    expect(identify('x/甲局（修改版）-2021.xlsx', undefined, undefined)).toEqual({ agency: '甲局', year: 2021 });
    expect(identify('x/甲局2021年报(1).xlsx', undefined, undefined)).toEqual({ agency: '甲局', year: 2021 });
    expect(identify('汇总.xlsx', undefined, undefined)).toEqual({});
  });
});
