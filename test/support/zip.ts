/**
 * The zip writer the fixture script uses, for tests that need archives of a given shape: a Word
 * document, an OpenDocument file, a zip whose directory claims sizes it does not have.
 */
export { makeZip, type ZipSpec } from '../../scripts/lib/zip.js';
