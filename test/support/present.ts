import { cellMarks as marksOfPresented, type PlaceOf } from '../../src/report/annotate/marks.js';
import type { Lang } from '../../src/spec/text.js';
import { presentFindings } from '../../src/report/present.js';
import type { Finding } from '../../src/rules/finding.js';

/** The annotated copy's marks for findings as a rule makes them: presented first, as the command line presents them. */
export const cellMarks = (findings: readonly Finding[], lang: Lang, placeOf?: PlaceOf) => marksOfPresented(presentFindings(findings, lang), lang, placeOf);
