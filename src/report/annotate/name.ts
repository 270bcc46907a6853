import { baseName } from '../../batch/names.js';

/** `年报.xlsx` → `年报.校验.xlsx`: the annotated copy's name, on the command line and in the page. */
export function annotatedName(input: string): string {
  return `${baseName(input).replace(/\.xlsx$/i, '')}.校验.xlsx`;
}
