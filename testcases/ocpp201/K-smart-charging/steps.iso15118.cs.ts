/**
 * Steps of the K ISO 15118 cases with the charging station under test (Part 6 TC_K_53/57/58_CS): the
 * charging session they start from (State is Authorized (local), EVConnectedPreSession), Reusable State
 * RenegotiateChargingLimits (Part 6 Table 437) and its parts: the EV's charging needs, the TxProfile the
 * OCTT sets for the transaction and the EV's schedule that may follow. The EV's manual actions are
 * operator actions (evRenegotiate).
 */
import { adviseUnless, CaseInconclusive, type CaseContext, type Payload } from '../../kit.js';
import { follow, later, txInfo, txSession } from '../_shared/charging-session.cs.js';
import { authorized, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import type { Profile201 } from './steps.composite.js';
import { chargingProfile, type Sc201 } from './steps.profiles.cs.js';
import { setChargingProfile } from './steps.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** Before: State is Authorized (local), State is EVConnectedPreSession; the transactionId the TxProfiles carry ("Provided transactionId from before"). */
export async function iso15118Session(ctx: Ctx): Promise<string> {
  await authorized(ctx);
  await evConnectedPreSession(ctx);
  // A station may start charging at once (the EV's needs come when it renegotiates): its TransactionEvents are answered.
  await untilCharging(ctx);
  const id = txSession(ctx).transactionId;
  if (id === undefined) throw new CaseInconclusive('no transaction after the states Authorized and EVConnectedPreSession: the TxProfile of the case has no transactionId to carry');
  return id;
}

/**
 * Optional TransactionEvents (RenegotiateChargingLimits steps 7-8: "optional, but can also repeat until chargingState is
 * Charging"): each answered and followed, until one reports Charging or none comes within the message timeout.
 */
export async function untilCharging(ctx: Ctx): Promise<void> {
  const charging = () => txInfo((txSession(ctx).last ?? {}) as Payload).chargingState === 'Charging';
  for (let i = 0; i < 8 && !charging(); i += 1) {
    const call = await ctx.sut.expectCall('TransactionEvent', { optional: true, timeoutMs: ctx.ics.timeouts.messageMs, describe: '(optional, until Charging)' })
      .catch(() => undefined);
    if (!call) return;
    if (!call.answered) call.respond({});
    follow(ctx, call.payload as Payload);
  }
}

/**
 * The EV's charging needs (Manual Action: Renegotiate EV Charging Limits; steps 1-2): NotifyEVChargingNeedsRequest answered
 * Accepted; evseId <Configured evseId>, and acChargingParameters (dcChargingParameters when requestedEnergyTransfer is DC).
 */
export async function evChargingNeeds(ctx: Ctx, s: Sc201, requirement: string): Promise<void> {
  const needs = ctx.sut.expectCall('NotifyEVChargingNeeds', { requirement, describe: 'from the EV' });
  const acting = later(ctx.operator.do('evRenegotiate', { evseId: s.evseId }));
  const call = await needs;
  if (!call.answered) call.respond({ status: 'Accepted' });
  await acting;
  ctx.expect(call.payload.evseId, `${requirement}: NotifyEVChargingNeedsRequest evseId`).to.equal(s.evseId);
  const n = (call.payload.chargingNeeds ?? {}) as unknown as Payload;
  const dc = String(n.requestedEnergyTransfer) === 'DC';
  ctx.expect(n[dc ? 'dcChargingParameters' : 'acChargingParameters'], `${requirement}: NotifyEVChargingNeedsRequest chargingNeeds.${dc ? 'dc' : 'ac'}ChargingParameters (requestedEnergyTransfer ${String(n.requestedEnergyTransfer)})`)
    .to.not.equal(undefined);
}

/** The OCTT's TxProfile for the transaction, <Configured chargingRateUnit>, startPeriod 0 with `limit` (x1000 in W), from now. */
export const evTxProfile = (s: Sc201, transactionId: string, limit: number, duration?: number): Profile201 =>
  chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxProfile', transactionId, periods: [[0, limit]], ...(duration !== undefined ? { duration } : {}) });

/** SetChargingProfileRequest with the TxProfile: status Accepted. */
export async function setEvTxProfile(ctx: Ctx, p: Profile201, requirement: string): Promise<void> {
  ctx.expect(await setChargingProfile(ctx, p, requirement), `${requirement}: SetChargingProfileResponse status`).to.equal('Accepted');
}

/** Optional step "The Charging Station sends a NotifyEVChargingScheduleRequest" (when the EV returns a profile): answered Accepted; evseId <Configured evseId>. */
export async function evChargingSchedule(ctx: Ctx, s: Sc201, requirement: string): Promise<void> {
  const call = await ctx.sut.expectCall('NotifyEVChargingSchedule', { optional: true, timeoutMs: ctx.ics.timeouts.messageMs, describe: '(optional: the EV returned a profile)' })
    .catch(() => undefined);
  if (!call) return;
  if (!call.answered) call.respond({ status: 'Accepted' });
  ctx.expect(call.payload.evseId, `${requirement}: NotifyEVChargingScheduleRequest evseId`).to.equal(s.evseId);
}

/** Optional step "The Charging Station sends a TransactionEventRequest": triggerReason ChargingRateChanged; its absence is only noted. */
export async function rateChanged(ctx: Ctx, requirement: string): Promise<void> {
  const call = await ctx.sut.expectCall('TransactionEvent', { optional: true, timeoutMs: ctx.ics.timeouts.messageMs, describe: 'with triggerReason ChargingRateChanged (optional)',
    filter: (p) => p.triggerReason === 'ChargingRateChanged' }).catch(() => undefined);
  if (call && !call.answered) call.respond({});
  adviseUnless(ctx, call !== undefined, 'no TransactionEventRequest with triggerReason ChargingRateChanged after the new TxProfile (an optional step: "the Charging Station will probably send it")', requirement);
}

/** Reusable State RenegotiateChargingLimits (Table 437): the EV's needs, a TxProfile of 300 s at 10 A / 10000 W, the EV's schedule if it returns one. */
export async function renegotiateChargingLimits(ctx: Ctx, s: Sc201, transactionId: string): Promise<void> {
  await evChargingNeeds(ctx, s, 'K15.FR.01');
  await setEvTxProfile(ctx, evTxProfile(s, transactionId, 10, 300), 'K15.FR.07');
  await evChargingSchedule(ctx, s, 'K15.FR.10');
  await untilCharging(ctx);
}
