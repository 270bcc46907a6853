/**
 * Characters that would act on a terminal or a log rather than show: C0 and C1 controls (ESC starts
 * colours and cursor moves, a newline breaks a line), DEL, the Unicode line and paragraph
 * separators, and the bidirectional overrides that reorder what follows them.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds, to escape them
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One unprintable character as it is written in source code: `\n`, `\x1b`, `\u202e`. */
export function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/**
 * Text from outside (a file's name, a workbook's text) made safe for a person to read on a terminal,
 * in a log or in a table: every unprintable character written as its escape (`a\x1b[31m.xlsx`,
 * `年报\n.xlsx`), so it can neither colour nor break the output and the name can still be told.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeChar);
}
