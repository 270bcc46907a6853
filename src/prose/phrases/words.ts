/**
 * The words the phrasings are built of, as regular-expression source over normalized prose
 * (src/prose/normalize.ts: ASCII punctuation, no spaces). Kept here so that every family spells a
 * request, a verb or a time the same way.
 */

/** A request for government information, as reports name it. */
export const REQ = '(?:依申请(?:信息)?公开(?:政府信息)?(?:的)?(?:申请)?(?:事项)?|(?:政府)?信息公开(?:的)?申请(?:事项)?|申请公开政府信息(?:的申请)?|依申请事项)';

/** Receiving requests. */
export const RECEIVE = '(?:新受理|新收到|新接收|受理|收到|接收|接到|收悉|新收|登记|收)(?:了)?';

/** Who or what kind, between the verb and the request: 「受理各类政府信息公开申请」. */
export const QUALIFIER = '(?:各类|各项|群众|公众|公民、法人(?:或者|和|及)其他组织(?:提出)?(?:的)?|申请人(?:提出)?的)?';

/** Time and agency words that may stand before a claim without changing what it counts. */
export const NEUTRAL =
  '(?:全年|本年度|本年|今年|年内|当年|全年度|我局|我委|我办|我厅|我院|我中心|我单位|本单位|本机关|本部门|局机关|我部|我处|我所|共|共计|合计|累|另|另有|另外|还有|此外|尚有|仍有|共有|有|对|将|已|其中)';

/** Filler between a claim's words and its number: 「予以公开的共计10件」「数量为21件」. */
export const FILL_TAIL = /(?:共计|合计|总计|总共|一共|共|计|分别为|分别|为|是|达到|达|有|了|的|数量|件数|总数|总量|之多)+$/;

/** Words before a number that make it an approximation: 「近30件」「超100件」. */
export const APPROX_BEFORE = /(?:近|约|超|超过|逾|突破|将近|接近|大约|不足|不到|多达|高达|约有|上(?=[百千万]))$/;
/** …and after its unit: 「30件以上」「20件左右」. */
export const APPROX_AFTER = /^(?:以上|左右|上下|之多|有余|以下|以内|多)/;

/** Words that put what follows in another year: a frame for the rest of the sentence. */
export const OTHER_YEAR = /去年|上年|上一年|前年|往年|历年|近[\d一二两三四五六七八九十]+年|以来/;

/** Words that make a number a comparison with another year: that clause only (「较上年增加5件」). */
export const COMPARED = /同比|环比|较上|比上|与上|和上|较去|比去|增长|增加|减少|下降|上升|提高|降低|翻番|持平|增幅|降幅/;

/** Words that put a number in part of a year, or in a running total. */
export const OTHER_PERIOD = /上半年|下半年|季度|月份|截至目前|截止目前|目前为止|至今|累计|累积|近期|近日|当月|每月|每年|年均|平均/;

/** Other things that are also received, answered and concluded. */
export const OTHER_SUBJECT =
  /网络问政|问政|诉求|12345|12333|12315|12369|12366|12348|12320|12380|热线|来电|咨询|信访|来信|来访|投诉|举报|建议|提案|(?<!复)议案|留言|政务服务|办件|审批|许可|工单|申诉|舆情|依职权|信件|信箱|政民互动|民意|回应关切|人大|政协|事项|会议|服务/;

/** Channels a request came by: parts of a total that the tables do not hold. */
export const CHANNEL =
  /(?:信函|网络|网上|在线|当面|现场|窗口|传真|邮寄|邮件|电子邮件|电子邮箱|信件|电话|来信|微信|平台|互联网|政务网|网站|线上|线下|书面|口头|快递)(?:方式|渠道|形式|途径)?(?:提交|提出|递交|收到)?(?:的)?(?:申请)?|通过|途径|渠道/;

/** Parts of a total the tables hold no cell for: 「其中涉及征地拆迁10件」. */
export const SUB_COUNT = /涉及|关于|针对|领域|方面|主要|集中|类(?!申请)|内容|按时|按期|及时|逾期|超期|延期|当场|当日|当天|限期|提前|平均|首次|再次|多次|一次性|同一|律师|记者|媒体|外地|市外/;

/** Other bodies' numbers: 「各县区共受理」「市政府本级」. */
export const OTHER_SCOPE = /各县|各区|各市|各镇|各乡|各街道|各部门|各单位|各地|各级|各委办局|县区|区县|市直|区直|县直|本级|下属|所属|系统内|全系统|乡镇|街道|镇街|基层|分局|下级|直属/;

/** A whole region: in a government's own report, its own numbers. */
export const REGION = /全(?:市|省|县|区|镇|乡|州|盟|旗|国)/;

/**
 * Phrases that hold a trap's words but are the tables' own: 「信访举报投诉类申请」 is a reason for
 * 不予处理, 「上年结转」 is this year's row, 「各类政府信息公开申请」 is every request. They are taken
 * out before the traps are looked for.
 */
export const SAFE: readonly RegExp[] = [
  /(?:涉及|关于|因|由|针对|就)(?:政府)?信息公开(?:申请)?(?:工作)?(?:而|所)?(?:引起|引发|产生|提起|发生)?(?:的)?/g,
  /信访[、]?举报[、]?投诉类?(?:申请)?/g,
  /(?:信访|投诉|举报)类(?:申请)?/g,
  /依申请(?:信息)?公开(?:政府信息)?(?:的)?(?:申请)?事项/g,
  /依申请事项/g,
  /行政查询事项/g,
  /(?:政府)?信息公开类/g,
  /政府信息公开(?:工作)?(?:方面)?/g,
  /(?:上年度?|上一年度?|去年)(?:结转|转结)/g,
  /结转(?:至|到)?本年度?/g,
  /三类内部事务/g,
  /四类过程性/g,
  /各类/g,
  /公民、法人(?:或者|和|及)其他组织/g,
  /法人(?:或者|或|和|及)其他组织/g,
  /(?:结转|顺延|转入|转至|延续|延期)(?:到|至|入)?下一?(?:个)?年度?/g,
  /依法(?:依规)?/g,
  /(?:涉及|属于|危及|保护)(?:国家秘密|商业秘密|个人隐私|第三方(?:合法权益)?|内部事务|过程性信息|行政执法案卷|行政查询|“?三安全一稳定”?)/g,
  /[我本](?:局|委|办|厅|院|中心|单位|机关|部门|街道|镇|乡|区|县|市|所|站|队|处|室)/g,
  /法定期限|规定期限|规定时间|规定时限|法定时限/g,
];
