/** OCTT 1.6 §2.12.2, Table 35: Unlock Connector – Unknown Connector. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorIds } from '../_shared/states.cs.js';

export const TC_031_CS = defineTestCase({
  id: 'TC_031_CS',
  title: 'Unlock Connector – Unknown Connector',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.18', '7.46'],
  catches: ['unlock-unknown-connector'],
  async run(ctx) {
    // 1-2. UnlockConnector.req for a connectorId the charge point does not have: NotSupported (errata 3.87 on 7.46).
    const unknown = Math.max(...connectorIds(ctx)) + 1;
    const res = await ctx.sut.call('UnlockConnector', { connectorId: unknown }, { requirement: '5.18' });
    ctx.expect(res.status, '7.46: UnlockConnector.conf status for an unknown connectorId').to.equal('NotSupported');
  },
});
