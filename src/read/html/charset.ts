import { Parser } from 'htmlparser2';

/** How far into the bytes a page's own charset declaration is looked for. */
const PRESCAN_BYTES = 8192;
const LATIN1 = new TextDecoder('latin1');

/**
 * The charset a page declares in its first kilobytes: `<meta charset="gb2312">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, read from the raw bytes
 * as single-byte text (the markup is ASCII in every encoding a page can declare this way). The first
 * declaration wins, wherever it stands (a saved CMS page may repeat its head inside the body).
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let found: string | undefined;
  const parser: Parser = new Parser({
    onopentag(name, attributes) {
      if (name !== 'meta' || found !== undefined) return;
      const charset = attributes.charset ?? (attributes['http-equiv']?.toLowerCase() === 'content-type' ? charsetParameter(attributes.content ?? '') : undefined);
      if (charset) {
        found = charset.trim();
        parser.pause();
      }
    },
  });
  parser.end(LATIN1.decode(bytes.subarray(0, PRESCAN_BYTES)));
  return found || undefined;
}

/** `charset=…` in a Content-Type value (`text/html; charset="gb2312"`), as the HTML spec extracts it. */
export function charsetParameter(contentType: string): string | undefined {
  return /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i
    .exec(contentType)
    ?.slice(1)
    .find((v) => v !== undefined);
}
