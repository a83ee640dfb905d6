/**
 * The ISO 15118 charging-needs flows with the CSMS under test (K15-K17): the mock EV's needs, the
 * Reusable State ISO15118SmartCharging (Part 6 Table 710) and its steps, which the K_53-59 cases reuse.
 */
import type { CaseContext, Payload, Request } from '../../kit.js';
import { chargingSession, transactionEvent } from '../_shared/charging-session.csms.js';
import { same, type Verify } from './steps.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
type EvSchedule = Request<'2.0.1', 'NotifyEVChargingSchedule'>['chargingSchedule'];

/** Part 6 TC_K_57/59_CSMS step 5 note: "If NotifyEVChargingNeedsResponseStatus was Processing, the OCTT will wait 60 seconds for the request". */
const PROCESSING_WAIT_MS = 60_000;

/** <Configured values from mock EV>: an AC three-phase EV wanting 20 kWh within 4 h, at most 3 schedule tuples. */
export function evNeeds(ctx: Ctx): Request<'2.0.1', 'NotifyEVChargingNeeds'> {
  return {
    evseId: chargingSession(ctx).evseId, maxScheduleTuples: 3,
    chargingNeeds: {
      requestedEnergyTransfer: 'AC_three_phase', departureTime: new Date(Date.now() + 4 * 3_600_000).toISOString(),
      acChargingParameters: { energyAmount: 20_000, evMinCurrent: 6, evMaxCurrent: 32, evMaxVoltage: 400 },
    },
  };
}

/**
 * The OCTT sends NotifyEVChargingNeedsRequest (`statuses`: the answers the tool validation allows); returns the
 * CSMS's status. The CSMS must answer it (K15.FR.02).
 */
export async function needsSent(ctx: Ctx, verify: Verify, statuses: readonly string[], step: string): Promise<string> {
  const answer = await ctx.sut.call('NotifyEVChargingNeeds', evNeeds(ctx), { requirement: 'K15.FR.02' });
  verify(statuses.includes(answer.status), `${step}: NotifyEVChargingNeedsResponse status ${statuses.join(' or ')}, got ${answer.status}`, 'K15.FR.03');
  return answer.status;
}

/**
 * The CSMS sends SetChargingProfileRequest on its own (after the needs or a rejected schedule: K15.FR.07,
 * K15.FR.13, K16.FR.12; or asked by the operator, `hint`), the OCTT answers Accepted. Tool validations:
 * purpose TxProfile, the transaction's id, and (`evse`) the configured evseId. Returns the profile.
 */
export async function txProfileSent(ctx: Ctx, verify: Verify, step: string, options: { evse: boolean; processing?: boolean; requirement: string; hint?: Payload }): Promise<Payload> {
  const s = chargingSession(ctx);
  const timeoutMs = ctx.ics.timeouts.messageMs + (options.processing ? PROCESSING_WAIT_MS : 0);
  const incoming = ctx.sut.expectCall('SetChargingProfile', { requirement: options.requirement, timeoutMs });
  // Asked by the operator: an operator who cannot do it is INCONCLUSIVE at once; otherwise the request decides.
  const asked = options.hint ? ctx.operator.do('csmsSend', { action: 'SetChargingProfile', stationId: ctx.ics.station.id, hint: options.hint }) : undefined;
  asked?.catch(() => undefined);
  const call = await (asked ? Promise.race([incoming, asked.then(() => incoming)]) : incoming);
  if (!call.answered) call.respond({ status: 'Accepted' });
  await asked;
  const profile = call.payload.chargingProfile as unknown as Payload;
  if (options.evse) same(verify, call.payload.evseId, s.evseId, `${step}: SetChargingProfileRequest evseId (<Configured evseId>)`, 'K15.FR.07');
  same(verify, profile.chargingProfilePurpose, 'TxProfile', `${step}: SetChargingProfileRequest chargingProfilePurpose`, 'K15.FR.07');
  same(verify, profile.transactionId, s.tx?.transactionId, `${step}: SetChargingProfileRequest transactionId (<Provided transactionId from before>)`, 'K01.FR.03');
  return profile;
}

/** The EV's schedule from the CSMS's profile: its first schedule, every limit times `factor` (above 1: beyond the limits). */
export function evSchedule(profile: Payload, factor = 1): EvSchedule {
  const given = (Array.isArray(profile.chargingSchedule) ? profile.chargingSchedule[0] : undefined) as EvSchedule | undefined;
  const unit = given?.chargingRateUnit ?? 'A';
  const periods = given?.chargingSchedulePeriod?.length ? given.chargingSchedulePeriod : [{ startPeriod: 0, limit: unit === 'W' ? 11_000 : 16 }];
  return {
    id: given?.id ?? 1, chargingRateUnit: unit, startSchedule: new Date().toISOString(),
    chargingSchedulePeriod: periods.map((p) => ({ ...p, limit: p.limit * factor })),
  };
}

/** The OCTT sends NotifyEVChargingScheduleRequest (the EV's schedule) and expects status `status` (tool validation). */
export async function evScheduleSent(ctx: Ctx, verify: Verify, schedule: EvSchedule, status: 'Accepted' | 'Rejected', step: string, requirement: string): Promise<void> {
  const answer = await ctx.sut.call('NotifyEVChargingSchedule', { timeBase: new Date().toISOString(), evseId: chargingSession(ctx).evseId, chargingSchedule: schedule }, { requirement });
  same(verify, answer.status, status, `${step}: NotifyEVChargingScheduleResponse status`, requirement);
}

/** The OCTT sends TransactionEvent ChargingStateChanged, Charging: the energy flows (the CSMS answers). */
export async function chargingStarted(ctx: Ctx): Promise<void> {
  await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'Charging' });
  chargingSession(ctx).state = 'EnergyTransferStarted';
}

/**
 * Reusable State ISO15118SmartCharging (Part 6 Table 710): 1-2 NotifyEVChargingNeeds (Accepted or Processing),
 * 3-4 the CSMS's TxProfile (Accepted), 5-6 the EV's schedule within it (Accepted), 7-8 ChargingStateChanged Charging.
 */
export async function iso15118SmartCharging(ctx: Ctx, verify: Verify): Promise<Payload> {
  const status = await needsSent(ctx, verify, ['Accepted', 'Processing'], 'ISO15118SmartCharging step 2');
  const profile = await txProfileSent(ctx, verify, 'ISO15118SmartCharging step 3', { evse: false, processing: status === 'Processing', requirement: 'K15.FR.07' });
  await evScheduleSent(ctx, verify, evSchedule(profile), 'Accepted', 'ISO15118SmartCharging step 4', 'K15.FR.11');
  await chargingStarted(ctx);
  return profile;
}
