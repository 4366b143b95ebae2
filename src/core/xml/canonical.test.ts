import { describe, expect, it } from 'vitest';
import { canonicalDifference, canonicallyEqual } from './canonical.js';

describe('canonicalDifference', () => {
  it('ignores the choice of prefix and the default namespace', () => {
    expect(
      canonicalDifference(
        '<p:a xmlns:p="u"><p:b p:x="1"/></p:a>',
        '<a xmlns="u"><b xmlns:q="u" q:x="1"/></a>',
      ),
    ).toBeUndefined();
  });

  it('does not ignore the namespace itself', () => {
    expect(canonicalDifference('<a xmlns="u"/>', '<a xmlns="v"/>')).toEqual({
      path: '/a[1]',
      message: 'element {u}a != {v}a',
    });
    // an unprefixed attribute is in no namespace, whatever the default namespace
    expect(canonicallyEqual('<a xmlns="u" x="1"/>', '<p:a xmlns:p="u" p:x="1"/>')).toBe(false);
  });

  it('ignores attribute order but not attribute values', () => {
    expect(canonicalDifference('<a x="1" y="2"/>', '<a y="2" x="1"/>')).toBeUndefined();
    expect(canonicalDifference('<a><b x="1"/></a>', '<a><b x="2"/></a>')).toEqual({
      path: '/a[1]/b[1]',
      message: 'attributes [{}x=1] != [{}x=2]',
    });
  });

  it('ignores whitespace-only text between elements', () => {
    expect(canonicalDifference('<a>\n  <b>x</b>\n  <c/>\n</a>', '<a><b>x</b><c/></a>')).toBeUndefined();
  });

  it('keeps whitespace in leaf text', () => {
    expect(canonicalDifference('<a><b> </b></a>', '<a><b/></a>')).toEqual({
      path: '/a[1]/b[1]',
      message: 'text " " != ""',
    });
    expect(canonicallyEqual('<a> x</a>', '<a>x</a>')).toBe(false);
  });

  it('keeps the places of text in mixed content', () => {
    expect(canonicallyEqual('<a>x<b/>y</a>', '<a>x<b/>y</a>')).toBe(true);
    expect(canonicallyEqual('<a>x<b/>y</a>', '<a>xy<b/></a>')).toBe(false);
    // whitespace next to text in mixed content is content
    expect(canonicallyEqual('<a>x <b/></a>', '<a>x<b/></a>')).toBe(false);
  });

  it('ignores comments and processing instructions, and treats CDATA like escaped text', () => {
    expect(canonicalDifference('<a><!--c--><b/><?p x?></a>', '<a><b/></a>')).toBeUndefined();
    expect(canonicalDifference('<a>1<!--c-->2</a>', '<a>12</a>')).toBeUndefined();
    expect(canonicalDifference('<a><![CDATA[<&>]]></a>', '<a>&lt;&amp;&gt;</a>')).toBeUndefined();
  });

  it('reports child count and element name differences with 1-based sibling paths', () => {
    expect(canonicalDifference('<a><b/><b/></a>', '<a><b/></a>')).toEqual({
      path: '/a[1]',
      message: '2 child elements != 1 (b,b | b)',
    });
    expect(canonicalDifference('<a><b/><c><d/></c></a>', '<a><b/><c><e/></c></a>')).toEqual({
      // the path names the element as it is in the first document
      path: '/a[1]/c[2]/d[1]',
      message: 'element {}d != {}e',
    });
  });

  it('never calls a document with well-formedness errors equal', () => {
    expect(canonicalDifference('<a><b>x</b>', '<a><b>x</b></a>')?.path).toBe('/');
    expect(canonicalDifference('<a/>', 'not xml')).toEqual({
      path: '/',
      message: 'a document could not be read',
    });
  });
});
