/**
 * Steps of the K ISO 15118 cases in which the EV gives its first charging needs when the case says so (Part 6
 * TC_K_54_CS, TC_K_56_CS, with errata 2025-02 6.2.77 / 6.2.78: EVConnectedPreSession before Authorized15118). The
 * EV holds its needs back from the authorization on (operator action evHoldChargingNeeds) until the case asks for
 * them (evChargingNeeds): opt-in, so no other case meets a NotifyEVChargingNeedsRequest it did not ask for.
 */
import { type CaseContext, type Payload, type Received } from '../../kit.js';
import { later, transactionEvent, txInfo, txSession } from '../_shared/charging-session.cs.js';
import { authorized, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import type { Sc201 } from './steps.profiles.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/**
 * Before: State is EVConnectedPreSession, then Authorized (local) — Authorized15118 with EIM, as TC_E_46_CS. Between
 * them the ISO 15118 EV is set to hold back its charging needs, so it draws no energy until the case asks for them.
 */
export async function evHoldingNeeds(ctx: Ctx, s: Sc201): Promise<Payload | undefined> {
  await evConnectedPreSession(ctx);
  await ctx.operator.do('evHoldChargingNeeds', { evseId: s.evseId });
  // The TransactionEventRequest of the authorization (Authorized15118 step 3), when one was due.
  return authorized(ctx, { mode: 'local' });
}

/**
 * The EV gives its charging needs now (ChargeParameterDiscoveryReq). Not awaited here: a station may finish the action
 * only once the CSMS answered its NotifyEVChargingNeedsRequest, which the case does meanwhile.
 */
export function evGivesNeeds(ctx: Ctx, s: Sc201): Promise<unknown> {
  return later(ctx.operator.do('evChargingNeeds', { evseId: s.evseId }));
}

/**
 * Step "The Charging Station sends a TransactionEventRequest" after the schedule exchange: the first one that reports
 * a charging state change (meter values and other events before it are answered and followed, not this step).
 */
export async function chargingStarted(ctx: Ctx, requirement: string, timeoutMs?: number): Promise<Payload> {
  for (let i = 0; ; i += 1) {
    const p = await transactionEvent(ctx, { describe: '(the EV charges after its schedule exchange)', requirement, ...(timeoutMs ? { timeoutMs } : {}) });
    if (p.triggerReason === 'ChargingStateChanged' || txInfo(p).chargingState !== undefined || i >= 8) return p;
  }
}

/** Tool validations of that step: triggerReason ChargingStateChanged, transactionInfo.chargingState Charging. */
export function expectCharging(ctx: Ctx, p: Payload, requirement: string): void {
  ctx.expect(p.triggerReason, `${requirement}: TransactionEventRequest triggerReason`).to.equal('ChargingStateChanged');
  ctx.expect(txInfo(p).chargingState, `${requirement}: TransactionEventRequest transactionInfo.chargingState`).to.equal('Charging');
}

/**
 * Arms the optional step "The Charging Station sends a NotifyEVChargingScheduleRequest" (only when the EV returns a
 * charging profile; TC_K_56_CS: before or after the TransactionEventRequest): answered Accepted; undefined when none came.
 */
export function evScheduleIfAny(ctx: Ctx, timeoutMs: number): Promise<Received<'2.0.1', 'NotifyEVChargingSchedule'> | undefined> {
  return later(ctx.sut.expectCall('NotifyEVChargingSchedule', { optional: true, timeoutMs, describe: '(optional: the EV returned a charging profile)' })
    .then((call) => {
      if (!call.answered) call.respond({ status: 'Accepted' });
      return call;
    }, () => undefined));
}

/** The OCTT closes the WebSocket connection AND does not accept a reconnect. */
export async function goOffline(ctx: Ctx): Promise<void> {
  txSession(ctx).offline = true;
  await ctx.operator.do('goOffline');
  await ctx.sut.expectDisconnect(ctx.ics.timeouts.messageMs * 3);
}

/** The OCTT accepts the reconnection attempt of the Charging Station. */
export async function goOnline(ctx: Ctx): Promise<void> {
  await ctx.operator.do('goOnline');
  await ctx.sut.expectConnection(ctx.ics.timeouts.messageMs * 3);
  txSession(ctx).offline = false;
}
