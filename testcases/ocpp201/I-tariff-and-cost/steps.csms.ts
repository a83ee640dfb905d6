/**
 * Helpers of block I (Tariff and Cost), CSMS under test: the harness plays the charging station. The
 * Memory State of TC_I_01/02_CSMS (a tariff based on energy consumed) is established through the operator.
 */
import type { CaseContext } from '../../kit.js';
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
