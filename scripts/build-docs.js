#!/usr/bin/env node
// Writes the generated documentation in docs/ from the built sources (run `npm run build` first;
// `npm run docs` does both).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderKeysDoc } from '../dist/spec/keys-doc.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
await mkdir(docs, { recursive: true });
await writeFile(join(docs, 'keys.md'), renderKeysDoc());
console.log('wrote docs/keys.md');
