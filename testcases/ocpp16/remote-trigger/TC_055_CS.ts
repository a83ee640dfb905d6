/** OCTT 1.6 §2.21.2, Table 76: Trigger Message - Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorIds } from '../_shared/states.cs.js';

export const TC_055_CS = defineTestCase({
  id: 'TC_055_CS',
  title: 'Trigger Message - Rejected',
  version: '1.6',
  sut: 'CS',
  profiles: ['Remote Trigger'],
  covers: ['5.17'],
  catches: ['trigger-16-unknown-connector-accepted'],
  async run(ctx) {
    // 1. TriggerMessage.req MeterValues for connectorId <configured NumberOfConnectors + 1>.
    const connectorId = connectorIds(ctx).length + 1;
    const outcome = await ctx.sut.callRaw('TriggerMessage', { requestedMessage: 'MeterValues', connectorId });
    // 2. TriggerMessage.conf Rejected OR a CallError (the scenario allows it; the table names no ErrorCode).
    if (outcome.kind === 'error') return ctx.log(`the charge point answered with CallError ${outcome.errorCode} (allowed by step 2)`);
    if (outcome.kind !== 'result') return ctx.fail(`the charge point did not answer TriggerMessage.req (${outcome.kind})`, '5.17');
    ctx.expect(outcome.payload.status, `5.17: step 2 TriggerMessage.conf status (connectorId ${connectorId})`).to.equal('Rejected');
  },
});
