import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import type { FileResult } from '../../src/result.js';
import { HAVE_REAL_REPORTS, NO_REAL_REPORTS, REAL_REPORTS } from '../support/real-reports.js';

/**
 * Every checkable sentence of the real reports in ../shared/real-reports, judged by hand against
 * the numbers read by hand (manifest.json) and the report's own 表二: the words of the claim (as
 * the tables would be compared with them, spaces left out), and whether they agree. Every
 * contradiction must be found, and no prose finding may stand on a sentence that agrees.
 */
type Judged = [words: string, verdict: 'agrees' | 'contradicts'];

const JUDGED: Record<string, Judged[]> = {
  'jining-renshe-2020.txt': [
    ['印发规范性文件1件', 'agrees'], // 表二 规范性文件 本年新制作数量 1
    ['公开并解读1件', 'agrees'], // 本年新公开数量 1
    ['全年受理依申请信息公开21件', 'agrees'], // 本年新收 21
    ['全部在规定时间内办结', 'contradicts'], // 结转下年度 1
    ['其中予以公开10件', 'agrees'],
    ['部分公开2件', 'agrees'],
    ['全年共收到行政复议1件', 'agrees'],
    ['维持结果1件', 'agrees'],
    ['尚未办结0件', 'agrees'], // 行政复议 尚未审结 0
    ['未经复议直接诉讼0件', 'agrees'],
    ['复议后诉讼0件', 'agrees'],
  ],
  'shuyang-fagaiju-2023.html': [
    ['2023年度我局共收到依申请信息公开26件', 'agrees'], // 本年新收 26; 「受理网络问政182件」 is another service
  ],
  'hongze-2023.pdf': [
    ['2023年全区受理政府信息公开申请21件', 'agrees'], // a district government's own report speaks of its district; 「均在法定期限答复」 is no claim of all concluded
  ],
  'hongze-2024.pdf': [
    ['区政府办代表区政府受理政府信息公开申请17件', 'contradicts'], // 表三 本年新收 95
  ],
  'huaian-2024.pdf': [
    ['全年新增公开市政府规章1件', 'agrees'], // 表二 规章 本年制发件数 1; 「政策性文件11件」 is not 规范性文件
    ['全市共受理政府信息公开申请3119件', 'agrees'],
    ['答复3050件', 'agrees'], // （七）总计
    ['含上年度结转申请34件', 'agrees'],
    ['另有103件顺延到下年度答复', 'agrees'],
    ['政府信息公开行政复议351件', 'agrees'],
    ['其中结果维持72件', 'agrees'],
    ['结果纠正64件', 'agrees'],
    ['其他结果178件', 'agrees'],
    ['尚未审结37件', 'agrees'],
    ['政府信息公开行政诉讼46件', 'agrees'], // 直接起诉 26 + 复议后起诉 20
    ['其中结果维持25件', 'agrees'],
    ['结果纠正5件', 'agrees'],
    ['其他结果9件', 'agrees'],
    ['尚未审结7件', 'agrees'],
  ],
};

const words = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!HAVE_REAL_REPORTS)('real reports: every checkable sentence as judged by hand', async () => {
  for (const [file, judged] of Object.entries(JUDGED)) {
    const result: FileResult = await checkFile(join(REAL_REPORTS, file), { explain: true });
    it(`${file}: ${judged.filter(([, v]) => v === 'contradicts').length} contradictions, ${judged.filter(([, v]) => v === 'agrees').length} agreeing statements`, () => {
      expect(result.problem).toBeUndefined();
      const compared = result.claims!.filter((c) => c.verdict !== 'skipped').map((c) => [words(c.text), c.verdict]);
      expect(compared).toEqual(judged);
      const found = result.findings.filter((f) => f.rule.startsWith('P_')).map((f) => words(f.sentence!.text.slice(f.sentence!.start, f.sentence!.end)));
      expect(found).toEqual(judged.filter(([, v]) => v === 'contradicts').map(([w]) => w));
    });
  }
});

if (!HAVE_REAL_REPORTS) console.warn(NO_REAL_REPORTS);
