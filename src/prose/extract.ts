import type { Paragraph } from '../read/document.js';
import type { Sentence } from '../model/cited.js';
import { columnName } from '../spec/names.js';
import type { FormatVersion } from '../spec/tables.js';
import type { SkipReason } from '../model/claim.js';
import { normalize, originalRange, type Normalized } from './normalize.js';
import type { Phrase, Reading, Topic } from './phrase.js';
import { phrasesFor } from './phrases/index.js';
import { APPROX_AFTER, APPROX_BEFORE, CHANNEL, FILL_TAIL, NEUTRAL, OTHER_PERIOD, OTHER_SCOPE, OTHER_SUBJECT, OTHER_YEAR, COMPARED, REGION, REQ, SAFE, SUB_COUNT } from './phrases/words.js';
import { clauses, COUNT_UNITS, quantities, sentences, type Quantity, type Span } from './segment.js';

/**
 * Whether a clause holds any of the SAFE phrases. Most hold none, and then each replacement in turn
 * sees the clause unchanged and changes nothing: one search instead of twenty (SAFE's are all plain
 * /g patterns, so their alternation matches where any of them does).
 */
const ANY_SAFE = new RegExp(SAFE.map((re) => re.source).join('|'));

/** What the report says about itself that reading its prose needs. */
export interface ProseContext {
  version: FormatVersion;
  /** The report year (from its title): numbers of other years are not this year's. */
  year?: number;
  /** The agency: a government's own report may speak of its whole region (全市). */
  agency?: string;
}

/** A statement found in the prose, before it is compared with the tables. */
export interface Extracted {
  phrase?: Phrase;
  kind: 'count' | 'percent' | 'whole';
  /** The claim's words as written. */
  text: string;
  sentence: Sentence;
  /** Claims of one sentence share it (the sentence's own arithmetic). */
  sentenceId: number;
  stated?: number;
  decimals?: number;
  readings: Reading[];
  reason?: SkipReason;
  /** A count of requests received said to include last year's (「（含上年结转3件）」) or to be new only (「新收」). */
  reading?: 'withCarried' | 'newOnly';
  /** A percentage's anchor (the count it is a share of), or a count by applicant's (the count it divides). */
  anchor?: Extracted;
}

interface SentenceState {
  topic: Topic;
  /** The topic was named in this sentence (or the one it continues), not only by a heading. */
  explicit: boolean;
  /** 政府信息公开 is what the sentence (or its section) is about. */
  openGov: boolean;
  /** Another year or part of a year, said in an earlier clause. */
  time?: SkipReason;
  /** 表四's topics named so far: 「行政复议1件、行政诉讼2件，均获维持」. */
  cases: Set<Topic>;
  /** The last count of 表三's rows: what 「其中自然人19件」 divides, in this sentence or the one it continues. */
  anchor?: Extracted;
  /** A part of a total said in an earlier clause (「其中涉及征地拆迁20件」「网上申请30件」), and the numbers of those parts. */
  part?: { reason: SkipReason; sum: number };
  /** The last total the sentence stated (requests received, concluded): a list of parts that adds up to it is a breakdown, not a part. */
  total?: number;
  /** Another body's numbers, said in an earlier clause (「各县区」「全区各职能部门、镇街」). */
  scope?: boolean;
  /** The topic is 'other' because a count could not be placed, not because another subject was named. */
  unplaced?: boolean;
}

const ENUMERATOR = /^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十\d]{1,2}\)|\d{1,2}[.、])/;
const REQ_RE = new RegExp(REQ);
/** What may stand before a number whose words follow it: 「另有103件顺延到下年度答复」「除1件结转下年度外」. */
const AFTER_LEFT = new RegExp(`^(?:${NEUTRAL}|除)*$`);
/** Words that make a count in another unit worth listing for --explain (「主动公开政府信息1136条」, a fee). */
const RELEVANT = /申请|公开|复议|诉讼|规范性文件|规章|办结|答复|收费|费/;
const LEADING = /^(?:以及|和|及(?![时早])|与|并且|同时)/;

/** Every statement about the tables' values in a report's prose, with where it is. */
export function extractClaims(prose: readonly Paragraph[], context: ProseContext): Extracted[] {
  const out: Extracted[] = [];
  let section: Topic = 'none';
  let sentenceId = 0;
  for (const paragraph of prose) {
    const n = normalize(paragraph.text);
    const spans = sentences(n.text);
    let previous: SentenceState | undefined;
    for (const [index, span] of spans.entries()) {
      const text = n.text.slice(span.start, span.end);
      const heading = headingTopic(text, spans.length === 1, index === 0);
      if (heading !== undefined) {
        section = heading;
        previous = undefined;
        continue;
      }
      const continues = previous && /^(?:其中|另有|另外|此外|包括|含)/.test(text);
      const state: SentenceState = continues
        ? { ...previous!, cases: new Set(previous!.cases) }
        : previous && previous.topic !== 'none' && previous.topic !== 'other'
          ? // The paragraph goes on about what its last sentence was about, as a heading would say it.
            { topic: previous.topic, explicit: previous.explicit, openGov: previous.openGov, cases: new Set<Topic>() }
          : // A section's heading names its subject as a sentence would: 「（二）依申请公开」 then 「共受理申请21件，全部办结」.
            { topic: section, explicit: section === 'requests', openGov: section === 'requests' || section === 'review', cases: new Set() };
      const sentence = sentenceOf(paragraph, n, span);
      readSentence(n, span, state, sentence, sentenceId++, context, out);
      previous = state;
    }
  }
  return out;
}

/** A heading (「（二）依申请公开情况」, 「三、收到和处理政府信息公开申请情况」) and the section it opens. */
function headingTopic(text: string, alone: boolean, first: boolean): Topic | undefined {
  if (text.length > 40 || quantities(text).length > 0 || /,/.test(text)) return undefined;
  const enumerated = ENUMERATOR.test(text);
  // Without a number before it, a heading is a short line that names a subject: 「政府信息公开行政复议、行政诉讼情况」.
  const named = alone && text.length <= 24 && /(?:情况|公开|事项|问题|措施|工作|概述)$/.test(text) && !/未|无|没有|均|全部|办结|答复/.test(text);
  if (!(enumerated && first) && !named) return undefined;
  if (/依申请|收到和处理|申请情况|申请公开/.test(text)) return 'requests';
  if (/行政复议|行政诉讼/.test(text)) return 'review';
  if (/主动公开/.test(text)) return 'proactive';
  return 'none';
}

/** The sentence as written, with the mark that ends it (「。」「；」). */
function sentenceOf(paragraph: Paragraph, n: Normalized, span: Span): Sentence {
  const end = /[。;!?]/.test(n.text[span.end] ?? '') ? span.end + 1 : span.end;
  const [from, to] = originalRange(n, span.start, end);
  return { text: paragraph.text.slice(from, to), source: paragraph.source, start: 0, end: to - from };
}

function readSentence(n: Normalized, span: Span, state: SentenceState, sentence: Sentence, sentenceId: number, context: ProseContext, out: Extracted[]) {
  const [sentenceFrom] = originalRange(n, span.start, span.end);
  let last: Extracted | undefined;
  let lastClause = -1;
  const parts = clauses(n.text, span);
  for (const [i, clause] of parts.entries()) {
    const raw = n.text.slice(clause.start, clause.end);
    const text = raw.replace(LEADING, '');
    const offset = clause.end - clause.start - text.length;
    const safe = ANY_SAFE.test(text) ? SAFE.reduce((t, re) => t.replace(re, '·'), text) : text;
    updateTopic(text, safe, state);
    const timed = timeOf(safe, text, context.year);
    const time = timed === 'compared' ? undefined : timed;
    const [from, to] = originalRange(n, clause.start + offset, clause.end);
    const at: Sentence = { ...sentence, start: from - sentenceFrom, end: to - sentenceFrom };
    const base = { text: sentence.text.slice(at.start, at.end), sentence: at, sentenceId };
    const found = quantities(text);
    if (found.length === 0) {
      if (time === 'this') state.time = undefined;
      else if (time) state.time = time;
      const prefix = n.text.slice(span.start, clause.end);
      for (const claim of wholeClaims(text, prefix, state, timed === 'compared' ? 'otherYear' : time === 'this' ? undefined : (time ?? state.time), context)) {
        // 「其中涉及征地拆迁20件，均已办结」 is about those 20; 「包括信函申请2件、网络申请19件，全部办结」 (2 + 19 = 21) about all.
        const { scope, part, total } = state;
        const narrowed = claim.reason ? claim : scope ? skip('otherScope', 'whole', undefined, claim.phrase) : part && part.sum !== total ? skip(part.reason, 'whole', undefined, claim.phrase) : claim;
        out.push({ ...base, ...narrowed });
      }
      continue;
    }
    const q = found[0]!;
    const effective = timed === 'compared' ? 'otherYear' : time === 'this' ? undefined : (time ?? state.time);
    if (time && time !== 'this') state.time = time;
    let claim = countClaim(text, safe, q, state, effective, context, i === lastClause + 1 ? last : undefined, n.text.slice(clause.end, span.end));
    if (!claim) continue;
    const { part, total } = state;
    if (claim.reason === 'channel' || claim.reason === 'subCount') state.part = { reason: claim.reason, sum: (part?.sum ?? 0) + q.value };
    else if (claim.reason === 'otherScope') state.scope = true;
    // A count the catalogue cannot place (「全年发文150件」): the sentence now counts something else, until it names its subject again.
    else if (claim.reason === 'noSubject' && claim.kind === 'count') {
      state.topic = 'other';
      state.unplaced = true;
    } else if (!claim.reason && state.scope) claim = skip('otherScope', claim.kind, claim.stated, claim.phrase);
    else if (!claim.reason && part && part.sum !== total && claim.kind === 'count') claim = skip(part.reason, claim.kind, claim.stated, claim.phrase);
    if (!claim.reason && claim.kind === 'count' && /^(?:requests\.(?:received|receivedBare|handled)|results\.concluded)$/.test(claim.phrase?.id ?? '')) {
      state.total = claim.stated;
      state.part = undefined;
    }
    const extracted: Extracted = { ...base, ...claim };
    out.push(extracted);
    if (!claim.reason && claim.kind === 'count' && !claim.phrase?.column && /^(?:requests|results)\./.test(claim.phrase?.id ?? '')) state.anchor = extracted;
    if (claim.includesCarriedIn && last?.phrase?.id.startsWith('requests.received') && /^(?:含|包括|其中)/.test(text) && i === lastClause + 1) last.reading = 'withCarried';
    last = extracted;
    lastClause = i;
  }
}

/** What a clause names sets what the clauses after it are about. */
function updateTopic(text: string, safe: string, state: SentenceState) {
  if (/政府信息公开|信息公开|依申请/.test(text)) state.openGov = true;
  let topic: Topic | undefined;
  if (OTHER_SUBJECT.test(safe)) topic = 'other';
  else if (/行政诉讼|诉讼|起诉|应诉|被诉/.test(text)) {
    topic = /未经(?:行政)?复议|直接(?:向法院)?(?:提起|被提起)?(?:行政)?(?:诉讼|起诉)/.test(text) ? 'suitDirect' : /复议后/.test(text) ? 'suitAfterReview' : 'suit';
    if (/行政复议/.test(text.replace(/未经(?:行政)?复议|(?:行政)?复议后/g, ''))) state.cases.add('review');
  } else if (/复议/.test(text)) topic = 'review';
  else if (REQ_RE.test(text)) topic = 'requests';
  else if (/规范性文件/.test(text)) topic = 't2normative';
  else if (/规章(?!制度)/.test(text)) topic = 't2guizhang';
  else if (/主动公开/.test(text)) topic = 'proactive';
  if (topic === undefined) return;
  state.topic = topic;
  state.explicit = true;
  state.unplaced = false;
  if (topic === 'review' || topic === 'suit' || topic === 'suitDirect' || topic === 'suitAfterReview') state.cases.add(topic);
}

/**
 * Whether a clause is about this year ('this'), another year or part of one (a reason, which frames
 * the rest of the sentence), compares with another year ('compared': that clause only), or does not say.
 */
/** 「结转至2025年」: next year named as where requests are carried to, which does not make a clause another year's. */
const CARRIED_TO_YEAR = /(?:结转|顺延|转入|转至|延续|延期)(?:到|至|入)?(\d{4})年/g;

function timeOf(safe: string, text: string, year: number | undefined): SkipReason | 'this' | 'compared' | undefined {
  if (COMPARED.test(safe)) return 'compared';
  let reason: SkipReason | 'this' | undefined;
  for (const m of safe.matchAll(/(\d{4})年/g)) {
    const y = Number(m[1]);
    if (y < 1990 || y > 2100) continue;
    if (year !== undefined && y === year) reason ??= 'this';
    else if (year !== undefined && y === year + 1 && [...text.matchAll(CARRIED_TO_YEAR)].some((c) => Number(c[1]) === y)) continue;
    else return 'otherYear';
  }
  if (OTHER_YEAR.test(safe)) return 'otherYear';
  if (OTHER_PERIOD.test(safe)) return 'otherPeriod';
  const months = safe.replace(/1月1日(?:起)?(?:至|到|-)(?:\d{4}年)?12月31日|12月31日|12月底/g, '');
  if (/\d{1,2}月/.test(months)) return 'otherPeriod';
  if (/全年|本年|今年|年内|当年|年度内/.test(safe)) reason ??= 'this';
  return reason;
}

type Draft = Omit<Extracted, 'text' | 'sentence' | 'sentenceId'> & { includesCarriedIn?: boolean };

const skip = (reason: SkipReason, kind: Extracted['kind'] = 'count', stated?: number, phrase?: Phrase): Draft => ({
  kind,
  reason,
  readings: [],
  ...(stated !== undefined ? { stated } : {}),
  ...(phrase ? { phrase } : {}),
});

const CASE_TOPICS: readonly Topic[] = ['review', 'suit', 'suitDirect', 'suitAfterReview'];

/** A clause with a number: the phrasing that places it, or why none does. */
function countClaim(
  text: string,
  safe: string,
  q: Quantity,
  state: SentenceState,
  time: SkipReason | undefined,
  context: ProseContext,
  previous: Extracted | undefined,
  after: string,
): Draft | undefined {
  const percent = q.unit === '%';
  const kind = percent ? 'percent' : 'count';
  const left = text.slice(0, q.start);
  const right = text.slice(q.end);
  if (!percent && !COUNT_UNITS.has(q.unit)) {
    // Amounts, other counts: listed for --explain only where they could be mistaken for a claim.
    if (!RELEVANT.test(text)) return undefined;
    if (/元$/.test(q.unit)) return skip('fee', kind, q.value);
    return skip('otherUnit', kind, q.value);
  }
  if (q.approx || APPROX_BEFORE.test(left) || APPROX_AFTER.test(right)) return skip('approximate', kind, q.value);
  if (time) return skip(time, kind, q.value);
  if (state.topic === 'other') return skip(state.unplaced ? 'noSubject' : 'otherSubject', kind, q.value);
  if (CHANNEL.test(safe)) return skip('channel', kind, q.value);
  if (OTHER_SCOPE.test(safe)) return skip('otherScope', kind, q.value);
  if (REGION.test(safe) && !/政府$/.test(context.agency ?? '')) return skip('otherScope', kind, q.value);
  if (SUB_COUNT.test(safe)) return skip('subCount', kind, q.value);
  if (CASE_TOPICS.includes(state.topic)) {
    if (!state.openGov) return skip('notOpenGov', kind, q.value);
    // 「行政复议和行政诉讼案件3件」「行政复议、行政诉讼各1件」: one number for both, or for each.
    if (/复议/.test(text.replace(/未经(?:行政)?复议|(?:经)?(?:行政)?复议后/g, '')) && /诉讼|起诉/.test(text)) return skip('ambiguous', kind, q.value);
    if (/(?:受理|办理|审理|审结|作出|决定|承办)(?:了)?[^、]{0,10}?(?:行政复议|复议)/.test(text)) return skip('reviewOrgan', kind, q.value);
  }
  if (percent) return percentClaim(left, q, previous);
  if (!Number.isInteger(q.value)) return skip('noSubject', kind, q.value);
  if ((/规范性文件|规章/.test(text) && /申请/.test(text)) || (/规范性文件/.test(text) && /规章(?!制度)/.test(text))) return skip('ambiguous', kind, q.value);

  const trimmedLeft = left.replace(FILL_TAIL, '');
  for (const phrase of phrasesFor(state.topic)) {
    if (phrase.whole) continue;
    if (phrase.explicit && !state.explicit) continue;
    const match = matchPhrase(phrase, trimmedLeft, left, right);
    if (!match) continue;
    // 「其中市政府办公室受理120件」: 其中 and then something other than the claim's own words.
    if (/^其中/.test(text) && match.prefix.replace(/^其中/, '').replace(LEADING_NEUTRAL, '') !== '') return skip('subCount', kind, q.value, phrase);
    const units = phrase.units ?? ['件', '件次'];
    if (!units.includes(q.unit)) return skip('otherUnit', kind, q.value, phrase);
    const anchor = phrase.column ? state.anchor : undefined;
    const readings = phrase.column ? columnReadings(phrase, text, anchor) : phrase.readings({ version: context.version, topic: state.topic, clause: text, cases: [...state.cases], after });
    if (typeof readings === 'string') return skip(readings, kind, q.value, phrase);
    if (readings.length === 0) return skip('noSubject', kind, q.value, phrase);
    return {
      phrase,
      kind,
      stated: q.value,
      readings: [...readings],
      ...(phrase.id.startsWith('requests.received') && /新收|新受理|新收到|新接收|本年新/.test(text) ? { reading: 'newOnly' as const } : {}),
      ...(phrase.includesCarriedIn ? { includesCarriedIn: true } : {}),
      ...(anchor ? { anchor } : {}),
    };
  }
  return skip('noSubject', kind, q.value);
}

/** The phrase's words around the number; what stands before them. */
function matchPhrase(phrase: Phrase, trimmedLeft: string, left: string, right: string): { prefix: string } | undefined {
  if (phrase.before) {
    const m = phrase.before.exec(trimmedLeft);
    if (m) return { prefix: trimmedLeft.slice(0, m.index) };
  }
  if (phrase.after && phrase.after.test(right) && AFTER_LEFT.test(left.replace(FILL_TAIL, ''))) return { prefix: '' };
  if (phrase.around) {
    const m = phrase.around[0].exec(trimmedLeft);
    if (m && phrase.around[1].test(right)) return { prefix: trimmedLeft.slice(0, m.index) };
  }
  return undefined;
}

/** 「其中自然人19件」: the previous claim's rows in this column. */
function columnReadings(phrase: Phrase, text: string, previous: Extracted | undefined): Reading[] {
  const columns = phrase.column!(text);
  if (!columns || !previous || previous.reason || previous.kind !== 'count' || !previous.phrase?.rule.match(/P_REQUESTS|P_RESULTS/)) return [];
  const rowsOf = (reading: Reading) => [...new Set(reading.keys.map((k) => k.split('.').slice(1, -1).join('.')))];
  const readings = previous.reading === 'withCarried' ? previous.readings.slice(1) : previous.reading === 'newOnly' ? previous.readings.slice(0, 1) : previous.readings;
  return readings.map((reading) => {
    const rows = rowsOf(reading);
    return {
      keys: rows.flatMap((row) => columns.map((c) => `t3.${row}.${c}`)),
      name: {
        zh: reading.name.zh.replace(/（[^）]*）$/, `（${columns.length > 1 ? '法人或其他组织' : columnZh(columns[0]!)}）`),
        en: reading.name.en.replace(/\([^)]*\)$/, `(${columns.length > 1 ? 'legal persons and other organisations' : columnEn(columns[0]!)})`),
      },
    };
  });
}

const columnZh = (id: string) => columnName('t3', '', id).zh;
const columnEn = (id: string) => columnName('t3', '', id).en;

const LEADING_NEUTRAL = new RegExp(`^${NEUTRAL}*`);

const RESULT_SHARES = new Set(['results.granted', 'results.partial', 'results.grantedAndPartial', 'results.denied', 'results.unavailable', 'results.notProcessed', 'results.otherHandling']);

/** 「予以公开10件，占47.6%」: a share of the results, placed only right after the count it is a share of. */
function percentClaim(left: string, q: Quantity, previous: Extracted | undefined): Draft {
  const words = left.replace(FILL_TAIL, '');
  if (/约|近|超|逾/.test(words)) return skip('approximate', 'percent', q.value);
  if (!/^(?:占(?:比)?(?:为|达)?|比例(?:为)?|比重(?:为)?|占总数的|占全部(?:申请)?的|占总量的)?$/.test(words)) return skip('percentNoBase', 'percent', q.value);
  if (!previous || previous.reason || !previous.phrase || !RESULT_SHARES.has(previous.phrase.id)) return skip('percentNoBase', 'percent', q.value);
  return { phrase: previous.phrase, kind: 'percent', stated: q.value, decimals: q.decimals, readings: previous.readings, anchor: previous };
}

/**
 * Claims without a number (all concluded, none received, no review or litigation, all upheld):
 * the first phrasing of the topic whose words the clause holds. A `zero` phrasing's readings are
 * claims each («未发生行政复议、行政诉讼» is two).
 */
function wholeClaims(text: string, prefix: string, state: SentenceState, time: SkipReason | undefined, context: ProseContext): Draft[] {
  if (state.topic === 'other') return [];
  for (const phrase of phrasesFor(state.topic)) {
    if (!phrase.whole || !phrase.whole.test(text)) continue;
    if (phrase.also && !phrase.also.test(text)) continue;
    if (phrase.unless && phrase.unless.test(text)) continue;
    if (phrase.explicit && !state.explicit) continue;
    if (time) return [skip(time, 'whole', undefined, phrase)];
    if (CASE_TOPICS.includes(state.topic) && !state.openGov) return [skip('notOpenGov', 'whole', undefined, phrase)];
    if (phrase.unlessBefore && phrase.unlessBefore.test(prefix)) return [skip('subCount', 'whole', undefined, phrase)];
    const readings = phrase.readings({ version: context.version, topic: state.topic, clause: text, cases: [...state.cases] });
    if (typeof readings === 'string') return [skip(readings, 'whole', undefined, phrase)];
    return readings.map((reading) => ({ phrase, kind: 'whole', readings: [reading] }));
  }
  return [];
}
