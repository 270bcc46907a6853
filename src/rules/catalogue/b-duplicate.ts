import type { DuplicateRule } from '../rule.js';

/** Two or more files of a batch that are one agency's report for one year: each is told of the others. */
export const B_DUPLICATE: DuplicateRule = {
  id: 'B_DUPLICATE',
  severity: 'warning',
  tables: [],
  tags: ['batch'],
  title: {
    zh: '一批文件中，每个单位每个年度只有一份年报',
    en: 'A batch holds one report per agency and year',
  },
  description: {
    zh: '同一单位同一年度的年报出现两份（如「年报.xlsx」和「年报（修改版）.xlsx」），汇总时会被重复计入，跨年核对也只能用其中一份。单位和年度取自标题，没有标题时取自文件名（或 --units 名单）；xxgk-check sum 写出的汇总表不算。',
    en: 'Two reports of one agency for one year (say 年报.xlsx and 年报（修改版）.xlsx) would be summed twice, and only one of them can be compared across years. Agency and year come from the title, else from the file name (or a --units list); summaries written by xxgk-check sum do not count.',
  },
  fix: {
    zh: '删去或移走多余的那份，只留定稿；xxgk-check sum 可用 --keep 指定要保留的文件。',
    en: 'Remove the extra one and keep the final version; xxgk-check sum takes --keep to name the file to keep.',
  },
  messages: {
    duplicate: {
      zh: '同一单位（{agency}）同一年度（{year}）还有另一份年报：{others}；汇总和跨年核对只应计入其中一份',
      en: 'Another report of the same agency ({agency}) and year ({year}) is in the batch: {others}; only one of them should be summed or compared across years',
    },
  },
  duplicate: ({ agency, year, others }) => [{ messageId: 'duplicate', params: { agency, year: String(year), others: others.join('、') }, cells: [] }],
};
