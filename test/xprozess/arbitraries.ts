/** Arbitrary XProzess 2.0 documents derived from the binding specs, with XSD-valid simple values and consistent codes. */
import fc from 'fast-check';
import type { TypeSpec } from '../../src/core/binding/index.js';
import {
  DESTATIS_LIST_PREFIXES,
  NACHRICHT_CODES,
  XPROZESS_CODE_LISTS,
  XPROZESS_LIST_PREFIXES,
  type XprozessDocument,
  type XprozessMessageName,
  xprozessMessages,
} from '../../src/xprozess/v2/index.js';
import { Modellierungsmethode } from '../../src/xprozess/v2/specs-common.js';
import {
  Aktivitaetengruppe,
  Strukturbeschreibung,
  StrukturbeschreibungFIM,
} from '../../src/xprozess/v2/specs-prozess.js';
import { arbitraryFor, type BindingArbitraryOptions, safeText } from '../support/binding-arbitrary.js';

const dateTime = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const uri = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), maxLength: 8 })
  .map((s) => `https://example.org/${s}`);
const base64 = fc.uint8Array({ maxLength: 24 }).map((b) => Buffer.from(b).toString('base64'));

const byName: Record<string, fc.Arbitrary<string>> = {
  erstellungszeitpunkt: dateTime,
  letzterAenderungszeitpunkt: dateTime,
  beginn: dateTime,
  ende: dateTime,
  fachlicherFreigabezeitpunkt: dateTime,
  formellerFreigabezeitpunkt: dateTime,
  aenderungszeitpunkt: dateTime,
  sucheFachlicherFreigabezeitpunkt: dateTime,
  sucheFormellerFreigabezeitpunkt: dateTime,
  gliederungsebeneNummer: fc.integer({ min: 0, max: 99 }).map(String),
  sucheGliederungsebeneNummer: fc.integer({ min: 0, max: 99 }).map(String),
  mitwirkungspflicht: fc.constantFrom('true', 'false', '1', '0'),
  sucheHatProzesse: fc.constantFrom('true', 'false'),
  sucheHatProzessmodelle: fc.constantFrom('true', 'false'),
  uri,
  url: uri,
  inhalt: base64,
};

/** A code of a known list, under one of the accepted URIs (so `parse` reports nothing). */
function codeArbitrary(type: TypeSpec): fc.Arbitrary<unknown> | undefined {
  const list = XPROZESS_CODE_LISTS[type.name];
  if (list === undefined || type.name === 'Code.Nachricht') return undefined;
  const prefixes = list.family === 'destatis' ? DESTATIS_LIST_PREFIXES : XPROZESS_LIST_PREFIXES;
  const uris = [...prefixes.map((p) => p + list.list), ...(list.otherUris ?? [])];
  const codes = list.codes === undefined ? ['1', '99'] : Object.keys(list.codes);
  return fc.record({
    listURI: fc.constantFrom(...uris),
    listVersionID: safeText(),
    code: fc.constantFrom(...codes),
  });
}

function options(message: XprozessMessageName): BindingArbitraryOptions {
  const code = Object.entries(NACHRICHT_CODES).find(([, root]) => root === message)![0];
  const opts: BindingArbitraryOptions = {
    maxDepth: 12,
    maxArray: 2,
    text: (_owner, name) => byName[name],
    type: (t) => {
      if (t.name === 'Code.Nachricht') {
        return fc.constant({
          listURI: 'urn:xoev-de:xprozess:codeliste:nachricht',
          listVersionID: '1.0',
          code,
        });
      }
      if (t === Strukturbeschreibung) {
        // The choice FIM | Sonstige: always FIM here (Sonstige needs a foreign element, covered by a fixture).
        return fc
          .tuple(arbitraryFor(Modellierungsmethode, opts), arbitraryFor(StrukturbeschreibungFIM, opts))
          .map(([modellierungsmethode, strukturbeschreibungFIM]) => ({
            modellierungsmethode,
            strukturbeschreibungFIM,
          }));
      }
      if (t === Aktivitaetengruppe) {
        // The Referenzaktivitaetengruppe code matches the chosen spezifischeAttribute variant.
        return arbitraryFor(Aktivitaetengruppe, {
          ...opts,
          type: (x) => (x === Aktivitaetengruppe ? undefined : opts.type?.(x)),
        }).map((g) => {
          const variant = Object.keys(g.spezifischeAttribute as object)[0]!.slice(-1);
          const typ = g.referenzaktivitaetengruppeTyp as Record<string, unknown>;
          return { ...g, referenzaktivitaetengruppeTyp: { ...typ, code: variant } };
        });
      }
      return codeArbitrary(t);
    },
  };
  return opts;
}

/** An arbitrary document of one message. */
export function documentArbitrary(message: XprozessMessageName): fc.Arbitrary<XprozessDocument> {
  return arbitraryFor(xprozessMessages[message].type, options(message)).map(
    (model) => ({ message, model }) as unknown as XprozessDocument,
  );
}
