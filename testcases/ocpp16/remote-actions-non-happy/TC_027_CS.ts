/** OCTT 1.6 §2.11.2, Table 32: Remote start transaction - connector id shall not be 0. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { validTag } from '../_shared/states.cs.js';

export const TC_027_CS = defineTestCase({
  id: 'TC_027_CS',
  title: 'Remote start transaction - connector id shall not be 0',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.11', '3.8'],
  catches: ['remote-start-always-accepted'],
  async run(ctx) {
    // 1. RemoteStartTransaction.req with connectorId 0. 2. RemoteStartTransaction.conf Rejected OR a CallError.
    const outcome = await ctx.sut.callRaw('RemoteStartTransaction', { connectorId: 0, idTag: validTag(ctx) });
    if (outcome.kind === 'error') {
      ctx.log(`the charge point answered with CallError ${outcome.errorCode} (allowed by step 2)`);
      return;
    }
    if (outcome.kind !== 'result') return ctx.fail(`the charge point did not answer RemoteStartTransaction.req (${outcome.kind})`, '5.11');
    ctx.expect(outcome.payload.status, '5.11: RemoteStartTransaction.conf status for connectorId 0').to.equal('Rejected');
  },
});
