import { defineTestCase } from '../../kit.js';
import { DETACHABLE_CABLE, configuredConnector } from './steps.cs.js';

export const TC_F_07_CS = defineTestCase({
  id: 'TC_F_07_CS',
  title: 'Remote unlock Connector - Without ongoing transaction - No cable connected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [DETACHABLE_CABLE],
  covers: ['F05', 'F05.FR.01', 'F05.FR.06'],
  catches: ['unlock-needs-cable', 'unlock-always-failed'],
  async run(ctx) {
    // Before: Charging State: no cable connected at <Configured Connector> (the station is idle between cases).
    // 1-2. UnlockConnectorRequest for <Configured evseId> / <Configured connectorId>: Unlocked (F05.FR.06: it tries anyway).
    const res = await ctx.sut.call('UnlockConnector', configuredConnector(ctx), { requirement: 'F05.FR.01' });
    ctx.expect(res.status, 'F05.FR.06: UnlockConnectorResponse status').to.equal('Unlocked');
  },
});
