import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/**
 * htmlparser2's Parser, with one browser rule added: an end tag may be refused before the parser
 * acts on it. htmlparser2 closes the nearest open element of the same name wherever it is, so a
 * stray `</div>` inside a table cell closes the cell, the row and the table around it; a browser
 * ignores it (the cell is a scope boundary). The caller, who keeps the stack of open elements in
 * step with the parser's, decides (`allowEnd`, given where the tag's name stands in the page). The page is handed over in one piece, so the
 * parser's offsets are offsets in it.
 */
export class ScopedParser extends Parser {
  private source = '';

  constructor(
    handler: Partial<Handler>,
    private readonly allowEnd: (source: string, start: number, end: number) => boolean,
    options?: ParserOptions,
  ) {
    super(handler, options);
  }

  /** Parses a whole page; the handler's callbacks run before this returns. */
  parse(page: string): void {
    this.source = page;
    this.end(page);
  }

  override onclosetag(start: number, endIndex: number): void {
    if (this.allowEnd(this.source, start, endIndex)) super.onclosetag(start, endIndex);
  }
}
