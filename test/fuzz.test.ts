import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeReport, type CellInput } from '../src/template/document.js';
import { writeWorkbook } from '../src/template/write.js';
import { bin, cli } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { tempDir } from './support/temp.js';
import { parseReport } from './support/json.js';

/**
 * Mutated fixtures, from a fixed seed and for a fixed number of rounds, so a failure replays:
 * random byte flips, truncations, and workbooks with random cell values and labels. Whatever the
 * input, a run ends with exit 0, 1 or 2, one parsable JSON document under --format json, and no
 * stack trace.
 */
const SEED = 20240131;
const FLIP_ROUNDS = 400;
const TRUNCATE_ROUNDS = 100;
const CELL_ROUNDS = 80;
const STACK_TRACE = /\n\s+at .+[:(]\d+/;

function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]! };
}

/** Flips the bits of `mask` in one byte. */
function flip(bytes: Buffer, at: number, mask: number) {
  bytes[at] = bytes[at]! ^ mask;
}

const BASES = ['clean-2021.xlsx', 'clean-2019.xlsx', 'seed-jining-2020.xlsx', 'real/libreoffice/clean-2021.xlsx', 'real/gnumeric/seed-jining-2020.xlsx', 'real/xlsxwriter/formulas-2021.xlsx'].map(
  (name) => ({ name, bytes: readFileSync(fixture(name)) }),
);

const VALUES: (() => CellInput)[] = [
  () => 0,
  () => -3,
  () => 1.5,
  () => 1e300,
  () => Number.MAX_SAFE_INTEGER,
  () => null,
  () => '',
  () => '/',
  () => '10000件以上',
  () => '１２',
  () => '=1/0',
  () => '\u0000\u0007',
  () => '申请人情况',
  () => '（七）总计',
  () => ({ formula: 'SUM(A1:A2)' }),
  () => ({ formula: 'A1', result: '#REF!' }),
];

async function check(files: string[]) {
  const run = await cli(['--format', 'json', ...files], { cwd: '/' });
  expect([0, 1, 2]).toContain(run.code);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  // A crash inside the pipeline would surface as the CLI's last-resort “internal error” line.
  expect(run.stderr).not.toContain('internal error');
  const document = parseReport(run.stdout);
  expect(document.files).toHaveLength(files.length);
  return document;
}

describe(`fuzzing with seed ${SEED}`, () => {
  const dir = tempDir('fuzz');
  const random = prng(SEED);
  let n = 0;
  const save = (bytes: Uint8Array) => {
    const path = join(dir, `case-${++n}.xlsx`);
    writeFileSync(path, bytes);
    return path;
  };

  it(`${FLIP_ROUNDS} workbooks with bytes flipped, ${TRUNCATE_ROUNDS} truncated`, async () => {
    const files: string[] = [];
    for (let round = 0; round < FLIP_ROUNDS; round++) {
      const bytes = Buffer.from(random.pick(BASES).bytes);
      const flips = 1 + random.int(16);
      for (let i = 0; i < flips; i++) flip(bytes, random.int(bytes.length), 1 << random.int(8));
      files.push(save(bytes));
    }
    for (let round = 0; round < TRUNCATE_ROUNDS; round++) {
      const { bytes } = random.pick(BASES);
      files.push(save(bytes.subarray(0, random.int(bytes.length))));
    }
    const codes = new Set<string>();
    for (let at = 0; at < files.length; at += 20) {
      const document = await check(files.slice(at, at + 20));
      for (const file of document.files) codes.add(file.error?.code ?? 'checked');
    }
    if (process.env.XXGK_FUZZ_VERBOSE) console.log([...codes]);
    // The mutations reach more than one outcome: the fuzzing is not stuck on one early refusal.
    expect(codes.size).toBeGreaterThan(1);
  }, 120_000);

  it(`${CELL_ROUNDS} workbooks with random cell values and labels`, async () => {
    const files: string[] = [];
    for (let round = 0; round < CELL_ROUNDS; round++) {
      const sheet = placeReport({ version: random.pick(['2019', '2021'] as const), title: random.pick(['某局2024年政府信息公开工作年度报告', '', '年度报告']) });
      for (const cell of sheet.cells) {
        if (random.next() > 0.08) continue;
        cell.value = cell.role === 'value' ? random.pick(VALUES)() : random.pick(['', '合计', '（三）不予公开', '一、本年新收政府信息公开申请数量', 'x'.repeat(300), cell.value as string]);
      }
      if (random.next() < 0.3) sheet.merges.splice(random.int(sheet.merges.length), 5);
      files.push(save(await writeWorkbook({ sheets: [sheet] })));
    }
    const document = await check(files);
    expect(document.files.filter((f: { error?: unknown }) => !f.error).length).toBeGreaterThan(CELL_ROUNDS / 2);
  }, 120_000);

  it('150 Word documents, web pages and texts with bytes flipped and lines dropped, doubled or reversed', async () => {
    const documents = [
      'generated/docx/everything.docx',
      'real/libreoffice/seed-jining-2020.docx',
      'generated/html/word-2020.htm',
      'generated/html/cms-2021.html',
      'generated/html/word-2021.mht',
      'generated/text/seed-jining-2020.txt',
      'generated/shapes/group-fragments-down.txt',
    ].map((name) => ({ name, bytes: readFileSync(fixture(name)) }));
    const files: string[] = [];
    for (let round = 0; round < 150; round++) {
      const { name, bytes: original } = random.pick(documents);
      let bytes = Buffer.from(original);
      if (!name.endsWith('.docx') && random.next() < 0.6) {
        const lines = bytes.toString('latin1').split('\n');
        for (let i = 0; i < 1 + random.int(6); i++) {
          const at = random.int(lines.length);
          const op = random.int(3);
          if (op === 0) lines.splice(at, 1);
          else if (op === 1) lines.splice(at, 0, random.pick(lines));
          else lines[at] = [...lines[at]!].reverse().join('');
        }
        bytes = Buffer.from(lines.join('\n'), 'latin1');
      } else {
        for (let i = 0; i < 1 + random.int(16); i++) flip(bytes, random.int(bytes.length), 1 << random.int(8));
      }
      const path = join(dir, `doc-${round}.${name.split('.').pop()}`);
      writeFileSync(path, bytes);
      files.push(path);
    }
    const codes = new Set<string>();
    for (let at = 0; at < files.length; at += 25) for (const file of (await check(files.slice(at, at + 25))).files) codes.add(file.error?.code ?? 'checked');
    expect(codes.has('checked')).toBe(true);
    expect(codes.size).toBeGreaterThan(2);
  }, 120_000);

  it('a few mutated files through the installed command: no stack trace on stderr', () => {
    const files: string[] = [];
    for (let round = 0; round < 6; round++) {
      const bytes = Buffer.from(random.pick(BASES).bytes);
      for (let i = 0; i < 8; i++) flip(bytes, random.int(bytes.length), 0xff);
      files.push(save(round % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1 - random.int(200))));
    }
    const run = bin(['--format', 'json', ...files]);
    expect([0, 1, 2]).toContain(run.code);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toContain('internal error');
    expect(parseReport(run.stdout).files).toHaveLength(files.length);
  });
});
