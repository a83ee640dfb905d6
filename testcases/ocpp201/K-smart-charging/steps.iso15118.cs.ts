/**
 * Steps of the K ISO 15118 cases with the charging station under test (Part 6 TC_K_53/57/58_CS): the
 * charging session they start from (errata 2025-09 6.2.76 / 6.2.79 / 6.2.81: EVConnectedPreSession, then
 * Authorized (local) — Authorized15118 with EIM — with the EV holding back its charging needs until the case
 * asks for them), Reusable State RenegotiateChargingLimits (Part 6 Table 437, errata 6.2.119) and its parts:
 * the EV's charging needs, the TxProfile the OCTT sets for the transaction and the EV's schedule that may
 * follow. The EV's manual actions are operator actions (evChargingNeeds, evRenegotiate).
 */
import { adviseUnless, CaseInconclusive, type CaseContext, type Payload } from '../../kit.js';
import { follow, later, txInfo, txSession } from '../_shared/charging-session.cs.js';
import type { Profile201 } from './steps.composite.js';
import { chargingProfile, type Sc201 } from './steps.profiles.cs.js';
import { setChargingProfile } from './steps.cs.js';
import { evHoldingNeeds } from './steps.iso15118-needs.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

export interface Iso15118Session {
  /** "Provided transactionId from before": the transaction the TxProfiles carry. */
  transactionId: string;
  /** The TransactionEventRequest of the authorization (Authorized15118 step 3), when one came. */
  authorizedEvent: Payload | undefined;
}

/**
 * Before: State is EVConnectedPreSession, State is Authorized (local) (errata 2025-09 6.2.76 / 6.2.79 / 6.2.81: the EV
 * is connected before it is authorized; Authorized15118 with EIM); the EV holds its needs until the case asks for them.
 */
export async function iso15118Session(ctx: Ctx, s: Sc201): Promise<Iso15118Session> {
  const authorizedEvent = await evHoldingNeeds(ctx, s);
  const transactionId = txSession(ctx).transactionId;
  if (transactionId === undefined) throw new CaseInconclusive('no transaction after the states EVConnectedPreSession and Authorized: the TxProfile of the case has no transactionId to carry');
  return { transactionId, authorizedEvent };
}

/**
 * RenegotiateChargingLimits steps 7-8 ("optional, but can also repeat until chargingState is Charging"): each
 * TransactionEvent answered and followed, until one reports Charging or none comes within the message timeout. Errata
 * 2025-09 6.2.119: the one reporting Charging has triggerReason ChargingStateChanged and evse.id <Configured evseId>
 * (checked when the event carries an evse: it is required only in the first event of an EVSE).
 */
export async function untilCharging(ctx: Ctx, s: Sc201): Promise<void> {
  const charging = () => txInfo((txSession(ctx).last ?? {}) as Payload).chargingState === 'Charging';
  for (let i = 0; i < 8 && !charging(); i += 1) {
    const call = await ctx.sut.expectCall('TransactionEvent', { optional: true, timeoutMs: ctx.ics.timeouts.messageMs, describe: '(optional, until Charging)' })
      .catch(() => undefined);
    if (!call) return;
    if (!call.answered) call.respond({});
    const p = call.payload as Payload;
    follow(ctx, p);
    if (txInfo(p).chargingState !== 'Charging') continue;
    ctx.expect(p.triggerReason, 'E02.FR.13: RenegotiateChargingLimits step 7 TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
    const evse = p.evse as { id?: number } | undefined;
    if (evse?.id !== undefined) ctx.expect(evse.id, 'RenegotiateChargingLimits step 7 TransactionEventRequest evse.id').to.equal(s.evseId);
  }
}

/**
 * The EV's charging needs (Manual Action: Renegotiate EV Charging Limits; steps 1-2): NotifyEVChargingNeedsRequest answered
 * Accepted; evseId <Configured evseId>, and acChargingParameters (dcChargingParameters when requestedEnergyTransfer is DC).
 */
export async function evChargingNeeds(ctx: Ctx, s: Sc201, requirement: string, action: 'evChargingNeeds' | 'evRenegotiate' = 'evRenegotiate'): Promise<void> {
  const needs = ctx.sut.expectCall('NotifyEVChargingNeeds', { requirement, describe: 'from the EV' });
  const acting = later(ctx.operator.do(action, { evseId: s.evseId }));
  const call = await needs;
  if (!call.answered) call.respond({ status: 'Accepted' });
  await acting;
  ctx.expect(call.payload.evseId, `${requirement}: NotifyEVChargingNeedsRequest evseId`).to.equal(s.evseId);
  const n = (call.payload.chargingNeeds ?? {}) as unknown as Payload;
  const dc = String(n.requestedEnergyTransfer) === 'DC';
  ctx.expect(n[dc ? 'dcChargingParameters' : 'acChargingParameters'], `${requirement}: NotifyEVChargingNeedsRequest chargingNeeds.${dc ? 'dc' : 'ac'}ChargingParameters (requestedEnergyTransfer ${String(n.requestedEnergyTransfer)})`)
    .to.not.equal(undefined);
}

/** The OCTT's TxProfile for the transaction, <Configured chargingRateUnit>, startPeriod 0 with `limit` (already in that unit), from now. */
export const evTxProfile = (s: Sc201, transactionId: string, limit: number, duration?: number): Profile201 =>
  chargingProfile({ ...s, scale: 1 }, { id: s.profileId, evseId: s.evseId, purpose: 'TxProfile', transactionId, periods: [[0, limit]], ...(duration !== undefined ? { duration } : {}) });

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

/**
 * Reusable State RenegotiateChargingLimits (Table 437, errata 2025-09 6.2.119), after the Before of the case: Manual
 * Action "Renegotiate EV Charging Limits" (the EV held its needs: evChargingNeeds), the EV's needs, a TxProfile of 300 s
 * at 10 A / 10000 W (the state's own limits: not by <limit multiplier>), the EV's schedule if it returns one, and the
 * TransactionEvents until Charging.
 */
export async function renegotiateChargingLimits(ctx: Ctx, s: Sc201, transactionId: string): Promise<void> {
  await evChargingNeeds(ctx, s, 'K15.FR.01', 'evChargingNeeds');
  await setEvTxProfile(ctx, evTxProfile(s, transactionId, s.unit === 'W' ? 10_000 : 10, 300), 'K15.FR.07');
  await evChargingSchedule(ctx, s, 'K15.FR.10');
  await untilCharging(ctx, s);
}
