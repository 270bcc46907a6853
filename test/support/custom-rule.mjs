// A rule of a library user's own, in a plain module a worker thread can import: `module` says where.
export const MY_RULE = {
  id: 'MY_RULE',
  module: import.meta.url,
  severity: 'warning',
  tables: ['t3'],
  tags: ['custom'],
  title: { zh: '自定义规则', en: 'A custom rule' },
  description: { zh: '测试用', en: 'For the tests' },
  fix: { zh: '无', en: 'Nothing' },
  messages: { hello: { zh: '自定义规则：本年新收总计 {total}', en: 'custom rule: {total} new requests in all' } },
  check(report) {
    const cell = report.cells['t3.received.total'];
    return [{ table: 't3', messageId: 'hello', params: { total: cell?.value ?? 0 }, cells: [] }];
  },
};
