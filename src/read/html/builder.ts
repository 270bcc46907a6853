import { docCell, type DocCell, type DocTable, type Document, type Source } from '../document.js';
import type { ReadLimits } from '../limits.js';
import type { LimitBreach } from '../problem.js';
import { isQuirks } from './doctype.js';
import { BLOCK, CELL, CHROME, CHROME_ROLES, IGNORED, LANDMARKS, PRE, ROW_GROUP, SCOPE, SECTIONING, SPECIAL, TABLE_PARTS, TABLE_SCOPE } from './elements.js';
import { collapse, Flow, paragraphsOf, type FormVerdict } from './flow.js';
import { positionOf, TableGrid, type Placed } from './grid.js';
import { ScopedParser } from './scoped-parser.js';
import { hides } from './style.js';

/** An open element, in step with htmlparser2's own stack. */
interface Frame {
  name: string;
  index: number;
  /** False once the element has been closed by the reader's own (browser) rules, before the parser closes it. */
  alive: boolean;
  hidden: boolean;
  ignored: boolean;
  chrome: boolean;
  link: boolean;
  sectioning: boolean;
  pre: boolean;
  block: boolean;
  form: FormState | undefined;
  /** The table this element opened. */
  table: TableState | undefined;
  /** This element is a cell, row or row group of `owner`. */
  part: 'cell' | 'row' | 'group' | undefined;
  owner: TableState | undefined;
}

interface FormState {
  verdict: FormVerdict;
  tables: number;
  characters: number;
}

interface CellState {
  frame: Frame;
  placed: Placed;
  /**
   * Excel's "Save as Web Page" gives a cell whose text runs over empty neighbours a colspan marked
   * `mso-ignore:colspan`: laid out as spanning, as a browser does, but no merge in the workbook.
   */
  overflow: boolean;
  flow: Flow;
  holdsTable: boolean;
  text: string;
}

interface TableState {
  number: number;
  frame: Frame;
  /** Hidden as a whole (itself or an ancestor): read, and marked hidden, like a hidden sheet. */
  hidden: boolean;
  /** Hidden elements around the table; more than this inside it hides a cell's text. */
  hiddenBase: number;
  grid: TableGrid;
  cells: CellState[];
  cell: CellState | undefined;
  rowFrame: Frame | undefined;
  groupFrame: Frame | undefined;
  /** Where text outside its cells goes (a browser moves it before the table), and that flow's hidden base. */
  parentFlow: Flow;
  parentHiddenBase: number;
  parentCell: CellState | undefined;
}

/**
 * A cell holding page-sized text (more than any label of the official tables) in a table at most
 * this wide is a page laid out in a table; a report's statistics tables are four columns or more.
 */
const LAYOUT_CHARACTERS = 200;
const LAYOUT_MAX_COLUMNS = 3;
/** A form holding less text than this (and no table) is a search box or a login: chrome. */
const FORM_CONTENT_CHARACTERS = 100;

export type Built = { ok: true; document: Document } | { ok: false; breach: LimitBreach };

/**
 * Reads a decoded page into the document model in one pass over htmlparser2's callbacks, with an
 * explicit stack (no recursion: a page nested 100,000 deep costs nothing but the refusal).
 *
 * Tables: each `<table>` start tag is a table, numbered in document order, a nested one included;
 * its cells are laid out by the HTML table model (./grid.ts), and a cell's text is the flow of its
 * own content (./flow.ts), a nested table's text excluded. Where htmlparser2 nests what a browser
 * would not (a `<td>` inside an unclosed `<p>` of the previous cell), the reader closes the cell as
 * a browser does: the elements still open in it are closed, in the reader's model, on the spot.
 *
 * Prose: the text outside tables, in paragraphs, with page chrome left out (see flow.ts and
 * elements.ts); the paragraphs of a page laid out in a table are prose too.
 */
export function buildDocument(page: string, limits: ReadLimits): Built {
  return new Builder(limits).build(page);
}

class Builder {
  private readonly frames: Frame[] = [];
  private readonly open: TableState[] = [];
  private readonly tables: DocTable[] = [];
  private readonly body = new Flow();
  private cellsLeft: number;
  private breach: LimitBreach | undefined;
  private parser!: ScopedParser;
  private doctype: string | undefined;
  private quirks: boolean | undefined;
  private started = false;
  private titleFrame: Frame | undefined;
  private titleDone = false;
  private title = '';
  private form: FormState | undefined;
  // How many open (alive) elements of each kind surround the current point.
  private hidden = 0;
  private ignored = 0;
  private chrome = 0;
  private link = 0;
  private sectioning = 0;
  private pre = 0;

  constructor(private readonly limits: ReadLimits) {
    this.cellsLeft = limits.maxCells;
  }

  build(page: string): Built {
    this.parser = new ScopedParser(
      {
        onopentag: (name, attributes) => this.openElement(name, attributes),
        onclosetag: () => this.closeElement(),
        ontext: (text) => this.text(text),
        onprocessinginstruction: (name, data) => {
          if (!this.started && this.doctype === undefined && name.toLowerCase() === '!doctype') this.doctype = data;
        },
      },
      (source, start, end) => this.allowEnd(source, start, end),
    );
    this.parser.parse(page);
    if (this.breach) return { ok: false, breach: this.breach };
    this.body.close();
    const prose = paragraphsOf(this.body.lines).map((text, i) => ({ text, source: { kind: 'html' as const, paragraph: i + 1 } }));
    const title = collapse(this.title);
    return { ok: true, document: { format: 'html', tables: this.tables, prose, ...(title ? { declaredTitle: title } : {}) } };
  }

  private stop(breach: LimitBreach): void {
    this.breach ??= breach;
    this.parser.pause();
  }

  private openElement(name: string, attributes: Record<string, string>): void {
    if (this.breach) return;
    this.started = true;
    if (this.frames.length >= this.limits.maxDepth) return this.stop({ what: 'depth', limit: this.limits.maxDepth });
    const role = attributes.role?.toLowerCase();
    const frame: Frame = {
      name,
      index: this.frames.length,
      alive: true,
      hidden: hides(attributes),
      ignored: IGNORED.has(name),
      chrome: CHROME.has(name) || (LANDMARKS.has(name) && this.sectioning === 0) || (role !== undefined && CHROME_ROLES.has(role)),
      link: name === 'a' && attributes.href !== undefined,
      sectioning: SECTIONING.has(name),
      pre: PRE.has(name),
      block: BLOCK.has(name),
      // Declared from the start, so that every frame has the same shape (a hot path).
      form: undefined,
      table: undefined,
      part: undefined,
      owner: undefined,
    };
    if (name === 'title' && !this.titleDone && !this.titleFrame && this.ignored === 0) this.titleFrame = frame;
    if (name === 'form') this.form = frame.form = { verdict: { chrome: false }, tables: 0, characters: 0 };

    // Inside what is never shown (a <noscript>, a <template>) there are no tables, only markup.
    const structural = this.ignored === 0;
    const table = structural ? this.open.at(-1) : undefined;
    if (structural && name === 'table') {
      // A table start tag straight inside a table (not in a cell) ends that table: browsers make them siblings.
      if (table && !table.cell) this.closeFrom(table.frame);
    } else if (table && TABLE_PARTS.has(name)) {
      if (CELL.has(name)) {
        if (table.cell) this.closeFrom(table.cell.frame);
      } else if (name === 'tr') {
        this.closeFrom(lowest(table.rowFrame, table.cell?.frame));
        table.grid.endRow();
      } else {
        // thead, tbody, tfoot, caption, colgroup: the open row group ends.
        this.closeFrom(lowest(table.groupFrame, table.rowFrame, table.cell?.frame));
        table.grid.endGroup();
      }
    }

    this.frames.push(frame);
    this.count(frame, 1);

    const owner = structural ? this.open.at(-1) : undefined;
    if (name === 'table' && structural) this.openTable(frame);
    else if (owner && CELL.has(name)) this.openCell(owner, frame, attributes);
    else if (owner && name === 'tr') {
      owner.grid.startRow();
      owner.rowFrame = frame;
      frame.part = 'row';
      frame.owner = owner;
    } else if (owner && ROW_GROUP.has(name)) {
      owner.grid.startGroup(name === 'tfoot');
      owner.groupFrame = frame;
      frame.part = 'group';
      frame.owner = owner;
    } else if (frame.block || name === 'br') {
      const sink = this.sink();
      if (this.visible(sink.hiddenBase)) {
        if (name === 'br') sink.flow.br();
        else sink.flow.block();
      }
    }
  }

  private openTable(frame: Frame): void {
    const sink = this.sink();
    sink.flow.block();
    if (sink.cell) sink.cell.holdsTable = true;
    if (this.form) this.form.tables++;
    this.quirks ??= isQuirks(this.doctype);
    const table: TableState = {
      number: this.tables.length + 1,
      frame,
      hidden: this.hidden > 0,
      hiddenBase: this.hidden,
      grid: new TableGrid(this.quirks),
      cells: [],
      cell: undefined,
      rowFrame: undefined,
      groupFrame: undefined,
      parentFlow: sink.flow,
      parentHiddenBase: sink.hiddenBase,
      parentCell: sink.cell,
    };
    this.tables.push({ origin: { kind: 'html', table: table.number }, cells: [] });
    frame.table = table;
    this.open.push(table);
  }

  private openCell(table: TableState, frame: Frame, attributes: Record<string, string>): void {
    const placed = table.grid.addCell(attributes.colspan, attributes.rowspan);
    this.cellsLeft -= placed.colSpan;
    if (this.cellsLeft < 0) return this.stop({ what: 'cells', limit: this.limits.maxCells });
    const overflow = attributes.style !== undefined && /mso-ignore\s*:\s*colspan/i.test(attributes.style);
    const cell: CellState = { frame, placed, overflow, flow: new Flow(), holdsTable: false, text: '' };
    table.cells.push(cell);
    table.cell = cell;
    frame.part = 'cell';
    frame.owner = table;
  }

  /** htmlparser2 closed the element on top of its stack. */
  private closeElement(): void {
    if (this.breach) return;
    const frame = this.frames.pop();
    if (frame?.alive) this.close(frame);
  }

  /** Closes, in the reader's model, an element and every element opened after it (browser rules ending a cell, a row, a table). */
  private closeFrom(frame: Frame | undefined): void {
    if (!frame) return;
    for (let i = this.frames.length - 1; i >= frame.index; i--) {
      const open = this.frames[i]!;
      if (open.alive) this.close(open);
    }
  }

  private close(frame: Frame): void {
    frame.alive = false;
    if (frame.block && !frame.part && !frame.table) {
      const sink = this.sink();
      if (this.visible(sink.hiddenBase)) sink.flow.block();
    }
    if (frame.part === 'cell') {
      if (frame.owner!.cell?.frame === frame) this.endCell(frame.owner!);
    } else if (frame.part === 'row') {
      if (frame.owner!.rowFrame === frame) {
        frame.owner!.grid.endRow();
        frame.owner!.rowFrame = undefined;
      }
    } else if (frame.part === 'group') {
      if (frame.owner!.groupFrame === frame) {
        frame.owner!.grid.endGroup();
        frame.owner!.groupFrame = undefined;
      }
    } else if (frame.table) this.finishTable(frame.table);
    if (frame === this.titleFrame) this.titleDone = true;
    if (frame.form) {
      frame.form.verdict.chrome = frame.form.tables === 0 && frame.form.characters < FORM_CONTENT_CHARACTERS;
      if (this.form === frame.form) this.form = undefined;
    }
    this.count(frame, -1);
  }

  private endCell(table: TableState): void {
    const cell = table.cell!;
    table.cell = undefined;
    cell.text = cell.flow.text();
  }

  private finishTable(table: TableState): void {
    if (table.cell) this.endCell(table);
    table.grid.finish();
    const at = this.open.lastIndexOf(table);
    if (at >= 0) this.open.splice(at, 1);
    const cells: DocCell[] = [];
    for (const cell of table.cells) {
      if (cell.text === '') continue;
      const { row, col, rowSpan, colSpan } = positionOf(cell.placed);
      const source: Source = { kind: 'html', table: table.number, row, col };
      cells.push(docCell(row, col, rowSpan > 1 ? rowSpan : undefined, colSpan > 1 && !cell.overflow ? colSpan : undefined, 'text', cell.text, source));
    }
    // Cells come in document order, which is row-major but for footer rows moved last.
    if (cells.some((c, i) => i > 0 && (c.row < cells[i - 1]!.row || (c.row === cells[i - 1]!.row && c.col < cells[i - 1]!.col)))) cells.sort((a, b) => a.row - b.row || a.col - b.col);
    this.tables[table.number - 1] = { origin: { kind: 'html', table: table.number }, ...(table.hidden ? { hidden: true } : {}), cells };
    if (!table.hidden && this.isLayout(table)) for (const cell of table.cells) table.parentFlow.append(cell.flow.lines);
    table.parentFlow.block();
  }

  /** A page laid out in a table: a cell holds a table, or page-sized text in a narrow table. */
  private isLayout(table: TableState): boolean {
    if (table.cells.some((c) => c.holdsTable)) return true;
    return table.grid.width <= LAYOUT_MAX_COLUMNS && table.cells.some((c) => c.text.length > LAYOUT_CHARACTERS);
  }

  private text(text: string): void {
    if (this.breach) return;
    if (this.ignored > 0) {
      if (this.titleFrame && !this.titleDone && this.frames.at(-1) === this.titleFrame) this.title += text;
      return;
    }
    const sink = this.sink();
    if (!this.visible(sink.hiddenBase)) return;
    const link = this.link > 0;
    const chrome = this.chrome > 0;
    const form = this.form?.verdict;
    if (this.form && !link) this.form.characters += text.trim().length;
    if (this.pre > 0 && text.includes('\n')) {
      text.split('\n').forEach((line, i) => {
        if (i > 0) sink.flow.br();
        sink.flow.add(line, link, chrome, form);
      });
    } else sink.flow.add(text, link, chrome, form);
  }

  /** Where text goes now: the open cell of the innermost table, else the flow around that table, else the page. */
  private sink(): { flow: Flow; hiddenBase: number; cell: CellState | undefined } {
    const table = this.open.at(-1);
    if (!table) return { flow: this.body, hiddenBase: 0, cell: undefined };
    if (table.cell) return { flow: table.cell.flow, hiddenBase: table.hiddenBase, cell: table.cell };
    return { flow: table.parentFlow, hiddenBase: table.parentHiddenBase, cell: table.parentCell };
  }

  private visible(hiddenBase: number): boolean {
    return this.ignored === 0 && this.hidden <= hiddenBase;
  }

  private count(frame: Frame, by: 1 | -1): void {
    if (frame.hidden) this.hidden += by;
    if (frame.ignored) this.ignored += by;
    if (frame.chrome) this.chrome += by;
    if (frame.link) this.link += by;
    if (frame.sectioning) this.sectioning += by;
    if (frame.pre) this.pre += by;
  }

  /**
   * Whether a browser would let an end tag close anything (see ScopedParser): looking down the open
   * elements, its own element must come before a boundary. An inline element's end tag stops at any
   * "special" element; a block's at a cell, a table or a caption; a table part's at a table.
   */
  private allowEnd(source: string, start: number, end: number): boolean {
    if (this.breach) return false;
    // Most end tags close the element on top, as written: no name to build.
    const top = this.frames.at(-1);
    if (top?.alive && end - start === top.name.length && source.startsWith(top.name, start)) return true;
    const name = source.slice(start, end).toLowerCase();
    if (name === 'br') return true; // </br> is a <br> to browsers and to htmlparser2
    const boundaries = TABLE_PARTS.has(name) ? TABLE_SCOPE : SPECIAL.has(name) ? SCOPE : SPECIAL;
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i]!;
      if (!frame.alive) continue;
      if (frame.name === name) return true;
      if (boundaries.has(frame.name)) return false;
    }
    return true;
  }
}

function lowest(...frames: (Frame | undefined)[]): Frame | undefined {
  let low: Frame | undefined;
  for (const frame of frames) if (frame && (!low || frame.index < low.index)) low = frame;
  return low;
}
