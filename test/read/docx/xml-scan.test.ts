/**
 * The scanner under the Word reader: what it hands on from well-formed XML, and the XML it calls
 * malformed (a Word document that Word itself would not open).
 */
import { describe, expect, it } from 'vitest';
import { Want, XmlError, nameHash, scanXml } from '../../../src/read/docx/xml-scan.js';

/** Every event, as text: `<name`, `@attr=value`, `/` for the end, `"text"`. Text is wanted everywhere; `skip` names elements wanted not at all. */
function events(xml: string, wantAttributes = true, skip: string[] = []): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open(start, end, hash) {
      const name = xml.slice(start, end);
      expect(hash).toBe(nameHash(name));
      out.push(`<${name}`);
      return skip.includes(name) ? Want.NOTHING : wantAttributes ? Want.ATTRIBUTES : Want.CONTENT;
    },
    attribute: (name, value) => void out.push(`@${name}=${value}`),
    close: () => void out.push('/'),
    text: (text) => void out.push(JSON.stringify(text)),
    wantsText: () => true,
  });
  return out;
}

describe('scanning well-formed XML', () => {
  it('reports start tags, attributes, text and ends in order', () => {
    expect(events(`<?xml version="1.0"?><w:p a="1" b='2'><w:r><w:t xml:space="preserve"> x </w:t></w:r><w:br/></w:p>`)).toEqual([
      '<w:p', '@a=1', '@b=2', '<w:r', '<w:t', '@xml:space=preserve', '" x "', '/', '/', '<w:br', '/', '/',
    ]); // prettier-ignore
  });

  it('decodes references in text and attributes; keeps a > inside a value', () => {
    expect(events(`<a v="1 &gt; 0 &amp; &quot;q&quot;">&lt;&#x4E00;&#20108;&apos;</a>`)).toEqual(['<a', '@v=1 > 0 & "q"', '"<一二\'"', '/']);
    expect(events(`<a v="x>y" w = 'z' ><b/></a>`, false)).toEqual(['<a', '<b', '/', '/']);
  });

  it('skips comments and processing instructions, reads CDATA as text, allows space before an end tag’s >', () => {
    expect(events(`<a><!-- <b> --><?pi x?><![CDATA[<not a tag>]]></a >`)).toEqual(['<a', '"<not a tag>"', '/']);
  });
});

describe('skipping an element wanted not at all', () => {
  it('reports its start and end and nothing inside, nested elements of its own name included', () => {
    const xml = `<p><pPr a="1"><x/><pPr><y>t</y></pPr><!-- </pPr> --><pPr/><z v="a>b"/></pPr><r>k</r><pPr/></p>`;
    expect(events(xml, false, ['pPr'])).toEqual(['<p', '<pPr', '/', '<r', '"k"', '/', '<pPr', '/', '/']);
  });

  it('calls a skipped element never closed malformed', () => {
    expect(() => events('<p><pPr><x/></p>', false, ['pPr'])).toThrow(XmlError);
  });
});

describe('refusing malformed XML', () => {
  it.each([
    ['an end tag closing another element', '<a><b></a></b>'],
    ['an element left open', '<a><b></b>'],
    ['an end tag closing nothing', '<a></a></b>'],
    ['a tag cut short', '<a><b x="1"'],
    ['a value cut short', '<a x="1></a>'],
    ['an unquoted attribute', '<a x=1></a>'],
    ['an attribute without a value', '<a x></a>'],
    ['a < that starts no tag', '<a>< b</a>'],
    ['a DTD', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['a comment cut short', '<a><!-- </a>'],
    ['an end tag whose name only starts like the open one', '<w:p></w:pPr>'],
  ])('%s', (_what, xml) => {
    expect(() => events(xml)).toThrow(XmlError);
  });
});
