import { defineTestCase } from '../../kit.js';
import { chargingSession, csmsRequest } from '../_shared/charging-session.csms.js';

export const TC_F_06_CSMS = defineTestCase({
  id: 'TC_F_06_CSMS',
  title: 'Remote unlock Connector - Without ongoing transaction - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-11' }],
  covers: ['F05'],
  catches: ['unlock-connector-zero'],
  async run(ctx) {
    const { expect } = ctx;
    const s = chargingSession(ctx);
    // 1-2. The CSMS sends UnlockConnectorRequest (the operator asks it to unlock the configured connector); Unlocked.
    const request = await csmsRequest(ctx, 'UnlockConnector', () => ({ status: 'Unlocked' as const }), { hint: { evseId: s.evseId, connectorId: s.connectorId }, requirement: 'F05.FR.01' });
    expect(request.payload.evseId, 'F05: UnlockConnectorRequest evseId (<Configured evseId>)').to.equal(s.evseId);
    expect(request.payload.connectorId, 'F05: UnlockConnectorRequest connectorId (<Configured connectorId>)').to.equal(s.connectorId);
  },
});
