/**
 * I Tariff and Cost of the reference CSMS (2.0.1 I02, I03): every transaction is charged by an energy
 * tariff (a price per kWh, configureCsms energyTariff). While charging it tells the station the running
 * cost (I02.FR.01: in the TransactionEventResponse by default; personality cost-updated-requests sends a
 * CostUpdatedRequest instead), and it answers the Ended event with the total cost (I03.FR.02).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { CsmsBlockFactory, RequestBuilders } from '../../block-host.js';
import { liveTransactionId } from '../../request-helpers.js';
import type { CsmsContext } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** The tariff of a station nobody configured one for. */
const DEFAULT_PRICE_PER_KWH = 0.3;

interface SampledValue { value?: unknown; measurand?: unknown; unitOfMeasure?: { unit?: unknown; multiplier?: unknown } }

/** The energy register (Wh) in a TransactionEvent's meter values, if it carries one (the default measurand counts). */
export function energyRegisterWh(request: Payload): number | undefined {
  let found: number | undefined;
  for (const mv of (request.meterValue as Array<{ sampledValue?: SampledValue[] }> | undefined) ?? []) {
    for (const sv of mv.sampledValue ?? []) {
      if (sv.measurand !== undefined && sv.measurand !== 'Energy.Active.Import.Register') continue;
      const value = Number(sv.value);
      if (!Number.isFinite(value)) continue;
      const scale = 10 ** Number(sv.unitOfMeasure?.multiplier ?? 0) * (sv.unitOfMeasure?.unit === 'kWh' ? 1000 : 1);
      found = value * scale;
    }
  }
  return found;
}

/** Cost in the currency's units, to the cent. */
const cents = (n: number): number => Math.round(n * 100) / 100;

interface Metered { firstWh?: number; lastWh?: number }

const requests: RequestBuilders<Faults> = {
  '2.0.1': { CostUpdated: (ctx, hint) => ({ totalCost: 1.23, transactionId: liveTransactionId(ctx, hint, 'CostUpdated') }) },
};

export const create: CsmsBlockFactory<Faults> = (host) => {
  if (!host.versions.includes('2.0.1')) return undefined;
  const metered = new Map<string, Metered>();
  const viaCostUpdated = host.behaviour?.runningCost === 'costUpdated';

  const costOf = (ctx: CsmsContext<Faults>, transactionId: string): number => {
    const m = metered.get(transactionId);
    const price = ctx.csms.stationConfig(ctx.session.stationId)?.energyTariffPerKWh ?? DEFAULT_PRICE_PER_KWH;
    return m?.firstWh === undefined || m.lastWh === undefined ? 0 : cents(((m.lastWh - m.firstWh) / 1000) * price);
  };

  return {
    requests: () => requests,
    shapeReply(ctx, action, request, reply) {
      if (action !== 'TransactionEvent' || ctx.version !== '2.0.1' || !('payload' in reply)) return reply;
      const transactionId = String((request.transactionInfo as Payload | undefined)?.transactionId ?? '');
      const m = metered.get(transactionId) ?? {};
      const wh = energyRegisterWh(request);
      if (wh !== undefined) {
        m.firstWh ??= wh;
        m.lastWh = wh;
      }
      metered.set(transactionId, m);
      if (request.eventType === 'Ended') {
        const totalCost = costOf(ctx, transactionId);
        metered.delete(transactionId);
        // Fault ended-without-total-cost: the total cost is known, and not sent (I03.FR.02).
        if (ctx.csms.hasFault('ended-without-total-cost')) return reply;
        return { payload: { ...reply.payload, totalCost } };
      }
      // The running cost, while energy flows (a periodic or charging-state update; I02.FR.01).
      const charging = request.eventType === 'Updated' && (request.triggerReason === 'MeterValuePeriodic' || (request.transactionInfo as Payload | undefined)?.chargingState === 'Charging');
      if (!charging || ctx.csms.hasFault('running-cost-never-sent')) return reply;
      const wrongId = ctx.csms.hasFault('cost-updated-other-transaction');
      if (!viaCostUpdated && !wrongId) return { payload: { ...reply.payload, totalCost: costOf(ctx, transactionId) } };
      // Fault cost-updated-other-transaction: the running cost names a transaction that is not the one charging.
      const named = wrongId ? `${transactionId}-other` : transactionId;
      const totalCost = costOf(ctx, transactionId);
      // Not awaited: the station answers when it will, and the CSMS goes on answering its other CALLs meanwhile.
      ctx.after(() => {
        ctx.csms.send(ctx.session.stationId, 'CostUpdated', { totalCost, transactionId: named })
          .catch((err: unknown) => ctx.csms.log(`${ctx.session.stationId} CostUpdated: ${(err as Error).message}`, 'warn'));
      });
      return reply;
    },
  };
};
