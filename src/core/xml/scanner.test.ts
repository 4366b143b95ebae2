import { describe, expect, it } from 'vitest';
import { ownEvents } from '../../../test/support/xml-events.js';

/** The first error's message and `line:column` (the place just after the construct at fault). */
function firstError(xml: string): [string, string] {
  const log = ownEvents([xml]);
  return [log.errors[0] ?? '', log.errorAt[0] ?? ''];
}

describe('tokenizer: well-formedness rules, with positions', () => {
  it.each([
    // [rule, document, message, line:column]
    ['name start character', '<a><1/></a>', 'disallowed character in tag name.', '1:6'],
    ['attribute without value', '<a b></a>', 'attribute without value.', '1:6'],
    ['unquoted attribute value', '<a b=1></a>', 'unquoted attribute value.', '1:7'],
    ['duplicate attribute', '<a x="1" x="2"/>', 'duplicate attribute: x.', '1:17'],
    [
      'duplicate attribute by expanded name',
      '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>',
      'duplicate attribute: {u}x.',
      '1:45',
    ],
    ['< in an attribute value', '<a x="1<2"/>', 'disallowed character < in attribute value.', '1:8'],
    ['undefined entity', '<a>&nbsp;</a>', 'undefined entity.', '1:10'],
    ['entity without semicolon', '<a>&amp </a>', 'entity reference without a semicolon.', '1:9'],
    ['character reference to a non-character', '<a>&#0;</a>', 'malformed character entity.', '1:8'],
    ['invalid character (Char production)', '<a>x\u0001</a>', 'disallowed character.', '1:6'],
    ['lone surrogate', '<a>x\uD800y</a>', 'disallowed character.', '1:6'],
    [']]> in text', '<a>x]]>y</a>', 'the string "]]>" is disallowed in char data.', '1:8'],
    ['-- in a comment', '<a><!-- a -- b --></a>', 'the string "--" is not allowed in comments.', '1:13'],
    ['comment ending in -', '<a><!-- a ---></a>', 'the string "--" is not allowed in comments.', '1:13'],
    ['end tag that closes an outer element', '<a>\n<b>\n</a>', 'unclosed tag: b', '3:5'],
    ['end tag without start tag', '<a></b></a>', 'unmatched closing tag: b.', '1:8'],
    ['a second root', '<a/><b/>', 'documents may contain only one root.', '1:7'],
    ['text before the root', 'x<a/>', 'text data outside of root node.', '1:2'],
    ['text after the root', '<a/>\n x', 'text data outside of root node.', '2:3'],
    ['CDATA outside the root', '<a/><![CDATA[x]]>', 'text data outside of root node.', '1:14'],
    [
      'XML declaration not at the start',
      ' <?xml version="1.0"?><a/>',
      'an XML declaration must be at the start of the document.',
      '1:23',
    ],
    [
      'PI target xml in another case',
      '<a><?XML x?></a>',
      'the target "xml" is reserved (in any case).',
      '1:13',
    ],
    ['PI without target', '<a><? x?></a>', 'processing instruction without a target.', '1:7'],
    [
      'XML declaration without version',
      '<?xml encoding="UTF-8"?><a/>',
      'malformed XML declaration (version, then optionally encoding and standalone).',
      '1:25',
    ],
    [
      'XML declaration with a bad version',
      '<?xml version="2.0"?><a/>',
      'version number must match /^1\\.[0-9]+$/.',
      '1:22',
    ],
    ['unclosed element at the end', '<a>\n<b>', 'unclosed tag: b', '2:4'],
    ['no root', '<!-- x -->', 'document must contain a root element.', '1:11'],
    ['unbound element prefix', '<p:a/>', 'unbound namespace prefix: "p".', '1:7'],
    ['unbound attribute prefix', '<a p:x="1"/>', 'unbound namespace prefix: "p".', '1:13'],
    ['prefix undeclared', '<a xmlns:p=""/>', 'invalid attempt to undefine prefix in XML 1.0', '1:14'],
    ['xmlns as element prefix', '<xmlns:a/>', 'tags may not have "xmlns" as prefix.', '1:11'],
    ['malformed QName', '<a:b:c xmlns:a="u"/>', 'malformed name: a:b:c.', '1:21'],
    [
      'xml prefix rebound',
      '<a xmlns:xml="urn:x"/>',
      'xml prefix must be bound to http://www.w3.org/XML/1998/namespace.',
      '1:21',
    ],
    ['unclosed comment', '<a><!-- x', 'unclosed comment.', '1:10'],
    ['unclosed start tag at the end', '<a x="1"', 'unclosed start tag.', '1:9'],
  ])('%s', (_rule, xml, message, at) => {
    expect(firstError(xml)).toEqual([message, at]);
  });

  it('accepts what XML allows: non-ASCII and astral names, the xml prefix, > in values, PIs, comments', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!--c--><?pi body?>\n' +
      '<Größe é·x="a>b" xml:lang="de" xmlns:\u{10000}="urn:s"><\u{10000}:x/><![CDATA[<&]]></Größe>\n';
    const log = ownEvents([xml]);
    expect(log.errors).toEqual([]);
    expect(log.events).toEqual([
      'decl ["1.0","UTF-8","no"]',
      'text "\\n"',
      'comment "c"',
      'pi ["pi","body"]',
      'text "\\n"',
      `open ${JSON.stringify([
        'Größe',
        '',
        'Größe',
        '',
        [
          ['é·x', '', 'é·x', '', 'a>b'],
          ['xml:lang', 'xml', 'lang', 'http://www.w3.org/XML/1998/namespace', 'de'],
          ['xmlns:\u{10000}', 'xmlns', '\u{10000}', 'http://www.w3.org/2000/xmlns/', 'urn:s'],
        ],
        3,
        1,
      ])}`,
      // `<Größe` 6, ` é·x="a>b"` 10, ` xml:lang="de"` 14, ` xmlns:\u{10000}="urn:s"` 17 (the astral
      // character is 2 UTF-16 units), `>` 1: 48 units before the `<`.
      `open ${JSON.stringify(['\u{10000}:x', '\u{10000}', 'x', 'urn:s', [], 3, 49])}`,
      'close',
      'cdata "<&"',
      'close',
      'text "\\n"',
    ]);
  });

  it('normalises line ends (CRLF, CR) in text and attribute values, and tabs and line feeds in values', () => {
    const log = ownEvents(['<a x="1\t2\n3" y="a\r\nb" z="&#9;&#10;">l1\r\nl2\rl3</a>']);
    expect(log.errors).toEqual([]);
    expect(log.events[0]).toContain(JSON.stringify(['x', '', 'x', '', '1 2 3']));
    expect(log.events[0]).toContain(JSON.stringify(['y', '', 'y', '', 'a b']));
    expect(log.events[0]).toContain(JSON.stringify(['z', '', 'z', '', '\t\n']));
    expect(log.events[1]).toBe('text "l1\\nl2\\nl3"');
  });

  it('locates start tags after CRLF and CR line ends, also when a CRLF is split between chunks', () => {
    const xml = '<a>\r\n  <b/>\r<c/></a>';
    const whole = ownEvents([xml]).events.filter((e) => e.startsWith('open'));
    expect(whole.map((e) => JSON.parse(e.slice(5)).slice(5))).toEqual([
      [1, 1],
      [2, 3],
      [3, 1],
    ]);
    expect(ownEvents(['<a>\r', '\n  <b/>\r', '<c/></a>']).events.filter((e) => e.startsWith('open'))).toEqual(
      whole,
    );
  });

  it('reports a DOCTYPE and reads nothing after it', () => {
    const log = ownEvents(['<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>']);
    expect(log.events).toEqual(['doctype']);
    expect(log.errors).toEqual([]);
  });

  it('keeps an undefined entity reference as written', () => {
    expect(ownEvents(['<a>x&nbsp;y</a>']).events).toContain('text "x&nbsp;y"');
  });

  it('gives a name that is also an Object.prototype key no special meaning', () => {
    const log = ownEvents(['<a __proto__="1" constructor="2"/>']);
    expect(log.errors).toEqual([]);
    expect(log.events[0]).toContain(JSON.stringify(['__proto__', '', '__proto__', '', '1']));
  });
});
