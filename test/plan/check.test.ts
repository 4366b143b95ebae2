import { describe, expect, it } from 'vitest';
import { ARTEFACT_MATRIX, checkPlan, parseDescriptor } from '../../src/plan/index.js';

describe('artefact matrix', () => {
  it('has the 14 artefacts of the process model with D requiring only the first two', () => {
    expect(ARTEFACT_MATRIX).toHaveLength(14);
    expect(ARTEFACT_MATRIX.filter((a) => a.requirement.D === 'X').map((a) => a.id)).toEqual([
      'analysierte-leistungen',
      'priorisierung',
    ]);
    expect(ARTEFACT_MATRIX.every((a) => a.requirement.L === 'X')).toBe(true);
    expect(ARTEFACT_MATRIX.filter((a) => a.requirement.M === '(X)').map((a) => a.id)).toEqual([
      'rechtsaenderungen',
      'xoev-standards',
      'register',
    ]);
  });
});

describe('checkPlan', () => {
  it('an empty L project misses all 14 artefacts', () => {
    expect(checkPlan({ service: 'x', category: 'L', artefacts: {} }).missing).toHaveLength(14);
  });

  it('optional artefacts never count as missing', () => {
    const r = checkPlan({ service: 'x', category: 'M', artefacts: {} });
    expect(r.artefacts.find((a) => a.id === 'register')?.status).toBe('optional-missing');
    expect(r.artefacts.find((a) => a.id === 'personas')?.status).toBe('not-required');
    expect(r.missing).not.toContain('register');
  });

  it('descriptor problems are diagnostics, not exceptions', () => {
    expect(parseDescriptor('{').diagnostics[0]?.code).toBe('plan/not-json');
    const bad = parseDescriptor('{"service":"x","category":"Z"}');
    expect(bad.value).toBeUndefined();
    expect(bad.diagnostics[0]).toMatchObject({ code: 'plan/invalid-descriptor', path: '/category' });
    const unknown = checkPlan(
      parseDescriptor('{"service":"x","category":"D","artefacts":{"foo":true}}').value!,
    );
    expect(unknown.diagnostics[0]?.code).toBe('plan/unknown-artefact');
  });
});
