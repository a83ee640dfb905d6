import { adviseUnless, defineTestCase } from '../../kit.js';
import { checkHeader, localListSent } from './steps.csms.js';

// D01 Send Local Authorization List - Full (Part 6 Table 499; errata 2025-09 6.3.10: every entry has idTokenInfo).
export const TC_D_01_CSMS = defineTestCase({
  id: 'TC_D_01_CSMS', title: 'Send Local Authorization List - Full', version: '2.0.1', sut: 'CSMS',
  profiles: ['Local Authorization List Management'], covers: ['D01', 'D01.FR.01', 'D01.FR.06', 'D01.FR.18'],
  catches: ['local-list-without-info', 'local-list-16-field'],
  async run(ctx) {
    const { expect } = ctx;
    // Manual action: request the CSMS to send a Full Local Authorization List. 1-2 (optional): GetLocalListVersion, answered 1.
    const { payload } = await localListSent(ctx, { updateType: 'Full' }, 1);
    // Step 1 (3) validations: Full, versionNumber above 0, a list whose every entry has idTokenInfo.
    checkHeader(ctx, payload, 'Full', 0, 'D01.FR.18');
    const list = payload.localAuthorizationList ?? [];
    expect(list.length, 'D01: SendLocalListRequest localAuthorizationList not empty').to.be.above(0);
    list.forEach((e, i) => expect(e.idTokenInfo, `D01: SendLocalListRequest localAuthorizationList[${i}].idTokenInfo (errata 6.3.10)`).to.not.equal(undefined));
    // D01.FR.06 (beyond the tool validations): the idTokens are unique.
    const ids = list.map((e) => `${e.idToken.type}:${e.idToken.idToken}`);
    adviseUnless(ctx, new Set(ids).size === ids.length, 'the Local Authorization List repeats an idToken', 'D01.FR.06');
  },
});
