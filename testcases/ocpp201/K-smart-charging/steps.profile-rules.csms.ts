/**
 * "The received Charging Profile(s) must comply with the requirements defined at part 2 specification"
 * (Part 6 errata 2025-09, 6.3.13: TC_K_04/37/60/70_CSMS): the Part 2 K01 rules a CSMS's profile must
 * keep, as a list of problems (empty: it complies). The CSMS side only; the station's stacking and
 * composite schedule are the CS cases' business.
 */
import type { Payload } from '../../kit.js';

export interface ProfileProblem {
  text: string;
  requirement: string;
}

const isObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);
export const schedulesOf = (profile: Payload): Payload[] => (Array.isArray(profile.chargingSchedule) ? profile.chargingSchedule.filter(isObject) : []);
export const periodsOf = (schedule: Payload | undefined): Payload[] => (schedule && Array.isArray(schedule.chargingSchedulePeriod) ? schedule.chargingSchedulePeriod.filter(isObject) : []);

/**
 * The Part 2 problems of a profile the CSMS sent: in a SetChargingProfileRequest (`evseId` beside it) or as the
 * chargingProfile of a RequestStartTransactionRequest (where the transaction does not exist yet, K05).
 */
export function profileProblems(profile: Payload, evseId: unknown, where: 'set' | 'remote-start'): ProfileProblem[] {
  const out: ProfileProblem[] = [];
  const add = (text: string, requirement: string) => { out.push({ text, requirement }); };
  const purpose = profile.chargingProfilePurpose;
  const kind = profile.chargingProfileKind;
  const schedules = schedulesOf(profile);
  if (purpose === 'ChargingStationExternalConstraints') add('chargingProfilePurpose ChargingStationExternalConstraints is not the CSMS\'s to set', 'K01.FR.22');
  if (purpose === 'ChargingStationMaxProfile' && kind === 'Relative') add('a ChargingStationMaxProfile is Relative', 'K01.FR.38');
  if (purpose === 'TxProfile' && where === 'set') {
    if (profile.transactionId === undefined) add('a TxProfile without transactionId', 'K01.FR.03');
    if (typeof evseId !== 'number' || evseId <= 0) add(`a TxProfile for evseId ${String(evseId)} (only an EVSE > 0)`, 'K01.FR.16');
  }
  if (where === 'remote-start' && purpose !== 'TxProfile') add(`the chargingProfile of RequestStartTransaction has purpose ${String(purpose)}`, 'K05.FR.02');
  if (kind === 'Recurring' && profile.recurrencyKind === undefined) add('a Recurring profile without recurrencyKind', 'K01 (ChargingProfileType: recurrencyKind for Recurring)');
  if (kind !== 'Recurring' && profile.recurrencyKind !== undefined) add(`recurrencyKind on a ${String(kind)} profile`, 'K01 (ChargingProfileType: recurrencyKind only for Recurring)');
  if (schedules.length !== 1) add(`${schedules.length} chargingSchedules (one without ISO 15118)`, 'K01.FR.34');
  schedules.forEach((schedule, i) => {
    const at = `chargingSchedule[${i}]`;
    if ((kind === 'Absolute' || kind === 'Recurring') && schedule.startSchedule === undefined) add(`${at}.startSchedule omitted in a ${kind} profile`, 'K01.FR.40');
    if (kind === 'Relative' && schedule.startSchedule !== undefined) add(`${at}.startSchedule in a Relative profile`, 'K01.FR.41');
    const periods = periodsOf(schedule);
    if (periods[0] && periods[0].startPeriod !== 0) add(`${at}: the first startPeriod is ${String(periods[0].startPeriod)}, not 0`, 'K01.FR.31');
    for (let k = 1; k < periods.length; k += 1) {
      if (Number(periods[k]?.startPeriod) <= Number(periods[k - 1]?.startPeriod)) add(`${at}: startPeriod ${String(periods[k]?.startPeriod)} does not follow ${String(periods[k - 1]?.startPeriod)}`, 'K01.FR.35');
    }
    for (const period of periods) {
      if (period.phaseToUse !== undefined && period.numberPhases !== 1) add(`${at}: phaseToUse with numberPhases ${String(period.numberPhases)}`, 'K01.FR.19');
    }
  });
  return out;
}
