/**
 * The judge's 1.6 composite schedule (testcases/ocpp16/smart-charging/steps.composite.ts) on worked
 * examples: the OCTT 1.6 document's expected schedules (TC_066_CS, TC_067_CS, TC_072_CS) and the
 * rules of OCPP 1.6 3.13 (validity, Relative, Recurring, units).
 */
import { expect } from 'chai';
import { compareComposite, expectedComposite, normalise, type Profile16, type Purpose16 } from '../../testcases/ocpp16/smart-charging/steps.composite.js';

const T0 = Date.parse('2026-01-01T12:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();

function profile(id: number, purpose: Purpose16, stackLevel: number, connectorId: number, duration: number | undefined, periods: Array<[number, number]>, extra: Partial<Profile16> = {}): Profile16 {
  return {
    chargingProfileId: id, connectorId, stackLevel, chargingProfilePurpose: purpose, chargingProfileKind: 'Absolute',
    chargingSchedule: { startSchedule: at(0), chargingRateUnit: 'A', ...(duration === undefined ? {} : { duration }), chargingSchedulePeriod: periods.map(([startPeriod, limit]) => ({ startPeriod, limit })) },
    ...extra,
  };
}
const periods = (...ps: Array<[number, number | undefined]>) => ps.map(([startPeriod, limit]) => (limit === undefined ? { startPeriod } : { startPeriod, limit }));
const tx = { transactionId: 7, startMs: T0 - 10_000 };

describe('1.6 composite schedule (the judge)', () => {
  it('TC_066_CS: TxProfile overrules TxDefaultProfile for the transaction, ChargePointMaxProfile caps it', () => {
    const installed = [
      profile(1, 'ChargePointMaxProfile', 0, 0, 86400, [[0, 10]]),
      profile(2, 'TxDefaultProfile', 0, 1, 300, [[0, 6], [60, 10], [120, 8], [180, 15], [260, 8]], { validFrom: at(0), validTo: at(401) }),
      profile(3, 'TxProfile', 0, 1, 260, [[0, 8], [50, 11], [140, 16], [200, 6], [240, 12]], { validFrom: at(0), validTo: at(401) }),
    ];
    const got = expectedComposite(installed, { connectorId: 1, startMs: T0, durationS: 400, unit: 'A', transaction: tx });
    expect(got).to.deep.equal(periods([0, 8], [50, 10], [200, 6], [240, 10]));
  });

  it('TC_066_CS without a transaction: the TxProfile does not apply, the default does', () => {
    const installed = [
      profile(1, 'ChargePointMaxProfile', 0, 0, 86400, [[0, 10]]),
      profile(2, 'TxDefaultProfile', 0, 1, 300, [[0, 6], [60, 10], [120, 8], [180, 15], [260, 8]]),
      profile(3, 'TxProfile', 0, 1, 260, [[0, 8], [50, 11]]),
    ];
    const got = expectedComposite(installed, { connectorId: 1, startMs: T0, durationS: 400, unit: 'A' });
    expect(got).to.deep.equal(periods([0, 6], [60, 10], [120, 8], [180, 10], [260, 8], [300, 10]));
  });

  it('TC_072_CS: the higher stack level wins while its schedule lasts, then the lower one shows through', () => {
    const installed = [
      profile(1, 'TxDefaultProfile', 0, 1, 400, [[0, 6], [100, 8], [200, 10]]),
      profile(2, 'TxDefaultProfile', 1, 1, 150, [[0, 7], [100, 9]]),
    ];
    const got = expectedComposite(installed, { connectorId: 1, startMs: T0, durationS: 350, unit: 'A' });
    expect(got).to.deep.equal(periods([0, 7], [100, 9], [150, 8], [200, 10]));
  });

  it('TC_067_CS: clearing profile by profile changes the composite as the document says', () => {
    const p1 = profile(1, 'TxDefaultProfile', 1, 1, 400, [[0, 6], [60, 8], [200, 10]]);
    const p2 = profile(2, 'TxDefaultProfile', 0, 1, 400, [[0, 7], [100, 9]]);
    const p3 = profile(3, 'ChargePointMaxProfile', 0, 0, 86400, [[0, 11], [200, 12]]);
    const q = { connectorId: 1, startMs: T0, durationS: 350, unit: 'A' as const };
    expect(expectedComposite([p1, p2, p3], q)).to.deep.equal(periods([0, 6], [60, 8], [200, 10]));
    expect(expectedComposite([p2, p3], q)).to.deep.equal(periods([0, 7], [100, 9]));
    expect(expectedComposite([p3], q)).to.deep.equal(periods([0, 11], [200, 12]));
    expect(expectedComposite([], q)).to.deep.equal(periods([0, undefined]));
  });

  it('a TxDefaultProfile on connector 0 applies to every connector; the connector\'s own wins at the same stack level', () => {
    const all = profile(1, 'TxDefaultProfile', 0, 0, undefined, [[0, 16]]);
    const own = profile(2, 'TxDefaultProfile', 0, 2, 100, [[0, 10]]);
    expect(expectedComposite([all, own], { connectorId: 2, startMs: T0, durationS: 200, unit: 'A' })).to.deep.equal(periods([0, 10], [100, 16]));
    expect(expectedComposite([all, own], { connectorId: 1, startMs: T0, durationS: 200, unit: 'A' })).to.deep.equal(periods([0, 16]));
  });

  it('validFrom / validTo bound a profile; a TxProfile of another transaction does not apply', () => {
    const windowed = profile(1, 'TxDefaultProfile', 0, 1, undefined, [[0, 12]], { validFrom: at(50), validTo: at(120) });
    const other = profile(2, 'TxProfile', 0, 1, undefined, [[0, 5]], { transactionId: 99 });
    expect(expectedComposite([windowed, other], { connectorId: 1, startMs: T0, durationS: 200, unit: 'A', transaction: tx }))
      .to.deep.equal(periods([0, undefined], [50, 12], [120, undefined]));
  });

  it('Relative counts from the transaction start; Recurring Daily repeats the schedule', () => {
    const relative = profile(1, 'TxProfile', 0, 1, 60, [[0, 8], [30, 12]], { chargingProfileKind: 'Relative' });
    delete relative.chargingSchedule.startSchedule;
    expect(expectedComposite([relative], { connectorId: 1, startMs: T0, durationS: 100, unit: 'A', transaction: tx }))
      .to.deep.equal(periods([0, 8], [20, 12], [50, undefined]));
    const daily = profile(2, 'ChargePointMaxProfile', 0, 0, 3600, [[0, 20]], { chargingProfileKind: 'Recurring', recurrencyKind: 'Daily' });
    daily.chargingSchedule.startSchedule = at(-86_400 * 3 - 100);
    expect(expectedComposite([daily], { connectorId: 1, startMs: T0, durationS: 7200, unit: 'A' }))
      .to.deep.equal(periods([0, 20], [3500, undefined]));
  });

  it('converts between A and W at 230 V per phase', () => {
    const amps = profile(1, 'ChargePointMaxProfile', 0, 0, undefined, [[0, 10]]);
    amps.chargingSchedule.chargingSchedulePeriod[0]!.numberPhases = 1;
    expect(expectedComposite([amps], { connectorId: 1, startMs: T0, durationS: 10, unit: 'W' })).to.deep.equal(periods([0, 2300]));
  });

  it('compares within the time deviation and names each difference', () => {
    const expected = periods([0, 7], [100, 9], [150, 8], [200, 10]);
    expect(compareComposite(expected, periods([0, 7], [98, 9], [149, 8], [201, 10]), 350, 3)).to.deep.equal([]);
    expect(compareComposite(expected, periods([0, 6], [100, 8], [200, 10]), 350, 3)).to.have.length.greaterThan(1);
    expect(compareComposite(expected, periods([0, 7], [100, 9], [150, 8], [200, 10], [300, 4]), 350, 3).join()).to.match(/unexpected period at 300s/);
    expect(compareComposite(periods([0, undefined]), periods([0, 32]), 350, 3)).to.deep.equal([]);
  });

  it('normalise merges equal neighbours and drops slices shorter than the tolerance', () => {
    expect(normalise(periods([0, 7], [1, 8], [100, 8], [200, 8]), 350, 2)).to.deep.equal(periods([0, 8]));
  });
});
