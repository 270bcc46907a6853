// The smallest PDF writer the hostile fixtures need: numbered objects, a cross-reference table with
// their true offsets, a trailer. Deterministic: the same objects give the same bytes.

/**
 * @param {(string | Buffer)[]} objects the bodies of objects 1…n (a stream's body with its dictionary)
 * @param {number} root the catalogue's object number
 * @returns {Buffer}
 */
export function makePdf(objects, root = 1) {
  const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += chunk.length;
    parts.push(chunk);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A stream object's body: its dictionary (with /Length added) and data. */
export function stream(dict, data) {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1');
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

/** zlib's wrapping of raw deflate data (as /FlateDecode wants it), its checksum that of `length` bytes of `byte` after `prefix`. */
export function zlibWrap(deflated, prefix, byte, length, suffix) {
  const MOD = 65521n;
  let a = 1n;
  let b = 0n;
  for (const x of prefix) {
    a = (a + BigInt(x)) % MOD;
    b = (b + a) % MOD;
  }
  // n more bytes of value v: a grows by v each time, b by each new a.
  const n = BigInt(length);
  const v = BigInt(byte);
  b = (b + n * a + v * ((n * (n + 1n)) / 2n)) % MOD;
  a = (a + n * v) % MOD;
  for (const x of suffix) {
    a = (a + BigInt(x)) % MOD;
    b = (b + a) % MOD;
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0x9c]), deflated, adler]);
}
