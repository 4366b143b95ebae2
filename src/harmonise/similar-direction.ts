/**
 * Direction and target of near-duplicate pairs, read from ids, versions and publication dates: which
 * element is the likelier origin, how long before its copy it was issued, and which is the better
 * harmonised target.
 *
 * @module
 */
import { compareVersions } from '../diff/index.js';
import { type ElementView, nummernkreis } from './elements.js';
import { mayBeRederived } from './similar-signals.js';

/** Pairs of a local element with a BOB (60) or Bund (00) element are the main case: a small bonus. */
export const HARMONISED_BONUS = 0.05;

export function isHarmonised(v: ElementView): boolean {
  const nk = nummernkreis(v.id);
  return nk === '60' || nk === '00';
}

/** Serial-number distance at which {@link originAge} reaches one half. */
const SERIAL_HALF = 50;

/** BOB (60) and Bund (00) elements are the Stamm every other Nummernkreis derives from. */
function stammRank(v: ElementView): number {
  return isHarmonised(v) ? 0 : 1;
}

/**
 * Which of two elements is the likelier origin by id semantics, or undefined when the ids do not tell:
 * BOB/Bund before local; in one Nummernkreis the lower serial number (ids are issued in ascending
 * order, so it existed first); for one id the lower version.
 */
export function originOf(a: ElementView, b: ElementView): 'a' | 'b' | undefined {
  const ra = stammRank(a);
  const rb = stammRank(b);
  if (ra !== rb) return ra < rb ? 'a' : 'b';
  if (nummernkreis(a.id) !== nummernkreis(b.id)) return undefined;
  if (a.id === b.id) {
    const c = compareVersions(a.version ?? '', b.version ?? '');
    return c === 0 ? undefined : c < 0 ? 'a' : 'b';
  }
  const sa = serialOf(a.id);
  const sb = serialOf(b.id);
  if (sa === undefined || sb === undefined || sa === sb) return a.id < b.id ? 'a' : 'b';
  return sa < sb ? 'a' : 'b';
}

function serialOf(id: string): number | undefined {
  const n = Number(id.slice(3));
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * How long before its copy the origin came into being, in [0, 1): a share growing with the serial-number
 * distance in one Nummernkreis (copies made in one go get adjacent numbers). Undefined for versions of
 * one id and across Nummernkreise, where serial numbers are not comparable (the preference for a
 * BOB/Bund origin is {@link HARMONISED_BONUS}).
 */
export function originAge(origin: ElementView, copy: ElementView): number | undefined {
  if (origin.id === copy.id || nummernkreis(origin.id) !== nummernkreis(copy.id)) return undefined;
  const so = serialOf(origin.id);
  const sc = serialOf(copy.id);
  if (so === undefined || sc === undefined) return undefined;
  const gap = Math.abs(sc - so);
  return gap / (gap + SERIAL_HALF);
}

/** Ranks which of two elements is the better harmonised target; positive when `a` is better. */
function targetRank(v: ElementView, uses: number): number[] {
  const nk = nummernkreis(v.id);
  return [v.schemaelementart === 'HAR' ? 1 : 0, nk === '60' ? 1 : 0, nk === '00' ? 1 : 0, uses];
}

export function better(a: ElementView, b: ElementView, usesA: number, usesB: number): 'a' | 'b' {
  const ra = targetRank(a, usesA);
  const rb = targetRank(b, usesB);
  for (let i = 0; i < ra.length; i++) {
    const d = (ra[i] ?? 0) - (rb[i] ?? 0);
    if (d !== 0) return d > 0 ? 'a' : 'b';
  }
  return compareVersions(a.version ?? '', b.version ?? '') >= 0 ? 'a' : 'b';
}

/**
 * The likelier origin of a pair: {@link originOf}, or undefined when `rederivation` is on and the older
 * id may have been re-derived in its present version (see {@link mayBeRederived}).
 */
export function directionOf(a: ElementView, b: ElementView, rederivation: boolean): 'a' | 'b' | undefined {
  const origin = originOf(a, b);
  if (origin === undefined || !rederivation) return origin;
  if (stammRank(a) !== stammRank(b) || a.id === b.id) return origin;
  const [older, younger] = origin === 'a' ? [a, b] : [b, a];
  return mayBeRederived(older, younger) ? undefined : origin;
}
