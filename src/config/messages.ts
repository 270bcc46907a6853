import type { Lang } from '../spec/text.js';

export function unknownRuleMessage(id: string, lang: Lang, where?: string): string {
  const at = where ? (lang === 'zh' ? `配置文件 ${where} 中` : ` in ${where}`) : '';
  return lang === 'zh' ? `${at}“${id}”不是已知的规则；运行 xxgk-check rules 查看全部规则。` : `“${id}”${at} is not a known rule; run xxgk-check rules to list them.`;
}
