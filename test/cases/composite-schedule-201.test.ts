/**
 * The judge's 2.0.1 composite schedule (testcases/ocpp201/K-smart-charging/steps.composite.ts) on worked
 * examples: Part 2 "Smart Charging" 3.5 (combining purposes), 3.6 (the daily example profile) and 3.6.1
 * (stacked exceptions), and the expected schedules of Part 6 TC_K_40_CS and TC_K_41_CS.
 */
import { expect } from 'chai';
import { compareComposite201, expectedComposite201, normalise201, type Profile201, type Purpose201 } from '../../testcases/ocpp201/K-smart-charging/steps.composite.js';

const T0 = Date.parse('2026-01-01T12:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();
const periods = (...ps: Array<[number, number | undefined]>) => ps.map(([startPeriod, limit]) => (limit === undefined ? { startPeriod } : { startPeriod, limit }));

function profile(id: number, purpose: Purpose201, stackLevel: number, evseId: number, duration: number | undefined, ps: Array<[number, number]>, extra: Partial<Profile201> = {}): Profile201 {
  return {
    id, evseId, stackLevel, chargingProfilePurpose: purpose, chargingProfileKind: 'Absolute',
    chargingSchedule: [{ id: 1, startSchedule: at(0), chargingRateUnit: 'A', ...(duration === undefined ? {} : { duration }), chargingSchedulePeriod: ps.map(([startPeriod, limit]) => ({ startPeriod, limit })) }],
    ...extra,
  };
}
const tx = { transactionId: 'tx-1', startMs: T0 - 10_000 };

describe('2.0.1 composite schedule (the judge)', () => {
  it('Part 6 TC_K_41_CS: TxProfile overrules TxDefaultProfile for the transaction, ChargingStationMaxProfile caps it (Part 2 3.5)', () => {
    const window = { validFrom: at(0), validTo: at(401) };
    const installed = [
      profile(1, 'ChargingStationMaxProfile', 0, 0, 86400, [[0, 10]]),
      profile(2, 'TxDefaultProfile', 0, 1, 300, [[0, 6], [60, 10], [120, 8], [180, 15], [260, 8]], window),
      profile(3, 'TxProfile', 0, 1, 260, [[0, 8], [50, 11], [140, 16], [200, 6], [240, 12]], { ...window, transactionId: 'tx-1' }),
    ];
    expect(expectedComposite201(installed, { evseId: 1, startMs: T0, durationS: 400, unit: 'A', transaction: tx })).to.deep.equal(periods([0, 8], [50, 10], [200, 6], [240, 10]));
    // Without the transaction the TxProfile has nothing to limit: the default leads (K08.FR.06).
    expect(expectedComposite201(installed, { evseId: 1, startMs: T0, durationS: 400, unit: 'A' })).to.deep.equal(periods([0, 6], [60, 10], [120, 8], [180, 10], [260, 8], [300, 10]));
  });

  it('Part 6 TC_K_40_CS: the higher stack level leads while it has a period, then the lower one shows (Part 2 3.4)', () => {
    const installed = [
      profile(1, 'TxDefaultProfile', 0, 1, 400, [[0, 6], [100, 8], [200, 10]]),
      profile(2, 'TxDefaultProfile', 1, 1, 150, [[0, 7], [100, 9]]),
    ];
    expect(expectedComposite201(installed, { evseId: 1, startMs: T0, durationS: 350, unit: 'A' })).to.deep.equal(periods([0, 7], [100, 9], [150, 8], [200, 10]));
  });

  it('Part 2 3.5 situation 1 and 2: the lowest of the purposes\' leaders, ExternalConstraints included', () => {
    const max = profile(1, 'ChargingStationMaxProfile', 0, 0, undefined, [[0, 20]]);
    const ext = profile(2, 'ChargingStationExternalConstraints', 1, 0, undefined, [[0, 14]]);
    const def0 = profile(3, 'TxDefaultProfile', 0, 1, undefined, [[0, 8]]);
    const def2 = profile(4, 'TxDefaultProfile', 2, 1, undefined, [[0, 16]]);
    const txp = profile(5, 'TxProfile', 1, 1, undefined, [[0, 12]], { transactionId: 'tx-1' });
    const q = { evseId: 1, startMs: T0, durationS: 60, unit: 'A' as const };
    // Situation 1: TxDefault stack 2 leads its purpose (16); the external constraint (14) is lowest.
    expect(expectedComposite201([max, ext, def0, def2], q)).to.deep.equal(periods([0, 14]));
    // Situation 2: the TxProfile (12) overrules every TxDefaultProfile.
    expect(expectedComposite201([max, ext, def0, def2, txp], { ...q, transaction: tx })).to.deep.equal(periods([0, 12]));
    // evseId 0: only the station-wide purposes (K08.FR.03).
    expect(expectedComposite201([max, ext, def0, def2, txp], { ...q, evseId: 0, transaction: tx })).to.deep.equal(periods([0, 14]));
  });

  it('Part 2 3.6: the daily recurring example profile, in W and converted to A', () => {
    const midnight = Date.parse('2013-01-01T00:00:00Z');
    const daily: Profile201 = {
      evseId: 1, id: 100, stackLevel: 0, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Recurring', recurrencyKind: 'Daily',
      chargingSchedule: [{ id: 1, duration: 86400, startSchedule: '2013-01-01T00:00:00Z', chargingRateUnit: 'W', chargingSchedulePeriod: [
        { startPeriod: 0, limit: 11000, numberPhases: 3 }, { startPeriod: 28800, limit: 6000, numberPhases: 3 }, { startPeriod: 72000, limit: 11000, numberPhases: 3 }] }],
    };
    // Three days later, 19:00 for 2 h: 6 kW until 20:00, then 11 kW.
    const from = midnight + 3 * 86_400_000 + 19 * 3_600_000;
    expect(expectedComposite201([daily], { evseId: 1, startMs: from, durationS: 7200, unit: 'W' })).to.deep.equal(periods([0, 6000], [3600, 11000]));
    const inA = expectedComposite201([daily], { evseId: 1, startMs: from, durationS: 7200, unit: 'A' });
    expect(inA.map((p) => Math.round(p.limit! * 100) / 100)).to.deep.equal([8.7, 15.94]);
  });

  it('Part 2 3.6.1: stacked exceptions overrule the daily peak limit on Sundays and Christmas Day', () => {
    const base: Profile201 = { evseId: 0, id: 10, stackLevel: 1, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Recurring', recurrencyKind: 'Daily',
      chargingSchedule: [{ id: 1, startSchedule: '2020-01-09T17:00:00Z', duration: 1080, chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 2000 }] }] };
    const sunday: Profile201 = { evseId: 0, id: 11, stackLevel: 2, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Recurring', recurrencyKind: 'Weekly',
      chargingSchedule: [{ id: 1, startSchedule: '2020-01-05T00:00:00Z', duration: 86400, chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 999999 }] }] };
    const christmas: Profile201 = { evseId: 0, id: 12, stackLevel: 3, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Absolute', validFrom: '2020-01-01T00:00:00Z', validTo: '2021-01-01T00:00:00Z',
      chargingSchedule: [{ id: 1, startSchedule: '2020-12-25T00:00:00Z', duration: 86400, chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 999999 }] }] };
    const all = [base, sunday, christmas];
    const q = (iso: string) => ({ evseId: 1, startMs: Date.parse(iso), durationS: 600, unit: 'W' as const });
    // A Tuesday (2020-01-14) at 17:00: the 2 kW peak limit (the document's schedule lasts 1080 s).
    expect(expectedComposite201(all, q('2020-01-14T17:00:00Z'))).to.deep.equal(periods([0, 2000]));
    // A Sunday (2020-01-12) at 17:00: the weekly exception leads.
    expect(expectedComposite201(all, q('2020-01-12T17:00:00Z'))).to.deep.equal(periods([0, 999999]));
    // Christmas Day 2020 (a Friday) at 17:00: the fixed-date exception leads.
    expect(expectedComposite201(all, q('2020-12-25T17:00:00Z'))).to.deep.equal(periods([0, 999999]));
    // Christmas 2021: out of the exception's validity, the peak limit again.
    expect(expectedComposite201(all, q('2021-12-25T17:00:00Z'))).to.deep.equal(periods([0, 2000]));
  });

  it('validity windows and Relative schedules (K01.FR.36/37, 3.3)', () => {
    const later = profile(1, 'TxDefaultProfile', 0, 1, undefined, [[0, 6]], { chargingProfileKind: 'Relative', validFrom: at(300) });
    expect(expectedComposite201([later], { evseId: 1, startMs: T0, durationS: 400, unit: 'A' })).to.deep.equal(periods([0, undefined], [300, 6]));
    const ending = profile(2, 'TxDefaultProfile', 0, 1, undefined, [[0, 6]], { validTo: at(100) });
    expect(expectedComposite201([ending], { evseId: 1, startMs: T0, durationS: 400, unit: 'A' })).to.deep.equal(periods([0, 6], [100, undefined]));
    const relative = profile(3, 'TxProfile', 0, 1, 60, [[0, 6], [30, 9]], { chargingProfileKind: 'Relative', transactionId: 'tx-1' });
    // Relative to the transaction start, 10 s before the window.
    expect(expectedComposite201([relative], { evseId: 1, startMs: T0, durationS: 100, unit: 'A', transaction: tx })).to.deep.equal(periods([0, 6], [20, 9], [50, undefined]));
  });

  it('evseId 0 reports what the EVSEs draw together, capped by the station-wide purposes (K08.FR.03, Part 6 TC_K_22_CS)', () => {
    // TC_K_22_CS: a TxDefaultProfile on evseId 0 until validTo: "for evse 0 the limit is multiplied by the nr. of EVSE".
    const onAll = profile(1, 'TxDefaultProfile', 0, 0, undefined, [[0, 6]], { validTo: at(300) });
    const evses = [{ evseId: 1 }, { evseId: 2 }];
    expect(expectedComposite201([onAll], { evseId: 0, startMs: T0, durationS: 400, unit: 'A', evses })).to.deep.equal(periods([0, 12], [300, undefined]));
    expect(expectedComposite201([onAll], { evseId: 1, startMs: T0, durationS: 400, unit: 'A' })).to.deep.equal(periods([0, 6], [300, undefined]));
    // A ChargingStationMaxProfile caps the total; one EVSE with its own TxProfile for its transaction adds its own limit.
    const max = profile(2, 'ChargingStationMaxProfile', 0, 0, 200, [[0, 10]]);
    const own = profile(3, 'TxProfile', 0, 2, undefined, [[0, 3]], { transactionId: 'tx-1' });
    expect(expectedComposite201([onAll, max, own], { evseId: 0, startMs: T0, durationS: 400, unit: 'A', evses: [{ evseId: 1 }, { evseId: 2, transaction: tx }] }))
      .to.deep.equal(periods([0, 9], [300, undefined]));
    expect(expectedComposite201([onAll, max], { evseId: 0, startMs: T0, durationS: 400, unit: 'A', evses })).to.deep.equal(periods([0, 10], [200, 12], [300, undefined]));
    // Without the EVSEs named, only the station-wide purposes.
    expect(expectedComposite201([onAll, max], { evseId: 0, startMs: T0, durationS: 400, unit: 'A' })).to.deep.equal(periods([0, 10], [200, undefined]));
  });

  it('compares within the configured deviation; any limit where none is expected', () => {
    const expected = periods([0, 7], [100, 9], [150, 8]);
    expect(compareComposite201(expected, periods([0, 7], [98, 9], [149, 8]), 350, 3)).to.deep.equal([]);
    expect(compareComposite201(expected, periods([0, 6], [98, 9], [149, 8]), 350, 3)).to.have.length(1);
    expect(compareComposite201(expected, periods([0, 7], [90, 9], [149, 8]), 350, 3).join()).to.contain('no period starts at 100s');
    expect(compareComposite201(periods([0, undefined]), periods([0, 32]), 300, 3)).to.deep.equal([]);
    expect(normalise201(periods([0, 7], [1, 9], [100, 9]), 350, 3)).to.deep.equal(periods([0, 9]));
    // A last slice about as long as the deviation: reported by the station, dropped by the expectation; right if the rules give it there.
    expect(compareComposite201(periods([0, 6], [296.4, undefined]), periods([0, 6], [296, 32]), 300, 4)).to.deep.equal([]);
    expect(compareComposite201(periods([0, 6], [296.4, 8]), periods([0, 6], [296, 9]), 300, 4)).to.have.length(1);
    expect(compareComposite201(periods([0, 6]), periods([0, 6], [296, 9]), 300, 4)).to.have.length(1);
  });
});
