/**
 * Text as a browser lays it out, line by line: text nodes run together with nothing added between
 * them (`<span>2</span><span>1</span>` is "21"), white space (a no-break space and the ideographic
 * space included) collapses to one space and is trimmed at each line's ends, a `<br>` ends a line,
 * and a block element's edge ends a line that holds something. The same flow serves a table cell
 * (its lines joined by "\n") and the page outside tables (its lines grouped into paragraphs).
 */

/** What the prose needs to know about a line besides its text. */
export interface LineMarks {
  /** Letters and digits inside links (`<a href>`). */
  linkLetters: number;
  /** Some of its text stood in page chrome (nav, aside, a page's header or footer). */
  chrome: boolean;
  /** The `<form>` its text stood in, whose verdict (content or chrome) comes when the form ends. */
  form: FormVerdict | undefined;
}

export interface Line extends LineMarks {
  text: string;
  /** Ended by a block edge (a paragraph ends here), not by a `<br>`. */
  block: boolean;
  /** Copied from a layout table nested in this cell: prose, but not the cell's own text. */
  nested?: boolean;
}

export interface FormVerdict {
  chrome: boolean;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;
const SPACES = /\s+/g;
const INK = /[^\s\u00ad\u200b-\u200d\u2060]/;
const LETTER = /[\p{L}\p{N}]/gu;

export function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

export function countLetters(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

export class Flow {
  readonly lines: Line[] = [];
  private parts: string[] = [];
  private ink = false;
  // The marks of the open line.
  private linkLetters = 0;
  private chrome = false;
  private form: FormVerdict | undefined = undefined;

  add(text: string, link: boolean, chrome: boolean, form: FormVerdict | undefined): void {
    this.parts.push(text);
    if (!this.ink && INK.test(text)) this.ink = true;
    if (link) this.linkLetters += countLetters(text);
    if (chrome) this.chrome = true;
    if (form) this.form = form;
  }

  /** A `<br>`: the line ends, empty or not. */
  br(): void {
    this.end(false);
  }

  /**
   * A block element starts or ends. A line with something on it ends here; an empty one left by a
   * `<br>` at the block's end is not a line of its own (a browser shows no blank line for it).
   */
  block(): void {
    if (this.ink) return this.end(true);
    this.reset();
    const last = this.lines.at(-1);
    if (last) last.block = true;
  }

  /** Lines copied from elsewhere (a layout table's cells), each cell a paragraph of its own. */
  append(lines: readonly Line[]): void {
    this.block();
    for (const line of lines) this.lines.push({ ...line, nested: true });
    const last = this.lines.at(-1);
    if (last) last.block = true;
  }

  /** Ends the open line. */
  close(): void {
    this.block();
  }

  /** A cell's text: its own lines joined, blank lines at either end dropped. */
  text(): string {
    this.close();
    return joinLines(this.lines.filter((l) => !l.nested));
  }

  /** Number of characters of the flow's own text so far (a cell holding a page is a layout cell). */
  length(): number {
    let n = 0;
    for (const line of this.lines) if (!line.nested) n += line.text.length;
    return n;
  }

  private end(block: boolean): void {
    const text = collapse(this.parts.length === 1 ? this.parts[0]! : this.parts.join(''));
    this.lines.push({ text, block, linkLetters: this.linkLetters, chrome: this.chrome, form: this.form });
    this.reset();
  }

  private reset(): void {
    this.parts = [];
    this.ink = false;
    this.linkLetters = 0;
    this.chrome = false;
    this.form = undefined;
  }
}

/** Lines joined by "\n", without blank lines at either end. */
export function joinLines(lines: readonly Line[]): string {
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]!.text === '') first++;
  while (last >= first && lines[last]!.text === '') last--;
  let out = '';
  for (let i = first; i <= last; i++) out += (i > first ? '\n' : '') + lines[i]!.text;
  return out;
}

/**
 * The paragraphs of a flow: lines up to each block edge. A `<br>` does not end a paragraph: its
 * lines stay together, joined by "\n" (a title broken over two lines stays one title; whoever wants
 * lines splits the text). A paragraph is page chrome, and left out,
 * when any of its text stood in chrome (or in a form that turned out to be chrome), or when its
 * letters are mostly inside links: menus, "related articles" lists with their dates, and
 * 上一篇/下一篇 links, which name other years' reports.
 */
export function paragraphsOf(lines: readonly Line[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.block && i < lines.length - 1) continue;
    const group = lines.slice(start, i + 1);
    start = i + 1;
    const text = joinLines(group);
    if (text === '' || group.some((l) => l.chrome || l.form?.chrome)) continue;
    const linkLetters = group.reduce((n, l) => n + l.linkLetters, 0);
    if (linkLetters > 0 && linkLetters * 2 >= countLetters(text)) continue;
    out.push(text);
  }
  return out;
}
