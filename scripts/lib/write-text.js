// A report as text, the way a web page's text comes out when copied: a line per paragraph, a line
// per table row with the cells that start on that row (a merged label once, on its first row), in
// one of the separators real copies use. Deterministic.
import iconv from 'iconv-lite';

const SEPARATORS = {
  pipe: (cells) => `${cells.join(' | ')} |`,
  tab: (cells) => cells.join('\t'),
  markdown: (cells) => `| ${cells.join(' | ')} |`,
};

/**
 * @param {import('./report-blocks.js').Block[]} blocks
 * @param {{ separator?: 'pipe' | 'tab' | 'markdown', encoding?: 'utf8' | 'gbk', crlf?: boolean }} options
 * @returns {Uint8Array}
 */
export function writeText(blocks, { separator = 'pipe', encoding = 'utf8', crlf = false } = {}) {
  const lines = [];
  for (const block of blocks) {
    if ('paragraph' in block) {
      lines.push(block.paragraph);
      continue;
    }
    const { table } = block;
    const join = SEPARATORS[separator];
    for (let row = 1; row <= table.height; row++) {
      const cells = table.cells
        .filter((c) => c.row === row)
        .sort((a, b) => a.col - b.col)
        .map((c) => c.text.replace(/\s*\n\s*/g, ''));
      if (cells.length === 0) continue;
      lines.push(join(cells));
      // Markdown needs a separator row under its first row to be a table at all.
      if (separator === 'markdown' && row === 1) lines.push(`|${cells.map(() => '---').join('|')}|`);
    }
  }
  const text = lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
  return encoding === 'gbk' ? new Uint8Array(iconv.encode(text, 'gbk')) : new TextEncoder().encode(text);
}
