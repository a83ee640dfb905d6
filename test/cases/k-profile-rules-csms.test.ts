/** The Part 2 K01 rules the K CSMS cases hold a CSMS's charging profile to (testcases/ocpp201/K-smart-charging/steps.profile-rules.csms.ts). */
import { expect } from 'chai';
import { profileProblems } from '../../testcases/ocpp201/K-smart-charging/steps.profile-rules.csms.js';

const schedule = (extra: Record<string, unknown> = {}, periods = [{ startPeriod: 0, limit: 6 }]) => ({ id: 1, chargingRateUnit: 'A', chargingSchedulePeriod: periods, ...extra });
const profile = (extra: Record<string, unknown> = {}) => ({
  id: 1, stackLevel: 0, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Absolute', chargingSchedule: [schedule({ startSchedule: '2026-01-01T00:00:00Z' })], ...extra,
});
const ids = (p: Record<string, unknown>, evseId: unknown = 1, where: 'set' | 'remote-start' = 'set') => profileProblems(p, evseId, where).map((x) => x.requirement);

describe('K CSMS cases: the Part 2 rules of a charging profile', () => {
  it('finds nothing wrong with a complete Absolute TxDefaultProfile, a TxProfile with its transaction, a Relative remote-start profile', () => {
    expect(ids(profile())).to.deep.equal([]);
    expect(ids(profile({ chargingProfilePurpose: 'TxProfile', transactionId: 'tx-1' }))).to.deep.equal([]);
    expect(ids(profile({ chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative', chargingSchedule: [schedule()] }), 1, 'remote-start')).to.deep.equal([]);
  });

  it('names the requirement each broken profile breaks', () => {
    expect(ids(profile({ chargingProfilePurpose: 'ChargingStationMaxProfile', chargingProfileKind: 'Relative', chargingSchedule: [schedule()] }), 0)).to.deep.equal(['K01.FR.38']);
    expect(ids(profile({ chargingSchedule: [schedule()] }))).to.deep.equal(['K01.FR.40']);
    expect(ids(profile({ chargingProfileKind: 'Relative' }))).to.deep.equal(['K01.FR.41']);
    expect(ids(profile({ chargingProfilePurpose: 'TxProfile' }), 0)).to.deep.equal(['K01.FR.03', 'K01.FR.16']);
    expect(ids(profile({ chargingProfilePurpose: 'ChargingStationExternalConstraints' }))).to.deep.equal(['K01.FR.22']);
    expect(ids(profile({ chargingSchedule: [schedule({ startSchedule: 'x' }, [{ startPeriod: 5, limit: 6 }])] }))).to.deep.equal(['K01.FR.31']);
    expect(ids(profile({ chargingSchedule: [schedule({ startSchedule: 'x' }, [{ startPeriod: 0, limit: 6 }, { startPeriod: 600, limit: 8 }, { startPeriod: 300, limit: 7 }])] }))).to.deep.equal(['K01.FR.35']);
    expect(ids(profile({ chargingProfileKind: 'Recurring' }))).to.have.length(1);
    expect(ids(profile({ chargingSchedule: [] }))).to.deep.equal(['K01.FR.34']);
    expect(ids(profile({ chargingProfilePurpose: 'TxDefaultProfile' }), 1, 'remote-start')).to.deep.equal(['K05.FR.02']);
  });
});
