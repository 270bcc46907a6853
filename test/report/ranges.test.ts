import { describe, expect, it } from 'vitest';
import { compressAddresses } from '../../src/report/ranges.js';

describe('addresses as ranges', () => {
  it('joins runs down a column and along a row', () => {
    expect(compressAddresses(['D28', 'E28', 'F28', 'G28'])).toEqual(['D28:G28']);
    expect(compressAddresses(['J24', 'J25', 'J26', 'D47', 'E47', 'J48'])).toEqual(['J24:J26', 'D47:E47', 'J48']);
  });

  it('joins runs of the same rows side by side into one block', () => {
    const block = ['AB', 'AC', 'AD'].flatMap((col) => [53, 54, 55].map((row) => `${col}${row}`));
    expect(compressAddresses(block)).toEqual(['AB53:AD55']);
    expect(compressAddresses(['A1', 'A2', 'B2', 'B3'])).toEqual(['A1:A2', 'B2:B3']);
  });

  it('leaves lone cells and odd input alone', () => {
    expect(compressAddresses(['A1', 'C3'])).toEqual(['A1', 'C3']);
    expect(compressAddresses(['Z9', 'AA9'])).toEqual(['Z9:AA9']);
    expect(compressAddresses(['title', 'A1'])).toEqual(['title', 'A1']);
  });
});
