/** What each HTML element means to the reader: a line edge, content never shown, page chrome. */

/** Elements a browser lays out as blocks (the HTML rendering section's `display: block`, list items, table parts). */
// prettier-ignore
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);

/**
 * Elements whose content is never read: scripts and styles, what shows only without scripts or as
 * a fallback, form controls (their text is options and button labels), and Word's `<xml>` data
 * islands. `<title>` is read apart, as the declared title. `<head>` is not here: what a head may
 * hold gives no text anyway, and a page whose head never closes before its body must still be read.
 */
// prettier-ignore
export const IGNORED = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'button',
  'iframe', 'object', 'noembed', 'noframes', 'audio', 'video', 'canvas', 'svg', 'math', 'xml',
]);

/** Page chrome wherever it stands: navigation and side bars. */
export const CHROME = new Set(['nav', 'aside']);

/** A page's banner and footer are chrome, unless inside an article or section (then they are its own). */
export const LANDMARKS = new Set(['header', 'footer']);
export const SECTIONING = new Set(['article', 'main', 'section']);

/** ARIA roles that say the same of any element. */
export const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

export const PRE = new Set(['pre', 'listing', 'xmp', 'plaintext']);

export const CELL = new Set(['td', 'th']);
export const ROW_GROUP = new Set(['thead', 'tbody', 'tfoot']);

/**
 * Where a browser stops looking for the element an end tag closes ("has an element in scope"): an
 * end tag never reaches out of a table cell, a table or a caption. Table-part end tags stop only at
 * a table (`</td>` between two tables closes nothing).
 */
export const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
export const TABLE_SCOPE = new Set(['html', 'table', 'template']);
export const TABLE_PARTS = new Set(['table', 'caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

/**
 * The HTML parser's "special" elements: an end tag of an inline element (`</span>`, `</font>`) that
 * meets one of these before its own element is ignored by a browser, not allowed to close it.
 */
// prettier-ignore
export const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption',
  'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img',
  'input', 'keygen', 'li', 'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript',
  'object', 'ol', 'p', 'param', 'plaintext', 'pre', 'script', 'search', 'section', 'select', 'source', 'style', 'summary',
  'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp',
]);
