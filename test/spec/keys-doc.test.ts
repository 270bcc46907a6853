import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderKeysDoc } from '../../src/spec/keys-doc.js';
import { fixture } from '../support/fixtures.js';

describe('docs/keys.md', () => {
  it('is what `npm run docs` generates from the table specification', () => {
    expect(readFileSync(fixture('../docs/keys.md'), 'utf8')).toBe(renderKeysDoc());
  });
});
