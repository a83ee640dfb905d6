/** J Meter values: the reference CSMS answers MeterValues (J01.FR.18; 1.6 MeterValues.conf). */
import { ok, type CsmsContext, type HandlerTable } from '../../types.js';
import type { CsmsBlockFactory } from '../../block-host.js';
import { refusedMeterValuesRequest, type MeterValuesFaultName } from './refusals.js';

type Ctx = CsmsContext<MeterValuesFaultName>;

const handlers: HandlerTable<MeterValuesFaultName> = {
  MeterValues: (p, ctx: Ctx) => refusedMeterValuesRequest(p, (name) => ctx.csms.hasFault(name)) ?? ok({}),
};

export const create: CsmsBlockFactory<MeterValuesFaultName> = () => ({ handlers: () => handlers });
