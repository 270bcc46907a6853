/** Types for write-html.js (used by the fixture script and by the tests). */
export type Block =
  | { paragraph: string; style?: 'title' | 'heading' | 'body' }
  | {
      table: {
        id: string;
        width: number;
        height: number;
        cells: { row: number; col: number; text: string; role: string; key?: string }[];
        merges: { top: number; left: number; bottom: number; right: number }[];
      };
    };

export interface HtmlOptions {
  cms?: boolean;
  word?: boolean;
  gbk?: boolean;
  gbkUndeclared?: boolean;
  brInLabels?: boolean;
  mhtml?: boolean;
  imageTables?: boolean;
  title?: string;
}

export function writeHtml(blocks: Block[], options?: HtmlOptions): Uint8Array;
export function brokenLabel(text: string): [string, string] | undefined;
export function expectedCellText(cell: { text: string; role: string }, options: HtmlOptions): string;
