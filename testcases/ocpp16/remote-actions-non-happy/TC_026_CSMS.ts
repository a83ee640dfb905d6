/** OCTT 1.6 §3.9.1, Table 140: Remote Start Charging Session – Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, csmsSends, refusalTaken, validIdTag } from '../_shared/states.csms.js';

export const TC_026_CSMS = defineTestCase({
  id: 'TC_026_CSMS',
  title: 'Remote Start Charging Session – Rejected',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.11'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried', 'request-start-wrong-token'],
  async run(ctx) {
    // [The CPO remotely requests a start transaction.] 1-2. RemoteStartTransaction.req; the Charge Point rejects it.
    const hint = { idTag: validIdTag(ctx), connectorId: connectorId(ctx) };
    const req = await csmsSends(ctx, 'RemoteStartTransaction', () => ({ status: 'Rejected' as const }), { hint, requirement: '5.11' });
    ctx.expect(req.payload.idTag, '5.11: RemoteStartTransaction.req idTag (the one the operator asked for)').to.equal(hint.idTag);
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'RemoteStartTransaction', '5.11');
  },
});
