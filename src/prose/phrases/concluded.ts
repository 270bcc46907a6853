import type { Phrase } from '../phrase.js';
import { t3Reading } from './readings.js';

/** Words that make 「全部办结」 less than all, or negate it: 「基本办结」「其余均已办结」「尚未全部办结」. */
export const NOT_ALL = /基本|大部分|大多|多数|绝大|其余|剩余|除[^,]{0,20}外|部分(?!公开)|一般|未全部|未能|尚未|没有全部|不能/;

/**
 * Claims about all requests: 「全部在规定时间内办结」「均已办结」 say every request was
 * concluded, which a request carried over to next year contradicts. 「均在法定期限内予以答复」
 * (answered on time) is not such a claim: a request carried over may still be within its time
 * limit, so it is not read.
 */
export const CONCLUDED: readonly Phrase[] = [
  {
    id: 'concluded.all',
    rule: 'P_ALL_CONCLUDED',
    messageId: 'allConcluded',
    topics: ['requests'],
    explicit: true,
    whole: /(?:全部|均|都|全都|悉数|一律|皆|100%)(?:已|已经|按时|按期|及时|依法|如期)?[^、]{0,12}?(?<![未没不])(?:办结|办理完毕|处理完毕|办理完成|办理完结|办理结束|结案)(?!率)/,
    unlessBefore: NOT_ALL,
    test: 'zero',
    readings: () => [t3Reading(['carriedOver'])],
  },
  {
    id: 'concluded.noCarryOver',
    rule: 'P_ALL_CONCLUDED',
    messageId: 'noCarryOver',
    topics: ['requests'],
    explicit: true,
    // 「无结转」「没有结转到下年度的申请」
    whole: /(?:^|[^\u4e00-\u9fff]|[年度均])(?:无|没有|不存在|未有)(?:申请)?(?:需)?(?:结转|顺延)/,
    unlessBefore: NOT_ALL,
    test: 'zero',
    readings: () => [t3Reading(['carriedOver'])],
  },
];
