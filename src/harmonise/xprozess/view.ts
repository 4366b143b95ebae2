/**
 * Flattening an XProzess 2.0 document into a {@link ProcessView}: the chosen process, its Prozessklasse
 * reference, steps (BPMN + Aktivitätengruppen), Handlungsgrundlagen, data handovers and participants.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import {
  type AusloeserErgebnis,
  type BpmnModel,
  type Daten,
  type Handlungsgrundlage,
  type Prozess,
  type Prozessklasse,
  processModels,
  prozesseOf,
  type XprozessDocument,
} from '../../xprozess/v2/index.js';
import { labelTokens, normaliseLabel } from '../normalise.js';
import { canonical, setOf } from './canon.js';
import type { Place, ProcessElement, ProcessView } from './model.js';
import { buildSteps } from './steps.js';

/**
 * Options of {@link processView}.
 *
 * @example
 * ```ts
 * processView(doc, { prozessId: '99006028261000' });
 * ```
 */
export interface ProcessViewOptions {
  /** Which process of the document (default: the first). */
  readonly prozessId?: string;
  /** Used when the document has no catalogue entry for the process's Prozessklasse (same id only). */
  readonly inheritKlasse?: Prozessklasse;
}

const CATALOGUE = 'fim prozesskatalog';

/**
 * The Prozessklasse a process refers to: `klassifikation[ordnungsrahmenName = 'FIM Prozesskatalog']/klasseID`,
 * else the process id (which in FIM is the LeiKa key).
 *
 * @example
 * ```ts
 * klasseOf(prozess); // '99006028261000'
 * ```
 */
export function klasseOf(prozess: Prozess): string {
  const k = prozess.klassifikation.find((x) => normaliseLabel(x.ordnungsrahmenName) === CATALOGUE);
  const id = k?.klasseID.trim();
  return id === undefined || id === '' ? prozess.id.trim() : id;
}

/** Accumulates Handlungsgrundlagen, data handovers and participants by key. */
class Collector {
  readonly items = new Map<
    string,
    { kind: ProcessElement['kind']; name: string; places: Place[]; props: Map<string, Set<string>> }
  >();

  add(
    kind: ProcessElement['kind'],
    key: string,
    name: string,
    place: Place | undefined,
  ): Map<string, Set<string>> {
    let item = this.items.get(key);
    if (item === undefined) {
      item = { kind, name, places: [], props: new Map() };
      this.items.set(key, item);
    }
    if (place !== undefined && !item.places.some((p) => p.role === place.role && p.step === place.step))
      item.places.push(place);
    return item.props;
  }

  handlungsgrundlage(h: Handlungsgrundlage, place: Place): void {
    const props = this.add('handlungsgrundlage', `hg:${normaliseLabel(h.name)}`, h.name.trim(), place);
    put(props, 'art', h.art.code);
    put(props, 'uri', h.uri);
  }

  daten(d: Daten, place: Place, partner?: string, uebermittlungsart?: string): void {
    const f = d.formularverweis;
    let props: Map<string, Set<string>>;
    if (f !== undefined) {
      const id = f.stammformularID?.trim();
      const key = `daten:formular:${id === undefined || id === '' ? normaliseLabel(f.formularsteckbriefID) : id}`;
      props = this.add('daten', key, f.formularsteckbriefID.trim(), place);
      put(props, 'stammformularVersion', f.stammformularVersion);
      for (const e of f.elementId) put(props, 'elementIds', e);
    } else if (d.textuelleBeschreibung !== undefined && d.textuelleBeschreibung.trim() !== '') {
      const t = d.textuelleBeschreibung.trim();
      props = this.add('daten', `daten:text:${normaliseLabel(t)}`, t, place);
    } else return;
    put(props, 'partner', partner);
    put(props, 'uebermittlungsart', uebermittlungsart);
  }

  trigger(a: AusloeserErgebnis, role: string): void {
    const place = { role };
    if (a.formularID !== undefined && a.formularID.trim() !== '')
      this.add('daten', `daten:formular:${a.formularID.trim()}`, a.formularID.trim(), place);
    else if (a.prozessID !== undefined && a.prozessID.trim() !== '')
      this.add('daten', `daten:prozess:${a.prozessID.trim()}`, a.prozessID.trim(), place);
    else if (a.textuelleBeschreibung !== undefined && a.textuelleBeschreibung.trim() !== '')
      this.daten({ textuelleBeschreibung: a.textuelleBeschreibung }, place);
  }

  teilnehmer(name: string, rollen: readonly string[], modell: string | undefined): void {
    const key = `teilnehmer:${labelTokens(name).join(' ')}`;
    const props = this.add('teilnehmer', key, name.trim(), undefined);
    for (const r of rollen) put(props, 'rolle', r);
    put(props, 'modell', modell);
  }
}

function put(props: Map<string, Set<string>>, key: string, value: string | undefined): void {
  if (value === undefined || value.trim() === '') return;
  let s = props.get(key);
  if (s === undefined) props.set(key, (s = new Set()));
  s.add(value.trim());
}

function placeAt(role: string, step: string | undefined): Place {
  return step === undefined ? { role } : { role, step };
}

function pick(doc: XprozessDocument, prozessId: string | undefined): Prozess | undefined {
  const all = prozesseOf(doc);
  return prozessId === undefined ? all[0] : (all.find((p) => p.id.trim() === prozessId) ?? undefined);
}

function catalogueEntry(doc: XprozessDocument, id: string): Prozessklasse | undefined {
  const model = doc.model as {
    readonly prozesskatalog?: { readonly prozessklasse: readonly Prozessklasse[] };
  };
  return model.prozesskatalog?.prozessklasse.find((k) => k.id.trim() === id);
}

/** Sets the canonical form of a value when it is not empty. */
function setCanonical(props: Record<string, string>, key: string, value: unknown): void {
  const c = canonical(value);
  if (c !== '') props[key] = c;
}

function klasseProps(id: string, k: Prozessklasse | undefined): Record<string, string> {
  const props: Record<string, string> = { klasseID: id };
  if (k === undefined) return props;
  setCanonical(props, 'name', k.name);
  setCanonical(props, 'zwecksetzung', k.zwecksetzung);
  setCanonical(props, 'operativesZiel', k.operativesZiel);
  setCanonical(props, 'handlungsform', k.handlungsform);
  setCanonical(props, 'verfahrensart', k.verfahrensart);
  setCanonical(props, 'gliederung', setOf(k.klassifikation.map((c) => c.klasseID)));
  return props;
}

function rootProps(p: Prozess): Record<string, string> {
  const sb = p.prozesssteckbrief;
  const props: Record<string, string> = {};
  setCanonical(props, 'id', p.id);
  setCanonical(props, 'name', p.name);
  setCanonical(props, 'bezeichnung', p.bezeichnung);
  setCanonical(props, 'definition', sb?.definition);
  setCanonical(props, 'beschreibung', sb?.beschreibung);
  setCanonical(props, 'detaillierungsstufe', sb?.detaillierungsstufe);
  setCanonical(props, 'zielvorgaben', sb?.zielvorgaben);
  return props;
}

/**
 * Flattens one process of an XProzess document. Without a process the view is empty and an
 * `harmonise/no-process` error explains why; problems opening the BPMN model are passed on.
 *
 * @example
 * ```ts
 * const { view } = processView(parse(bytes).value!);
 * view.elements.size; // steps, Handlungsgrundlagen, data, participants and the Prozessklasse
 * ```
 */
export function processView(
  doc: XprozessDocument,
  options: ProcessViewOptions = {},
): { view: ProcessView; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const p = pick(doc, options.prozessId);
  if (p === undefined) {
    diagnostics.push(
      diagnostic(
        'error',
        'harmonise/no-process',
        options.prozessId === undefined
          ? 'The document holds no Prozess (prozessbibliothek/prozess).'
          : `The document holds no Prozess with id ${options.prozessId}.`,
        'harmonise',
      ),
    );
    const root: ProcessElement = { kind: 'prozess', key: 'prozess', name: '', props: {} };
    return {
      view: { root, id: '', klasseID: '', steps: [], elements: new Map(), bpmn: [] },
      diagnostics,
    };
  }
  const klasseID = klasseOf(p);
  const inherit = options.inheritKlasse;
  const entry =
    catalogueEntry(doc, klasseID) ??
    (inherit !== undefined && inherit.id.trim() === klasseID ? inherit : undefined);
  const m = processModels(doc);
  diagnostics.push(...m.diagnostics);
  const bpmn: BpmnModel[] = m.models.filter((x) => x.prozess === p).map((x) => x.bpmn);
  const groups = p.prozessstrukturbeschreibung?.strukturbeschreibungFIM?.aktivitaetengruppe ?? [];
  const { steps, groupKeys } = buildSteps(groups, bpmn);

  const c = new Collector();
  for (const h of entry?.handlungsgrundlage ?? []) c.handlungsgrundlage(h, { role: 'prozessklasse' });
  const sb = p.prozesssteckbrief;
  for (const h of sb?.handlungsgrundlage ?? []) c.handlungsgrundlage(h, { role: 'steckbrief' });
  for (const a of sb?.ausloeser ?? []) c.trigger(a, 'ausloeser');
  for (const a of sb?.ergebnis ?? []) c.trigger(a, 'ergebnis');
  for (const g of groups) {
    const step = groupKeys.get(g);
    for (const h of g.handlungsgrundlage) c.handlungsgrundlage(h, placeAt('schritt', step));
    for (const d of g.eingehendeDaten) c.daten(d, placeAt('eingehend', step));
    for (const d of g.ausgehendeDaten) c.daten(d, placeAt('ausgehend', step));
    const sa = g.spezifischeAttribute;
    for (const e of [
      ...(sa.spezifischeAttribute1?.empfangeneDaten ?? []),
      ...(sa.spezifischeAttribute7?.empfangeneDaten ?? []),
    ])
      c.daten(e.formularverweis, placeAt('empfangen', step), e.sender, e.uebermittlungsart.code);
    for (const b of [
      ...(sa.spezifischeAttribute2?.bereitgestellteDaten ?? []),
      ...(sa.spezifischeAttribute7?.bereitgestellteDaten ?? []),
    ])
      c.daten(b.formularverweis, placeAt('bereitgestellt', step), b.empfaenger, b.uebermittlungsart.code);
  }
  for (const t of sb?.prozessteilnehmer ?? [])
    c.teilnehmer(
      t.name,
      t.rolle.map((r) => r.code),
      undefined,
    );
  for (const model of bpmn) {
    for (const x of model.participants) if (x.name !== undefined) c.teilnehmer(x.name, [], 'Pool');
    for (const x of model.lanes) if (x.name !== undefined) c.teilnehmer(x.name, [], 'Lane');
  }

  const elements = new Map<string, ProcessElement>();
  elements.set('prozessklasse', {
    kind: 'prozessklasse',
    key: 'prozessklasse',
    name: entry?.name.trim() ?? klasseID,
    props: klasseProps(klasseID, entry),
  });
  for (const s of steps) elements.set(s.key, s);
  for (const [key, item] of c.items) {
    const props: Record<string, string> = {};
    for (const [k, v] of item.props) props[k] = setOf(v);
    elements.set(key, {
      kind: item.kind,
      key,
      name: item.name,
      props,
      ...(item.kind === 'teilnehmer' ? {} : { places: item.places }),
    });
  }
  const root: ProcessElement = { kind: 'prozess', key: 'prozess', name: p.name.trim(), props: rootProps(p) };
  const version = p.version?.trim();
  return {
    view: {
      root,
      id: p.id.trim(),
      ...(version === undefined || version === '' ? {} : { version }),
      klasseID,
      steps,
      elements,
      ...(entry === undefined ? {} : { prozessklasse: entry }),
      bpmn,
    },
    diagnostics,
  };
}
