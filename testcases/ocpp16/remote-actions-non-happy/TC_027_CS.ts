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
    // 1-2. RemoteStartTransaction.req with connectorId 0 (the charge point itself, 3.8): Rejected.
    const res = await ctx.sut.call('RemoteStartTransaction', { connectorId: 0, idTag: validTag(ctx) }, { requirement: '5.11' });
    ctx.expect(res.status, '5.11: RemoteStartTransaction.conf status for connectorId 0').to.equal('Rejected');
  },
});
