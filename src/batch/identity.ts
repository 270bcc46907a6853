import { squash } from '../locate/normalize.js';
import type { Report } from '../model/schema.js';
import { fileStem } from './names.js';
import { matchUnit, type Unit } from './unit-match.js';

/** Who a workbook is from and for which year, as far as can be told. */
export interface Identity {
  /** The listed unit it matched (with --units). */
  unit?: string;
  agency?: string;
  year?: number;
}

const YEAR_IN_NAME = /(?<!\d)(20\d{2})(?!\d)/;
const REPORT_WORDS = /(?:年度)?(?:政府信息公开|政务公开)?(?:工作)?(?:年度报告|年报|报告)|年度?$/g;
/** Words in a file's name that say which copy or draft it is, never whose: 「年报模板」「甲局（修改版）」「汇总」. */
const COPY_WORDS =
  /模板|样表|样本|空表|空白|副本|复件|备份|草稿|初稿|修改稿|定稿|终稿|修改版|修订版|更正版|最终版|最新版|正式版|新版|旧版|汇总表?|合计|\bcopy\b|\bfinal\b|\bdraft\b|\btemplate\b|\bv\d+\b/gi;
/** A remark in brackets that is a copy's number or such a word: 「（1）」「(修改版)」「【终稿】」. */
const COPY_REMARK = /[（(【[]\s*(?:\d+|第?\d+稿|(?:模板|样表|副本|复件|备份|草稿|初稿|修改稿|定稿|终稿|修改版|修订版|更正版|最终版|最新版|正式版|新版|旧版|汇总|copy|final|draft)\s*\d*)\s*[）)】\]]/gi;

/** From the workbook's title first, then from the file's name; a --units list names the agency when it matches. */
export function identify(path: string, report: Pick<Report, 'agency' | 'year'> | undefined, units: readonly Unit[] | undefined): Identity {
  const stem = fileStem(path);
  const yearInName = YEAR_IN_NAME.exec(stem)?.[1];
  const year = report?.year ?? (yearInName ? Number(yearInName) : undefined);
  const agencyFromName = stem
    .replace(COPY_REMARK, '')
    .replace(/(?<!\d)20\d{2}(?!\d)\s*(?:年度|年(?!报))?/, '')
    .replace(REPORT_WORDS, '')
    .replace(COPY_WORDS, '')
    .replace(/^[\s_\-—·.]+|[\s_\-—·.]+$/g, '');
  const unit = units ? matchUnit(units, [report?.agency, stem]) : undefined;
  const agency = report?.agency ?? unit?.name ?? (agencyFromName || undefined);
  return { ...(unit ? { unit: unit.name } : {}), ...(agency ? { agency } : {}), ...(year ? { year } : {}) };
}

/** Two identities are one agency when their names are the same once spacing and punctuation are set aside. */
export function agencyKey(identity: Identity): string | undefined {
  const name = identity.unit ?? identity.agency;
  return name ? squash(name).replace(/[\p{P}\p{S}]/gu, '') : undefined;
}
