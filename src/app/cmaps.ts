/**
 * Adobe's character maps, handed to PDF.js from the page itself. A Chinese PDF whose font is not
 * embedded (STSong-Light in UniGB-UCS2-H, as iText and ReportLab write them) has its text in CIDs
 * of the Adobe-GB1 collection: without these maps PDF.js gives none of it. PDF.js asks for a map
 * by name through the class given as `CMapReaderFactory`; the page's bundle carries those of the
 * Adobe-GB1 family (scripts/build-app.js), packed (.bcmap) and in base64.
 */
export function embeddedCMaps(packed: ReadonlyMap<string, string>) {
  return class EmbeddedCMapReaderFactory {
    fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: true }> {
      const data = packed.get(name);
      // PDF.js then reads the font's text as missing, as it does for any map it cannot load.
      if (data === undefined) return Promise.reject(new Error(`the character map ${name} is not in this page (it carries Adobe-GB1's, for Chinese)`));
      return Promise.resolve({ cMapData: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)), isCompressed: true });
    }
  };
}
