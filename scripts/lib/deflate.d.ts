/** Types for deflate.js (used by the fixture script and by the tests). */
export function repeatingDeflate(spec: { prefix: Buffer; distance: number; repeat: number; suffix: Buffer }): Buffer;
