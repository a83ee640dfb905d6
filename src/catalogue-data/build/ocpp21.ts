import type { OfficialCatalogue } from '../types.js';
import { parseCsv, parseProfileColumn } from './csv.js';

/**
 * OCPP 2.1: ids, titles, roles and profiles from shared/catalogue/ocpp21.csv (gathered from Part 5
 * edition 2, 2025-12-03). That table lists a condition's feature ids without its and/or structure,
 * so conditions are kept as `conditionFeatures`.
 */
export function build21(csvText: string): OfficialCatalogue {
  const cases = parseCsv(csvText).map((r) => ({
    id: r.test_id!,
    title: r.title!,
    sut: r.sut_role === 'CSMS' ? 'CSMS' as const : 'CS' as const,
    profiles: parseProfileColumn(r.profile ?? '').map((p) => (p.mandatory
      ? { profile: p.profile, mandatory: true }
      : { profile: p.profile, mandatory: false, conditionFeatures: p.features })),
  }));
  return {
    version: '2.1',
    sources: ['OCPP 2.1 edition 2 Part 5 (certification profiles, 2025-12-03), via shared/catalogue/ocpp21.csv'],
    notes: [
      'Conditions list the Part 5 feature ids only (conditionFeatures), not their and/or structure: a conditional 2.1 case is taken to apply when the ICS claims any of them.',
      'Cases the 2.1 test-case set has but Part 5 edition 2 lists for no profile have no profiles.',
    ],
    resolved: [],
    cases,
  };
}
