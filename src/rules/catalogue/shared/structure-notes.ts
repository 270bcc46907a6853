import type { NoteOf, Report, StructureNote } from '../../../model/schema.js';
import type { Source } from '../../../read/document.js';
import type { FindingCell } from '../../../model/cited.js';

/** The structure notes of the given codes, as their variants. */
export function notesOf<C extends StructureNote['code']>(report: Report, codes: readonly C[]): NoteOf<C>[] {
  return report.structure.filter((n): n is NoteOf<C> => (codes as readonly string[]).includes(n.code));
}

/** The place a note is about, as a finding's cell: it has no canonical key. */
export const noteCell = (source: Source, value: string | null): FindingCell => ({ source, key: '', value });
