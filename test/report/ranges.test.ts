import { describe, expect, it } from 'vitest';
import { compressAddresses } from '../../src/report/ranges.js';

describe('addresses as ranges', () => {
  it('joins runs down a column and along a row', () => {
    expect(compressAddresses(['D28', 'E28', 'F28', 'G28'])).toEqual(['D28:G28']);
    expect(compressAddresses(['J24', 'J25', 'J26', 'D47', 'E47', 'J48'])).toEqual(['J24:J26', 'D47:E47', 'J48']);
  });

  it('leaves lone cells and odd input alone', () => {
    expect(compressAddresses(['A1', 'C3'])).toEqual(['A1', 'C3']);
    expect(compressAddresses(['Z9', 'AA9'])).toEqual(['Z9:AA9']);
    expect(compressAddresses(['title', 'A1'])).toEqual(['title', 'A1']);
  });
});
