import { defineTestCase } from '../../kit.js';
import { DETACHABLE_CABLE, configuredConnector } from './steps.cs.js';

export const TC_F_06_CS = defineTestCase({
  id: 'TC_F_06_CS',
  title: 'Remote unlock Connector - Without ongoing transaction - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [DETACHABLE_CABLE],
  covers: ['F05', 'F05.FR.01', 'F05.FR.04'],
  catches: ['unlock-always-failed'],
  async run(ctx) {
    // 1-2. UnlockConnectorRequest for <Configured evseId> / <Configured connectorId>: Unlocked.
    const res = await ctx.sut.call('UnlockConnector', configuredConnector(ctx), { requirement: 'F05.FR.01' });
    ctx.expect(res.status, 'F05.FR.04: UnlockConnectorResponse status').to.equal('Unlocked');
  },
});
