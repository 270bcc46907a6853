/**
 * What every host of PDF.js 4.10 does the same way, whether it loads it in Node (src/node/pdfjs.ts)
 * or in the offline page's worker (src/app/pdfjs.ts, patched by scripts/build-app.js): the mends to
 * the worker's code, and where PDF.js may put the fonts it makes. Plain values and a function on
 * text: no Node built-in, no DOM.
 */

/** One mend to PDF.js's worker code: the text to find (exactly once), what replaces it, and why. */
export interface WorkerPatch {
  find: string;
  replace: string;
  why: string;
}

export const WORKER_PATCHES: readonly WorkerPatch[] = [
  {
    find: 'posY + glyphWidth < viewBox[1]',
    replace: 'posY < viewBox[1]',
    why:
      // With the large font sizes and small text matrices WPS writes (Tf 199, Tm 0.05), every glyph
      // of a vertical label below y = 199 was dropped (洪泽区's 「三、本年度办理结果」 read 「三、本年」).
      'a glyph of a vertical font was taken for off the page when its y plus its advance, in text-space units, fell below the page’s edge; it is off the page only when its top is',
  },
  {
    find: 'this.initializeFromPort(self);',
    replace: '',
    why:
      // In Node the condition around it is false; in the page's worker it would answer the page's
      // own messages' port with PDF.js's "ready" and listen to every message the page sends.
      'loaded in a Web Worker, the worker module takes that worker for its own and starts listening to it; PDF.js runs in the calling thread instead (globalThis.pdfjsWorker)',
  },
];

/**
 * The worker's code with every mend applied. Throws, naming the mend, when the text it replaces is
 * not found exactly once: another version of PDF.js must not drop a mend without anyone noticing.
 */
export function patchWorker(source: string): string {
  let patched = source;
  for (const patch of WORKER_PATCHES) {
    const parts = patched.split(patch.find);
    if (parts.length !== 2) {
      throw new Error(`PDF.js's worker code holds \`${patch.find}\` ${parts.length - 1} times, not once: the mend (${patch.why}) must be redone for this version of PDF.js`);
    }
    patched = parts.join(patch.replace);
  }
  return patched;
}

/**
 * Where PDF.js puts the fonts it makes for a page: nowhere. With font faces disabled, PDF.js
 * compiles every glyph the page shows into a path for a canvas (about 40% of the time spent on a
 * page's lines); enabled, it hands each font to the document it is given, and the text and lines
 * it gives are the same. This stands in for that document. In Node, PDF.js 4.10 writes an
 * @font-face rule into a <style> element's sheet and goes on (it loads fonts synchronously there).
 * In a browser, where `FontFace` exists, it makes a FontFace and adds it to `document.fonts`
 * (without that set, Chromium would wait for each font with a canvas that a worker lacks, fail,
 * and fall back to compiling paths); the set here keeps nothing, so no font is loaded anywhere.
 */
export const FONT_SINK = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
  ...(typeof (globalThis as { FontFace?: unknown }).FontFace === 'function' ? { fonts: { add: () => undefined, delete: () => false } } : {}),
};
