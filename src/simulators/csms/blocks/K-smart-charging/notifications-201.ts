/**
 * K Smart Charging of the reference CSMS, 2.0.1 station messages: external limits (NotifyChargingLimit
 * K12, ClearedChargingLimit K13), reports (ReportChargingProfiles K09) and the ISO 15118 flows: the EV's
 * charging needs (K15/K17: answered Accepted, or Processing as a personality, then a TxProfile for the
 * transaction, K15.FR.07 / K16.FR.12) and the EV's schedule (Accepted when within the limits of the
 * TxProfile sent, K15.FR.11; else Rejected and a new TxProfile, K15.FR.12 / K15.FR.13).
 */
import type { Payload } from '../../../../rpc/codec.js';
import { callError, ok, type CsmsContext, type HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import { pause } from '../../personality.js';
import { isObject, transactionOn, type ProfileContext, type ProfileRequests201 } from './requests-201.js';

type Faults = (typeof FAULTS)[number]['name'];
type Ctx = CsmsContext<Faults>;

/** The CSMS's choices in the ISO 15118 flows (personalities). */
export interface EvChargingChoices {
  /** A renegotiation's NotifyEVChargingNeeds answered Processing (K15.FR.05 / K17.FR.05), the TxProfile following after `processingMs`. */
  needsProcessing: boolean;
  processingMs: number;
}

/** The CSMS's limit for an EV: 16 A or 11 kW, within maxScheduleTuples (one period). */
const LIMIT = { A: 16, W: 11_000 } as const;

export class EvCharging201 {
  private profileIds = 9_000;
  /** `station/transaction` whose charging needs came before. */
  private readonly needsSeen = new Set<string>();

  constructor(private readonly requests: ProfileRequests201, private readonly choices: EvChargingChoices) {}

  handlers(): HandlerTable<Faults> {
    const limits = (action: string) => (p: Payload, ctx: Ctx) => {
      if (ctx.csms.hasFault('charging-limit-unanswered')) return callError('InternalError', `${action} is not handled`);
      ctx.csms.log(`${ctx.session.stationId}: ${action} ${String(isObject(p.chargingLimit) ? p.chargingLimit.chargingLimitSource : p.chargingLimitSource)}`);
      return ok();
    };
    return {
      NotifyChargingLimit: limits('NotifyChargingLimit'),
      ClearedChargingLimit: limits('ClearedChargingLimit'),
      ReportChargingProfiles: (p, ctx) => {
        if (ctx.csms.hasFault('report-profiles-unanswered')) return callError('InternalError', 'ReportChargingProfiles is not handled');
        const count = Array.isArray(p.chargingProfile) ? p.chargingProfile.length : 0;
        ctx.csms.log(`${ctx.session.stationId}: request ${String(p.requestId)} reports ${count} profile(s) of EVSE ${String(p.evseId)}${p.tbc === true ? ', more to come' : ''}`);
        return ok();
      },
      NotifyEVChargingNeeds: (p, ctx) => {
        if (ctx.csms.hasFault('ev-charging-needs-rejected')) return ok({ status: 'Rejected' });
        // The personality takes its time on a renegotiation (K17.FR.05, K16.FR.12); the first needs of a transaction are Accepted.
        const processing = this.choices.needsProcessing && this.renegotiation(ctx, p.evseId);
        if (!ctx.csms.hasFault('no-profile-after-charging-needs')) {
          ctx.after(async () => {
            if (processing) await pause(this.choices.processingMs);
            await this.sendTxProfile(ctx, p);
          });
        }
        return ok({ status: processing ? 'Processing' : 'Accepted' });
      },
      NotifyEVChargingSchedule: (p, ctx) => {
        const within = this.withinLimits(ctx, p);
        const has = (n: Faults) => ctx.csms.hasFault(n);
        const status = has('ev-schedule-rejected') ? 'Rejected' : has('ev-schedule-always-accepted') || within ? 'Accepted' : 'Rejected';
        // K15.FR.13: a schedule beyond the limits starts a renegotiation (K16); the fault renegotiates without cause.
        if ((status === 'Rejected' && !within) || (status === 'Accepted' && has('renegotiates-without-cause'))) ctx.after(() => this.sendTxProfile(ctx, p));
        return ok({ status });
      },
    };
  }

  /** Whether the EVSE's transaction had its charging needs before (remembered from now on). */
  private renegotiation(ctx: Ctx, evseId: unknown): boolean {
    const rctx: ProfileContext = { version: ctx.version, stationId: ctx.session.stationId, csms: ctx.csms, nextRequestId: () => ++this.profileIds };
    const key = `${ctx.session.stationId}/${transactionOn(rctx, evseId) ?? 'none'}`;
    const seen = this.needsSeen.has(key);
    this.needsSeen.add(key);
    return seen;
  }

  /** Every period of the EV's schedule within the TxProfile's limit (same unit; another unit is not compared). */
  private withinLimits(ctx: Ctx, p: Payload): boolean {
    const ours = this.requests.txLimit(ctx.session.stationId, p.evseId);
    const schedule = isObject(p.chargingSchedule) ? p.chargingSchedule : {};
    if (!ours || String(schedule.chargingRateUnit) !== ours.unit) return true;
    const periods = Array.isArray(schedule.chargingSchedulePeriod) ? schedule.chargingSchedulePeriod.filter(isObject) : [];
    return periods.every((period) => typeof period.limit !== 'number' || period.limit <= ours.limit);
  }

  /** K15.FR.07: a TxProfile for the EVSE's transaction, one period (within any maxScheduleTuples), in the unit the EV asked for. */
  private async sendTxProfile(ctx: Ctx, p: Payload): Promise<void> {
    const needs = isObject(p.chargingNeeds) ? p.chargingNeeds : {};
    const unit = needs.requestedEnergyTransfer === 'DC' ? 'W' : 'A';
    const rctx: ProfileContext = { version: ctx.version, stationId: ctx.session.stationId, csms: ctx.csms, nextRequestId: () => ++this.profileIds };
    const hint: Payload = {
      evseId: p.evseId,
      chargingProfile: {
        id: rctx.nextRequestId(), stackLevel: 0, chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Absolute',
        chargingSchedule: [{ id: 1, chargingRateUnit: unit, chargingSchedulePeriod: [{ startPeriod: 0, limit: LIMIT[unit] }] }],
      },
    };
    const payload = this.requests.shape(rctx, 'SetChargingProfile', hint);
    await ctx.csms.send(ctx.session.stationId, 'SetChargingProfile', payload).catch((e: unknown) => {
      ctx.csms.log(`${ctx.session.stationId}: SetChargingProfile after the EV's needs not sent: ${e instanceof Error ? e.message : String(e)}`, 'warn');
    });
  }
}
