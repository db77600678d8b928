import { describe, expect, it } from 'vitest';
import { el, escapeAttribute, escapeText, xmlDocument } from '../../../../src/lib/export/xml.ts';

describe('xmlDocument', () => {
  it('writes one element per line, indented, text inline and empty elements closed at once', () => {
    const xml = xmlDocument(
      el('schedule', undefined, [
        el('generator', { name: 'carnet', version: '1' }),
        el('day', { index: '1' }, [el('title', undefined, 'Keynote'), el('subtitle'), el('persons', undefined, [])]),
      ]),
    );
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<schedule>',
        '  <generator name="carnet" version="1"/>',
        '  <day index="1">',
        '    <title>Keynote</title>',
        '    <subtitle/>',
        '    <persons/>',
        '  </day>',
        '</schedule>',
      ].join('\n'),
    );
  });

  it('leaves out attributes without a value, and keeps the order they are given in', () => {
    expect(xmlDocument(el('event', { guid: 'g', code: undefined, id: '7' }))).toContain('<event guid="g" id="7"/>');
  });

  it('escapes markup in text and attributes, entity-looking text included', () => {
    expect(escapeText('R&D &lt;b> "q"')).toBe('R&amp;D &amp;lt;b&gt; "q"');
    expect(escapeAttribute('a=1&b="<2>"')).toBe('a=1&amp;b=&quot;&lt;2&gt;&quot;');
    const xml = xmlDocument(el('link', { href: 'https://e.org/?a=1&b=2' }, 'S <1> & "2"'));
    expect(xml).toContain('<link href="https://e.org/?a=1&amp;b=2">S &lt;1&gt; &amp; "2"</link>');
  });
});
