/** The word-level, HTML-aware text diff: tokenizer, markup vs wording, and properties of the ops. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, tokenizeHtml } from '../../src/diff/text-diff.js';

describe('tokenizeHtml', () => {
  it('splits tags from words, normalises tags and decodes entities', () => {
    expect(tokenizeHtml('<P class="x">Hallo&nbsp;Welt &amp; mehr</P><BR />')).toEqual([
      { type: 'tag', text: '<p class="x">' },
      { type: 'word', text: 'Hallo' },
      { type: 'word', text: 'Welt' },
      { type: 'word', text: '&' },
      { type: 'word', text: 'mehr' },
      { type: 'tag', text: '</p>' },
      { type: 'tag', text: '<br/>' },
    ]);
  });

  it('drops comments and keeps a lone "<" as a word', () => {
    expect(tokenizeHtml('a <!-- x --> < b').map((t) => t.text)).toEqual(['a', '<', 'b']);
  });
});

describe('diffText', () => {
  it('sees no change when only whitespace differs', () => {
    const d = diffText('<p>Die  Erlaubnis\n gilt.</p>', '<p> Die Erlaubnis gilt. </p>');
    expect(d.kind).toBe('none');
    expect(d.ops).toEqual([{ op: 'equal', type: 'tag', text: '<p>' }, expect.anything(), expect.anything()]);
  });

  it('classifies a markup-only change', () => {
    const d = diffText('<p>Die Erlaubnis gilt.</p>', '<p>Die Erlaubnis <strong>gilt.</strong></p>');
    expect(d.kind).toBe('markup');
    expect([d.tagsAdded, d.tagsRemoved, d.wordsAdded, d.wordsRemoved]).toEqual([2, 0, 0, 0]);
  });

  it('classifies a wording-only change with the changed words', () => {
    const d = diffText('<p>Die Erlaubnis gilt ein Jahr.</p>', '<p>Die Erlaubnis gilt zwei Jahre.</p>');
    expect(d.kind).toBe('wording');
    expect(d.ops).toEqual([
      { op: 'equal', type: 'tag', text: '<p>' },
      { op: 'equal', type: 'word', text: 'Die Erlaubnis gilt' },
      { op: 'delete', type: 'word', text: 'ein Jahr.' },
      { op: 'insert', type: 'word', text: 'zwei Jahre.' },
      { op: 'equal', type: 'tag', text: '</p>' },
    ]);
  });

  it('classifies a change of both', () => {
    expect(diffText('<p>a b</p>', '<ul><li>a c</li></ul>').kind).toBe('both');
  });

  it('treats an entity and its character as the same word', () => {
    expect(diffText('Hund &amp; Katze', 'Hund & Katze').kind).toBe('none');
  });

  const html = fc
    .array(fc.constantFrom('<p>', '</p>', '<strong>', '</strong>', 'Hund', 'Katze', 'Antrag', 'und'), {
      maxLength: 30,
    })
    .map((parts) => parts.join(' '));

  it('ops replay: equal+delete give the left tokens, equal+insert the right ones', () => {
    fc.assert(
      fc.property(html, html, (a, b) => {
        const d = diffText(a, b);
        const side = (keep: 'delete' | 'insert') =>
          d.ops
            .filter((o) => o.op === 'equal' || o.op === keep)
            .flatMap((o) => (o.type === 'word' ? o.text.split(' ') : (o.text.match(/<[^>]*>/g) ?? [])));
        expect(side('delete')).toEqual(tokenizeHtml(a).map((t) => t.text));
        expect(side('insert')).toEqual(tokenizeHtml(b).map((t) => t.text));
        expect(d.kind === 'none').toBe(a.split(/\s+/).join(' ').trim() === b.split(/\s+/).join(' ').trim());
      }),
      { numRuns: 200 },
    );
  });

  it('is minimal for a single inserted word', () => {
    fc.assert(
      fc.property(html, fc.nat(), (a, at) => {
        const words = a.split(' ').filter((w) => w !== '');
        const i = at % (words.length + 1);
        const b = [...words.slice(0, i), 'Neu', ...words.slice(i)].join(' ');
        const d = diffText(words.join(' '), b);
        expect([d.wordsAdded, d.wordsRemoved, d.tagsAdded, d.tagsRemoved]).toEqual([1, 0, 0, 0]);
      }),
    );
  });
});
