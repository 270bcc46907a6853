/**
 * Whether an element's own attributes hide it: the `hidden` attribute, or `display: none` in its
 * inline style (Word writes hidden text as `style='display:none;mso-hide:all'`; CMSs hide tab panels
 * and duplicates the same way). The last `display` declaration wins, `!important` or not, as in CSS.
 * Style sheets are not applied: a class that hides is not seen.
 */
export function hides(attributes: Record<string, string>): boolean {
  if (attributes.hidden !== undefined) return true;
  const style = attributes.style;
  if (style === undefined || !/display/i.test(style)) return false;
  let none = false;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0 || declaration.slice(0, colon).trim().toLowerCase() !== 'display') continue;
    none =
      declaration
        .slice(colon + 1)
        .replace(/!\s*important/i, '')
        .trim()
        .toLowerCase() === 'none';
  }
  return none;
}
