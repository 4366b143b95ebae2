/**
 * Identifiers: 1038, 1039.
 *
 * @module
 */
import type { QElement, QualityFormat } from '../model.js';
import type { QualityRule } from '../types.js';
import { BOTH, blank, perElement } from './util.js';

const PREFIX: Record<QElement['kind'], string> = {
  stammdatenschema: 'S',
  datenfeldgruppe: 'G',
  datenfeld: 'F',
  regel: 'R',
  dokumentsteckbrief: 'D',
  codelisteReferenz: 'C',
};

/** XDF2 ids: letter + 8 digits; XDF3 ids: letter + 11 digits. */
export function validId(format: QualityFormat, kind: QElement['kind'], id: string): boolean {
  const digits = format === 'xdf2' ? 8 : 11;
  return new RegExp(`^${PREFIX[kind]}\\d{${digits}}$`).test(id);
}

/** Rules about ids. */
export const idRules: readonly QualityRule[] = [
  perElement(1038, BOTH, (e) => blank(e.id) && 'identifikation'),
  perElement(
    1039,
    BOTH,
    (e, ctx) =>
      !blank(e.id) &&
      (ctx.doc.format === 'xdf3' || e.kind !== 'regel') &&
      !validId(ctx.doc.format, e.kind, e.id) &&
      'identifikation',
  ),
];
