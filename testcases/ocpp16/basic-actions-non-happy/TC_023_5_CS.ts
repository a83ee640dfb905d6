import { defineTestCase } from '../../kit.js';
import { connectorOf, expectAuthorize, idTagInfo, invalidTag, messageMs, plugIn, setConfiguration } from '../_shared/states.cs.js';

export const TC_023_5_CS = defineTestCase({
  id: 'TC_023_5_CS',
  title: 'Start remote Charging Session - Authorize invalid',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.11', '9.1.3', '4.1'],
  catches: ['authorize-status-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idTag = invalidTag(ctx);
    // A remote start is authorized first when AuthorizeRemoteTxRequests is true (9.1.3).
    await setConfiguration(ctx, 'AuthorizeRemoteTxRequests', 'true', { optional: true });
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1. The cable is plugged in.
    await plugIn(ctx);
    // 2. RemoteStartTransaction.req with the invalid idTag: Accepted; Authorize.req, answered Invalid.
    const authorize = expectAuthorize(ctx, idTag, idTagInfo('Invalid'), '9.1.3');
    const res = await sut.call('RemoteStartTransaction', { connectorId: connectorOf(ctx), idTag }, { requirement: '5.11' });
    expect(res.status, '5.11: RemoteStartTransaction.conf status').to.equal('Accepted');
    await authorize;
    // 3. No transaction starts.
    await sut.expectNoCall('StartTransaction', messageMs(ctx), { requirement: '9.1.3', describe: 'the idTag was not accepted' });
  },
});
