import { defineTestCase, idTokenFor } from '../../kit.js';
import { checkHeader, configuredVersion, localListSent } from './steps.csms.js';

// D01 Send Local Authorization List - Differential Remove: entries without idTokenInfo (Part 6 Table 501).
export const TC_D_03_CSMS = defineTestCase({
  id: 'TC_D_03_CSMS', title: 'Send Local Authorization List - Differential Remove', version: '2.0.1', sut: 'CSMS',
  profiles: ['Local Authorization List Management'], covers: ['D01', 'D01.FR.01', 'D01.FR.06', 'D01.FR.17', 'D01.FR.18'],
  catches: ['local-list-version-fixed'],
  async run(ctx) {
    const version = configuredVersion(ctx);
    const valid = idTokenFor(ctx, 'valid');
    // Manual action: request the CSMS to send a Differential list whose AuthorizationData have no idTokenInfo
    // (the hint names the idToken to remove). 1-2: SendLocalListRequest, answered Accepted.
    const { payload } = await localListSent(ctx, { updateType: 'Differential', localAuthorizationList: [{ idToken: { idToken: valid.idToken, type: valid.type } }] }, version);
    // Step 1 validations: Differential, versionNumber above the one configured in the OCTT, entries without idTokenInfo.
    checkHeader(ctx, payload, 'Differential', version, 'D01.FR.17');
    const list = payload.localAuthorizationList ?? [];
    ctx.expect(list.length, 'D01.FR.17: SendLocalListRequest localAuthorizationList has AuthorizationData').to.be.above(0);
    list.forEach((e, i) => ctx.expect(e.idTokenInfo, `D01.FR.17: localAuthorizationList[${i}] without idTokenInfo`).to.equal(undefined));
  },
});
