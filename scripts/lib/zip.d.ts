/** Types for zip.js (used by the fixture script and by the tests). */
export interface ZipSpec {
  name: string;
  data?: string | Buffer;
  deflated?: Buffer;
  size?: number;
  crc?: number;
  claimSize?: number;
}
export function makeZip(entries: ZipSpec[]): Buffer;
