// A minimal zip writer for fixtures and tests that need archives of a given shape: a Word document,
// an OpenDocument file, a workbook with thousands of sheets, a part whose directory entry claims a
// size it does not have, a part given as deflate data made elsewhere (scripts/lib/deflate.js).
// Entries carry no timestamps, so the same entries always give the same bytes.
import { crc32 } from 'node:zlib';

/**
 * @typedef {object} ZipSpec
 * @property {string} name
 * @property {string | Buffer} data  the entry's content (stored), or with `deflated` its true content size is data.length
 * @property {Buffer} [deflated]  raw deflate data to store instead of `data` (method 8); `data` is then only used for its CRC and size
 * @property {number} [size]  the true uncompressed size, when `deflated` is given without `data`
 * @property {number} [crc]  the CRC-32 of the content, when `deflated` is given without `data`
 * @property {number} [claimSize]  claim this uncompressed size in both headers instead of the real one
 */

/** @param {ZipSpec[]} entries @returns {Buffer} */
export function makeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const content = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '', 'utf8');
    const body = entry.deflated ?? content;
    const crc = entry.crc ?? crc32(content);
    const size = entry.claimSize ?? entry.size ?? content.length;
    const method = entry.deflated ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
