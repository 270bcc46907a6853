/**
 * exceljs stamps every zip entry with the time of writing, so the same workbook written twice
 * differs byte for byte. Setting every entry's DOS time to 1980-01-01 00:00 makes the template
 * and the generated fixtures reproducible.
 */
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EPOCH_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const EPOCH_TIME = 0;

export function fixZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 46 <= out.length; ) {
    const signature = out.readUInt32LE(at);
    if (signature === LOCAL) {
      out.writeUInt16LE(EPOCH_TIME, at + 10);
      out.writeUInt16LE(EPOCH_DATE, at + 12);
      const compressed = out.readUInt32LE(at + 18);
      const flags = out.readUInt16LE(at + 6);
      if (flags & 0x08) {
        at += 4; // sizes follow the data in a descriptor; keep scanning for the next signature
        continue;
      }
      at += 30 + out.readUInt16LE(at + 26) + out.readUInt16LE(at + 28) + compressed;
    } else if (signature === CENTRAL) {
      out.writeUInt16LE(EPOCH_TIME, at + 12);
      out.writeUInt16LE(EPOCH_DATE, at + 14);
      at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
    } else {
      at += 1;
    }
  }
  return out;
}
