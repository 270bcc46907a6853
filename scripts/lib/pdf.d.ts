/** Types for pdf.js (used by the fixture script and by the tests). */
export function makePdf(objects: (string | Buffer)[], root?: number): Buffer;
export function stream(dict: string, data: string | Buffer): Buffer;
export function zlibWrap(deflated: Buffer, prefix: Buffer, byte: number, length: number, suffix: Buffer): Buffer;
