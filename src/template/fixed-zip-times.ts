/**
 * exceljs stamps every zip entry with the time of writing, so the same workbook written twice
 * differs byte for byte. Setting every entry's DOS time to 1980-01-01 00:00 makes the template,
 * annotated copies and the generated fixtures reproducible.
 */
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EPOCH_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const EPOCH_TIME = 0;

export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const stamp = (at: number) => {
    view.setUint16(at, EPOCH_TIME, true);
    view.setUint16(at + 2, EPOCH_DATE, true);
  };
  for (let at = 0; at + 46 <= out.length;) {
    const signature = u32(at);
    if (signature === LOCAL) {
      stamp(at + 10);
      if (u16(at + 6) & 0x08) {
        at += 4; // sizes follow the data in a descriptor; keep scanning for the next signature
        continue;
      }
      at += 30 + u16(at + 26) + u16(at + 28) + u32(at + 18);
    } else if (signature === CENTRAL) {
      stamp(at + 12);
      at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    } else {
      at += 1;
    }
  }
  return out;
}
