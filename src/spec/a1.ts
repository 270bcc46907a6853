/** A1 notation, parsed: `A1`, `$AB$12` → row and column numbers (1-based), or undefined. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  let col = 0;
  let row = 0;
  let i = address.charCodeAt(0) === 36 ? 1 : 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  if (address.charCodeAt(i) === 36) i++;
  const digits = i;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + code - 48;
  }
  return col > 0 && col <= 16384 && i > digits && row > 0 ? { row, col } : undefined;
}

export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function addressOf(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}
