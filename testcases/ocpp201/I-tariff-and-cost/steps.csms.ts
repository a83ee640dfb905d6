/**
 * Helpers of block I (Tariff and Cost), CSMS under test: the harness plays the charging station. The
 * Memory State of TC_I_01/02_CSMS (a tariff based on energy consumed) is established through the operator.
 */
import { WaitTimedOut, type CaseContext } from '../../kit.js';
import type { MeterValue } from '../_shared/charging-session.csms.js';
import { configured } from '../_shared/configured.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;

/** Memory State "CSMS is configured with a tariff which is based on energy consumed" (configureCsms energyTariff; not graded). */
export async function energyTariffConfigured(ctx: Ctx): Promise<void> {
  await ctx.operator.do('configureCsms', { setting: 'energyTariff', value: configured(ctx, 'energyTariffPerKWh'), stationId: ctx.ics.station.id });
}

/** A meter value of the energy register alone, as TC_I_02_CSMS gives it (value in Wh). */
export function registerReading(wh: number, context: 'Transaction.Begin' | 'Transaction.End'): MeterValue {
  return { timestamp: new Date().toISOString(), sampledValue: [{ value: wh, context, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] };
}

/**
 * Step 9 of TC_I_01_CSMS: the CostUpdatedRequest the CSMS may send after a TransactionEventResponse without
 * totalCost, answered. True when one came; false only when the wait ran out (the running cost may come in
 * neither form); any other error (a harness or connection failure) is not taken for "none came".
 */
export async function costUpdateAnswered(ctx: Pick<Ctx, 'sut' | 'log'>): Promise<boolean> {
  try {
    const update = await ctx.sut.expectCall('CostUpdated', { optional: true, describe: '(step 9: the running cost)' });
    if (!update.answered) update.respond({});
    return true;
  } catch (err) {
    if (!(err instanceof WaitTimedOut)) throw err;
    ctx.log('no CostUpdatedRequest after a TransactionEventResponse without totalCost');
    return false;
  }
}
