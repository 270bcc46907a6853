import type { DocTable } from '../document.js';
import type { ReadLimits } from '../limits.js';
import { breached, fail, ok, type Result } from '../problem.js';
import { TableGrid, span, type CellDraft, type ParagraphText } from './table-grid.js';
import { trimXmlSpace } from './text.js';
import { Kind, MC_NAMESPACE, W_NAMESPACES, isOn, kindAt, localName, vocabulary, type Vocabulary } from './vocabulary.js';
import { Want, XmlError, scanXml } from './xml-scan.js';

/** What the main document part holds: its tables in order of their start tags, and the body's paragraphs outside tables. */
export interface BodyContent {
  tables: DocTable[];
  /** Every body paragraph outside tables, in reading order, empty ones included (text not yet cleaned). */
  paragraphs: string[];
}

/** Thrown from a parser callback to stop reading at once (a limit, a damaged file); caught in readBody. */
class Stop extends Error {
  constructor(readonly result: Result<never>) {
    super(result.ok ? 'stopped' : result.problem.code);
  }
}

/** What the walker wants of each kind of element: the attributes of a few, nothing inside SKIP ones, else the content. */
const WANTS: Want[] = [];
for (const kind of Object.values(Kind)) WANTS[kind] = kind === Kind.SKIP ? Want.NOTHING : Want.CONTENT;
for (const kind of [Kind.T, Kind.GRIDSPAN, Kind.VMERGE, Kind.HMERGE, Kind.GRIDBEFORE, Kind.VANISH, Kind.SHOWINGPLCHDR, Kind.FLDCHAR, Kind.SYM, Kind.GRIDCOL]) WANTS[kind] = Want.ATTRIBUTES;

/**
 * Reads `word/document.xml` in one pass of a streaming scanner (./xml-scan.ts), keeping its own
 * stack of element kinds (a flat array indexed by depth, so a deeply nested file costs no
 * recursion and is refused past `maxDepth`). Text is taken as Word prints the final document:
 * runs joined, tracked deletions, field codes, hidden runs and unfilled content-control
 * placeholders left out.
 */
export function readBody(xml: string, limits: ReadLimits, part: string): Result<BodyContent> {
  const maxDepth = limits.maxDepth;
  /** Per depth, the kind of the element open there (grown as needed: maxDepth may be set high). */
  const kinds: Kind[] = [Kind.OTHER];
  /** Per depth: the element opened a container (a cell) or started a text-suppressing region; for w:vMerge, its value. */
  const flags: number[] = [0];
  let depth = 0;
  let names: Vocabulary | undefined;
  const wPrefixes: string[] = [];
  const mcPrefixes: string[] = [];
  let rootName = '';

  /** Open elements whose text is not printed: tracked deletions, moves away, unfilled placeholders. */
  let removed = 0;
  /** Open runs that are hidden (`w:vanish`). */
  let hidden = 0;
  const hiddenRuns: boolean[] = [];
  /** Complex fields open, each true while its code (before `separate`) is being read. */
  const fields: boolean[] = [];
  let inCode = 0;

  const tables: TableGrid[] = [];
  const tableStack: TableGrid[] = [];
  const bodyParagraphs: ParagraphText[] = [];
  /** Where a paragraph opened now belongs: the body's list or the innermost cell's. */
  const containers: ParagraphText[][] = [];
  const paragraphs: ParagraphText[] = [];
  const cells: (CellDraft | undefined)[] = [];
  let cellCount = 0;

  /** The `w:t` being read, if its text is printed. */
  let textOpen = false;
  let textBuffer = '';
  let preserve = false;

  const printing = () => removed === 0 && hidden === 0 && inCode === 0;
  const append = (text: string) => {
    const paragraph = paragraphs.at(-1);
    if (paragraph && printing()) paragraph.text += text;
  };

  const learnNames = () => {
    if (wPrefixes.length === 0) wPrefixes.push('w'); // no declaration on the root: the prefix every producer writes
    if (mcPrefixes.length === 0) mcPrefixes.push('mc');
    names = vocabulary(wPrefixes, mcPrefixes);
    const colon = rootName.indexOf(':');
    const prefix = colon < 0 ? '' : rootName.slice(0, colon);
    if (localName(rootName) !== 'document' || !wPrefixes.includes(prefix)) {
      throw new Stop(fail('FILE_DAMAGED', `${part}: its root element is <${rootName}>, not a WordprocessingML document`));
    }
  };

  /** A start tag; returns what is wanted of it (SKIP kinds: nothing, so the scanner jumps to their end). */
  const open = (start: number, end: number, hash: number): Want => {
    depth++;
    if (depth > maxDepth) throw new Stop(breached('FILE_TOO_COMPLEX', { what: 'depth', limit: maxDepth, part }));
    flags[depth] = 0;
    if (depth === 1) {
      rootName = xml.slice(start, end);
      kinds[depth] = Kind.OTHER;
      return Want.ATTRIBUTES; // its namespace declarations
    }
    if (!names) learnNames();
    const kind = kindAt(names!, xml, start, end, hash);
    kinds[depth] = kind;
    switch (kind) {
      case Kind.BODY:
        containers.push(bodyParagraphs);
        flags[depth] = 1;
        break;
      case Kind.P: {
        const paragraph: ParagraphText = { text: '' };
        containers.at(-1)?.push(paragraph);
        paragraphs.push(paragraph);
        break;
      }
      case Kind.R:
        hiddenRuns.push(false);
        break;
      case Kind.T:
        textOpen = printing() && paragraphs.length > 0;
        textBuffer = '';
        preserve = false;
        break;
      case Kind.TAB:
        if (kinds[depth - 1] === Kind.R) append(' ');
        break;
      case Kind.BREAK:
        if (kinds[depth - 1] === Kind.R) append('\n');
        break;
      case Kind.HYPHEN:
        append('-');
        break;
      case Kind.REMOVED:
        if (kinds[depth - 1] === Kind.TRPR) tableStack.at(-1)?.markRowDeleted();
        removed++;
        break;
      case Kind.VANISH:
        if (kinds[depth - 1] === Kind.RPR && kinds[depth - 2] === Kind.R && hiddenRuns.length > 0 && !hiddenRuns.at(-1)) {
          hiddenRuns[hiddenRuns.length - 1] = true;
          hidden++;
        }
        break;
      case Kind.SHOWINGPLCHDR:
        if (kinds[depth - 1] === Kind.SDTPR && kinds[depth - 2] === Kind.SDT) flags[depth - 2] = 1;
        break;
      case Kind.SDTCONTENT:
        if (kinds[depth - 1] === Kind.SDT && flags[depth - 1]) {
          removed++;
          flags[depth] = 1;
        }
        break;
      case Kind.TBL: {
        const table = new TableGrid(tables.length + 1);
        tables.push(table);
        tableStack.push(table);
        break;
      }
      case Kind.GRIDCOL:
        if (kinds[depth - 1] === Kind.TBLGRID && kinds[depth - 2] === Kind.TBL) tableStack.at(-1)?.addGridColumn();
        break;
      case Kind.TR:
        tableStack.at(-1)?.beginRow();
        break;
      case Kind.TC: {
        if (++cellCount > limits.maxCells) throw new Stop(breached('FILE_TOO_COMPLEX', { what: 'cells', limit: limits.maxCells, part }));
        const cell = tableStack.at(-1)?.beginCell();
        cells.push(cell);
        if (cell) {
          containers.push(cell.paragraphs);
          flags[depth] = 1;
        }
        break;
      }
    }
    return WANTS[kind]!;
  };

  const attribute = (name: string, value: string) => {
    if (depth === 1) {
      if (name.startsWith('xmlns')) {
        const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
        if (prefix !== undefined && W_NAMESPACES.has(value)) wPrefixes.push(prefix);
        if (prefix !== undefined && value === MC_NAMESPACE) mcPrefixes.push(prefix);
      }
      return;
    }
    const kind = kinds[depth];
    if (kind === Kind.OTHER) return;
    const local = localName(name);
    switch (kind) {
      case Kind.T:
        if (name === 'xml:space') preserve = value === 'preserve';
        break;
      case Kind.GRIDSPAN:
        if (local === 'val' && kinds[depth - 1] === Kind.TCPR && kinds[depth - 2] === Kind.TC) {
          const cell = cells.at(-1);
          if (cell) cell.colSpan = span(value, 1);
        }
        break;
      case Kind.VMERGE:
      case Kind.HMERGE:
        // `<w:vMerge/>` continues; only its attribute says restart (read at close, when attributes are known).
        if (local === 'val') flags[depth] = value === 'restart' ? 2 : 1;
        break;
      case Kind.GRIDCOL:
        if (local === 'w' && kinds[depth - 1] === Kind.TBLGRID && kinds[depth - 2] === Kind.TBL) tableStack.at(-1)?.setGridColumnWidth(value);
        break;
      case Kind.GRIDBEFORE:
        if (local === 'val' && kinds[depth - 1] === Kind.TRPR && kinds[depth - 2] === Kind.TR) tableStack.at(-1)?.setGridBefore(value);
        break;
      case Kind.VANISH:
        if (local === 'val' && !isOn(value) && kinds[depth - 1] === Kind.RPR && kinds[depth - 2] === Kind.R && hiddenRuns.at(-1)) {
          hiddenRuns[hiddenRuns.length - 1] = false;
          hidden--;
        }
        break;
      case Kind.SHOWINGPLCHDR:
        if (local === 'val' && !isOn(value) && kinds[depth - 1] === Kind.SDTPR && kinds[depth - 2] === Kind.SDT) flags[depth - 2] = 0;
        break;
      case Kind.FLDCHAR:
        if (local === 'fldCharType') field(value);
        break;
      case Kind.SYM:
        if (local === 'char') {
          const code = Number.parseInt(value, 16);
          if (code > 0x1f && code <= 0xffff) append(String.fromCharCode(code));
        }
        break;
    }
  };

  const field = (type: string) => {
    if (type === 'begin') {
      fields.push(true);
      inCode++;
    } else if (type === 'separate') {
      if (fields.at(-1)) {
        fields[fields.length - 1] = false;
        inCode--;
      }
    } else if (type === 'end') {
      if (fields.pop()) inCode--;
    }
  };

  const close = () => {
    const at = depth--;
    switch (kinds[at]) {
      case Kind.BODY:
        if (flags[at]) containers.pop();
        break;
      case Kind.P:
        paragraphs.pop();
        break;
      case Kind.R:
        if (hiddenRuns.pop()) hidden--;
        break;
      case Kind.T:
        if (textOpen) {
          append(preserve ? textBuffer : trimXmlSpace(textBuffer));
          textOpen = false;
        }
        break;
      case Kind.REMOVED:
        removed--;
        break;
      case Kind.SDTCONTENT:
        if (flags[at]) removed--;
        break;
      case Kind.VMERGE:
      case Kind.HMERGE:
        if (kinds[at - 1] === Kind.TCPR && kinds[at - 2] === Kind.TC) {
          const cell = cells.at(-1);
          const merge = flags[at] === 2 ? 'restart' : 'continue';
          if (cell && kinds[at] === Kind.VMERGE) cell.vMerge = merge;
          else if (cell) cell.hMerge = merge;
        }
        break;
      case Kind.TC:
        cells.pop();
        if (flags[at]) containers.pop();
        break;
      case Kind.TR:
        tableStack.at(-1)?.endRow();
        break;
      case Kind.TBL:
        tableStack.pop();
        break;
    }
  };

  try {
    scanXml(xml, {
      open,
      attribute,
      close,
      text(text) {
        textBuffer += text;
      },
      wantsText: () => textOpen,
    });
    if (rootName && !names) learnNames(); // a root with no children is still checked
  } catch (error) {
    if (error instanceof Stop) return error.result;
    if (error instanceof XmlError) return fail('FILE_DAMAGED', `${part}: ${error.message}`);
    return fail('FILE_DAMAGED', `${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!rootName) return fail('FILE_DAMAGED', `${part} holds no XML element`);
  return ok({ tables: tables.map((t) => t.finish()), paragraphs: bodyParagraphs.map((p) => p.text) });
}
