import { escapeChar } from '../width/printable.js';

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold are what it finds, to escape them
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as XML attribute or element content: the five entities, and each character XML 1.0 forbids
 * (controls, a lone surrogate, U+FFFE/U+FFFF) written as its escape (`\x1b`), so a file name holding
 * one stays readable and distinct.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, escapeChar).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
