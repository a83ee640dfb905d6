import { defineTestCase } from '../../kit.js';
import { DETACHABLE_CABLE, configuredConnector } from './steps.cs.js';

export const TC_F_10_CS = defineTestCase({
  id: 'TC_F_10_CS',
  title: 'Remote unlock Connector - Without ongoing transaction - UnknownConnector',
  version: '2.0.1',
  sut: 'CS',
  profiles: [DETACHABLE_CABLE],
  covers: ['F05', 'F05.FR.01', 'F05.FR.03'],
  catches: ['unlock-unknown-connector-unlocked'],
  async run(ctx) {
    // 1-2. UnlockConnectorRequest for <Configured evseId>, connectorId 999: UnknownConnector.
    const res = await ctx.sut.call('UnlockConnector', { evseId: configuredConnector(ctx).evseId, connectorId: 999 }, { requirement: 'F05.FR.01' });
    ctx.expect(res.status, 'F05.FR.03: UnlockConnectorResponse status').to.equal('UnknownConnector');
  },
});
