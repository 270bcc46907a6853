import { describe, expect, it } from 'vitest';
import { candidate, labelCore, matchLabel, matchPrefix } from '../../src/locate/normalize.js';

describe('label cores: the same label however it is spelled', () => {
  it.each([
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'],
    ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '部分公开'],
    ['3.危及“三安全一稳定”', '危及三安全一稳定'],
    ['3.危及"三安全一稳定"', '危及三安全一稳定'],
    ['商业\n企业', '商业企业'],
    ['结 果 维 持', '结果维持'],
    ['一、本年新收政府信息公开申请数量', '本年新收政府信息公开申请数量'],
    ['（七）总计', '总计'],
    ['本年收费金额（单位：万元）', '本年收费金额'],
    ['规章（设区的市、自治州人民政府应提供相关数据）', '规章'],
    ['1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请', '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请'],
    ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请'],
  ])('%j → %s', (label, core) => {
    expect(labelCore(label)).toBe(core);
  });
});

describe('matching a label to the official ones', () => {
  const columns = [candidate('made', ['本年新制作数量']), candidate('published', ['本年新公开数量']), candidate('total', ['对外公开总数量'])];

  it('matches exactly, then by a unique prefix', () => {
    expect(matchLabel('对外公开总数量', columns)).toBe('total');
    expect(matchLabel('对外公开总', columns)).toBe('total');
  });

  it('leaves a truncated header that names two columns to the caller', () => {
    expect(matchLabel('本年新', columns)).toBeUndefined();
    expect(matchPrefix('本年新', columns)).toEqual(['made', 'published']);
  });

  it('does not match on fewer than three characters', () => {
    expect(matchLabel('对外', columns)).toBeUndefined();
  });
});
