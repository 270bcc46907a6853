import type JSZip from 'jszip';
import { addressOf } from '../../spec/a1.js';
import { attributes, decodeEntities, readPart } from './package.js';
import { wrappedLines } from '../../width/sheet.js';

/**
 * exceljs gives every note the same small box (two columns by four rows), and Excel shows a note in
 * its box, cutting off what does not fit: a finding's sentence would be half hidden. Each box is
 * sized here to its text. Works on the parts exceljs writes: `xl/commentsN.xml` with its
 * `xl/drawings/vmlDrawingN.vml`.
 */

/** Width of a box in columns, and how much text a line of it holds (a CJK character counts 2). */
const BOX_COLUMNS = 4;
const UNITS_PER_LINE = 34;
const POINTS_PER_LINE = 13;

/** Cell address → the note's text, from a comments part. */
export function noteTexts(commentsXml: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const match of commentsXml.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)) {
    const ref = attributes(match[1]!).ref;
    const text = [...match[2]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decodeEntities(t[1]!)).join('');
    if (ref) texts.set(ref, text);
  }
  return texts;
}

/** The VML with each note's box (its anchor, and the size Excel uses before it reads the anchor) fitted to its text. */
export function sizeNoteBoxes(vml: string, texts: ReadonlyMap<string, string>): string {
  return vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
    const row = Number(/<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1]);
    const col = Number(/<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1]);
    const text = texts.get(addressOf(row + 1, col + 1));
    if (!Number.isInteger(row) || !Number.isInteger(col) || text === undefined) return shape;
    const lines = wrappedLines(text, UNITS_PER_LINE);
    const left = col + 1;
    const top = Math.max(row - 1, 0);
    const anchor = [left, 6, top, 4, left + BOX_COLUMNS, 6, top + Math.ceil((lines * POINTS_PER_LINE) / 15) + 1, 4].join(', ');
    return shape
      .replace(/<x:Anchor>[^<]*<\/x:Anchor>/, `<x:Anchor>${anchor}</x:Anchor>`)
      .replace(/width:[\d.]+pt;height:[\d.]+pt/, `width:${BOX_COLUMNS * 60}pt;height:${lines * POINTS_PER_LINE + 12}pt`);
  });
}

/** Sizes the boxes of every note in a package written by exceljs. */
export async function sizeAllNoteBoxes(zip: JSZip): Promise<void> {
  for (const path of Object.keys(zip.files)) {
    const n = /^xl\/comments(\d+)\.xml$/.exec(path)?.[1];
    if (!n) continue;
    const vmlPath = `xl/drawings/vmlDrawing${n}.vml`;
    const vml = await readPart(zip, vmlPath);
    if (vml === undefined) continue;
    zip.file(vmlPath, sizeNoteBoxes(vml, noteTexts((await readPart(zip, path)) ?? '')));
  }
}
