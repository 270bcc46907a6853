import { appSuite } from './app-suite.js';

/**
 * The offline page in Debian's Firefox ESR, driven over WebDriver BiDi: one report with its
 * downloads, a hostile file, the language switch, no network. Skipped, saying why, where
 * firefox-esr is not installed (`apt-get install firefox-esr`).
 */
appSuite('firefox', false);
