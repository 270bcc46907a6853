// Shapes real published pages take when their tables are copied as text or pasted into a sheet,
// each seen on a real government page (issue 12). A shape rewrites the lines of a page's text (the
// `|`-separated style of fixtures/src/*.txt); the fixture generator applies them before writing the
// text as a workbook (a pasted page) or as a text file. The numbers never change: a shape only moves
// labels and separators, so a fixture with a shape must read to the same values as without it.

/** A line's cells, the empty one after its last `|` left out. */
const cellsOf = (line) => {
  const cells = line.split('|').map((p) => p.trim());
  return cells.at(-1) === '' ? cells.slice(0, -1) : cells;
};
const lineOf = (cells) => `${cells.join(' | ')} |`;
const halfWidth = (s) => s.replace(/\(/g, '（').replace(/\)/g, '）');

/** Replaces the line whose first cell is `label` by the line of the cells `change` returns. */
function rewrite(lines, label, change) {
  const at = lines.findIndex((l) => halfWidth(cellsOf(l)[0] ?? '') === halfWidth(label));
  if (at < 0) throw new Error(`no row ${label}`);
  return [...lines.slice(0, at), lineOf(change(cellsOf(lines[at]))), ...lines.slice(at + 1)];
}

const indexOf = (lines, test) => lines.findIndex((l) => test(halfWidth(cellsOf(l)[0] ?? '')));

export const PAGE_SHAPES = {
  /** 「三、本」/「年度办」/「理结果」 down the rows beside （一）（二）（三）: a merged group label broken into fragments. */
  'group-fragments-down'(lines) {
    const out = rewrite(lines, '三、本年度办理结果', (c) => ['三、本', ...c.slice(1)]);
    const partial = indexOf(out, (first) => first.startsWith('（二）部分公开'));
    out[partial] = lineOf(['年度办', ...cellsOf(out[partial])]);
    const denied = indexOf(out, (first) => first === '（三）不予公开');
    out[denied] = lineOf(['理结果', ...cellsOf(out[denied])]);
    return out;
  },
  /** 「（三）不 | 1.属于国家秘密」, 「予公开 | 2.…」: a group label's fragments before the real labels of its rows. */
  'group-fragments-before'(lines) {
    const out = [...lines];
    const first = indexOf(out, (cell) => cell === '（三）不予公开');
    const cells = cellsOf(out[first]);
    out[first] = lineOf([cells[0].replace('予公开', ''), ...cells.slice(1)]);
    out[first + 1] = lineOf(['予公开', ...cellsOf(out[first + 1])]);
    return out;
  },
  /** 「三、 | （一）予以公开 | …」: the group label cut to its enumerator. */
  'group-enumerator-only'(lines) {
    return rewrite(lines, '三、本年度办理结果', (c) => ['三、', ...c.slice(1)]);
  },
  /** 「行政许可 152」, 「规章 1 | 0 | 5」: a row's label and its first number in one cell. */
  'label-and-number'(lines) {
    let out = rewrite(lines, '行政许可', (c) => [`${c[0]} ${c[1]}`, ...c.slice(2)]);
    out = rewrite(out, '规章', (c) => [`${c[0]} ${c[1]}`, ...c.slice(2)]);
    return out;
  },
  /** 「信息内容本年处理决定数量」, 「行政复议行政诉讼」: headers run together in one cell. */
  'headers-run-together'(lines) {
    return lines.map((l) => {
      const c = cellsOf(l).filter((x) => x !== '');
      if (c[0] === '信息内容' && c.length === 2) return lineOf([`${c[0]}${c[1]}`]);
      if (c[0] === '行政复议' && c[1] === '行政诉讼') return lineOf([`${c[0]}${c[1]}`]);
      return l;
    });
  },
  /** 表二's （六） section before its （五）. */
  't2-sections-reordered'(lines) {
    const head = (item) => indexOf(lines, (cell) => cell === `第二十条第（${item}）项`);
    const five = head('五');
    const six = head('六');
    const eight = head('八');
    return [...lines.slice(0, five), ...lines.slice(six, eight), ...lines.slice(five, six), ...lines.slice(eight)];
  },
  /** 「第二十条第（五）项」 followed at once by 「第二十条第（六）项」; （五）'s rows only after （六）'s. */
  't2-heading-then-heading'(lines) {
    const head = (item) => indexOf(lines, (cell) => cell === `第二十条第（${item}）项`);
    const five = head('五');
    const six = head('六');
    const eight = head('八');
    return [...lines.slice(0, five + 1), ...lines.slice(six, eight), ...lines.slice(five + 1, six), ...lines.slice(eight)];
  },
  /** A line repeating a 表三 row label alone, directly above that row's numbers, which have no label. */
  'label-line-above'(lines) {
    const at = indexOf(lines, (cell) => cell.startsWith('（二）部分公开'));
    const cells = cellsOf(lines[at]);
    return [...lines.slice(0, at), cells[0], lineOf(cells.slice(1)), ...lines.slice(at + 1)];
  },
};

export function applyShapes(text, shapes = []) {
  if (shapes.includes('converter-markdown')) return converterMarkdown(text);
  let lines = text.split('\n');
  for (const name of shapes) {
    const shape = PAGE_SHAPES[name];
    if (!shape) throw new Error(`unknown page shape ${name}`);
    lines = shape(lines);
  }
  return lines.join('\n');
}

/**
 * The page as a converter (PDF or Word to Markdown) writes it: headings for every label, 表二's
 * sections and each 表三 row as a small table of its own under a made-up header (「类别 | 数据1 | … |
 * 总计」), 表四's three blocks one under another, blank lines around it all.
 */
export function converterMarkdown(text) {
  const out = [];
  const table = (header, rows) => out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
  const lines = text.split('\n').filter((l) => !l.startsWith('# '));
  let part = 'prose';
  let header;
  let rows = [];
  const flush = () => {
    if (header) table(header, rows);
    header = undefined;
    rows = [];
  };
  const t4 = [];
  const blocks = () => {
    const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'].forEach((name, b) => {
      out.push(`### ${name}`, '');
      table(outcomes, [t4.slice(b * 5, b * 5 + 5)]);
    });
  };
  for (const line of lines) {
    const cells = cellsOf(line).filter((c) => c !== '');
    const first = halfWidth(cells[0] ?? '');
    if (!line.includes('|')) {
      flush();
      if (line.trim() === '') continue;
      if (part === 't4' && /^[五六]、/.test(line) && t4.length === 15) blocks();
      if (/^[二三四五六]、/.test(line)) part = line.startsWith('二、') ? 't2' : line.startsWith('三、') ? 't3' : line.startsWith('四、') ? 't4' : 'prose';
      out.push(/^[一二三四五六]、/.test(line) ? `## ${line}` : line, '');
      continue;
    }
    if (part === 't2') {
      if (first.startsWith('第二十条')) {
        flush();
        out.push(`### ${cells[0]}`, '');
      } else if (first === '信息内容') header = cells;
      else rows.push(cells);
    } else if (part === 't3') {
      const numbers = cells.filter((c) => /^\d+$/.test(c));
      if (numbers.length !== 7) continue; // the header rows: left out, as converters drop them
      // The row's own label: the words just before its seven numbers.
      const label = cells[cells.indexOf(numbers[0]) - 1];
      out.push(`### ${label}`, '');
      table(['类别', ...['1', '2', '3', '4', '5', '6'].map((n) => `数据${n}`), '总计'], [[label.replace(/^[（(][一二三四五六七][）)]|^[一二三四]、/, ''), ...numbers]]);
    } else if (part === 't4') {
      if (cells.every((c) => /^\d+$/.test(c)) && cells.length === 15) t4.push(...cells);
    }
  }
  flush();
  if (part === 't4' && t4.length === 15) blocks();
  return out.join('\n');
}
