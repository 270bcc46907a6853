// A raw deflate stream (RFC 1951) that repeats: `prefix` as stored bytes, then `repeat` bytes
// copied from `distance` bytes back, then `suffix` as stored bytes. Written by hand, not by zlib,
// so that the fixtures are the same bytes on every Node version, and so that the repeat costs two
// bits per 258 bytes (a 1 GiB part takes about 1 MB), which is how zip bombs are made.

/** LSB-first bit writer, as deflate packs its bits. */
function bitWriter() {
  const bytes = [];
  let current = 0;
  let used = 0;
  const put = (value, count) => {
    for (let i = 0; i < count; i++) {
      current |= ((value >>> i) & 1) << used;
      if (++used === 8) {
        bytes.push(current);
        current = 0;
        used = 0;
      }
    }
  };
  return {
    put,
    /** A Huffman code goes most significant bit first. */
    code: (code, length) => {
      for (let i = length - 1; i >= 0; i--) put((code >>> i) & 1, 1);
    },
    align: () => used > 0 && put(0, 8 - used),
    done: () => {
      if (used > 0) bytes.push(current);
      return Buffer.from(bytes);
    },
  };
}

function storedBlocks(out, data, final) {
  for (let at = 0; at < data.length || at === 0; at += 65535) {
    const piece = data.subarray(at, at + 65535);
    const last = final && at + 65535 >= data.length;
    out.put(last ? 1 : 0, 1);
    out.put(0, 2);
    out.align();
    out.put(piece.length, 16);
    out.put(~piece.length & 0xffff, 16);
    for (const byte of piece) out.put(byte, 8);
    if (data.length === 0) break;
  }
}

/** Distance code and extra bits for a distance (RFC 1951 §3.2.5). */
function distanceCode(distance) {
  let base = 1;
  for (let code = 0; code < 30; code++) {
    const extra = code < 4 ? 0 : (code >> 1) - 1;
    if (distance < base + (1 << extra)) return { code, extra, value: distance - base };
    base += 1 << extra;
  }
  throw new Error(`distance ${distance} is too far`);
}

/**
 * One dynamic-Huffman block whose only symbols are 285 (length 258), the end of block and one
 * distance code: each copy of 258 bytes costs 2 bits plus the distance's extra bits.
 */
function repeatBlock(out, distance, repeat) {
  if (repeat % 258 !== 0) throw new Error('repeat must be a multiple of 258');
  const dist = distanceCode(distance);
  out.put(0, 1); // not the final block
  out.put(2, 2); // dynamic Huffman
  out.put(286 - 257, 5); // HLIT: literal/length codes 0…285
  out.put(dist.code, 5); // HDIST: distance codes 0…code
  out.put(18 - 4, 4); // HCLEN: code length codes up to symbol 1 in the permuted order
  // Code length code lengths in the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1: symbols 0, 1, 17 and 18 get 2 bits.
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
  for (const symbol of order) out.put([0, 1, 17, 18].includes(symbol) ? 2 : 0, 3);
  const clCode = { 0: 0, 1: 1, 17: 2, 18: 3 }; // canonical codes, by symbol order
  const zeros = (n) => {
    while (n >= 11) {
      const run = Math.min(n, 138);
      out.code(clCode[18], 2);
      out.put(run - 11, 7);
      n -= run;
    }
    if (n >= 3) {
      out.code(clCode[17], 2);
      out.put(n - 3, 3);
      n = 0;
    }
    for (; n > 0; n--) out.code(clCode[0], 2);
  };
  const one = () => out.code(clCode[1], 2);
  zeros(256);
  one(); // 256, end of block: code 0
  zeros(285 - 257);
  one(); // 285, length 258: code 1
  zeros(dist.code);
  one(); // the one distance code: code 0
  for (let n = 0; n < repeat; n += 258) {
    out.code(1, 1);
    out.code(0, 1);
    out.put(dist.value, dist.extra);
  }
  out.code(0, 1); // end of block
}

/** @param {{ prefix: Buffer, distance: number, repeat: number, suffix: Buffer }} spec @returns {Buffer} */
export function repeatingDeflate({ prefix, distance, repeat, suffix }) {
  if (distance > prefix.length) throw new Error('the distance reaches before the prefix');
  const out = bitWriter();
  storedBlocks(out, prefix, false);
  repeatBlock(out, distance, repeat);
  storedBlocks(out, suffix, true);
  return out.done();
}
