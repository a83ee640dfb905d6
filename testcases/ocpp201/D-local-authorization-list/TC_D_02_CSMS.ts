import { defineTestCase } from '../../kit.js';
import { checkHeader, configuredVersion, localListSent } from './steps.csms.js';

// D01 Send Local Authorization List - Differential Update (Part 6 Table 500).
export const TC_D_02_CSMS = defineTestCase({
  id: 'TC_D_02_CSMS', title: 'Send Local Authorization List - Differential Update', version: '2.0.1', sut: 'CSMS',
  profiles: ['Local Authorization List Management'], covers: ['D01', 'D01.FR.01', 'D01.FR.06', 'D01.FR.18'],
  catches: ['local-list-version-fixed'],
  async run(ctx) {
    // Manual action: request the CSMS to send a Differential list with some idTokens. 1-2: GetLocalListVersion,
    // answered with the version the harness has installed (Part 6 writes 1; the check below compares with the same value).
    const version = configuredVersion(ctx);
    const { payload } = await localListSent(ctx, { updateType: 'Differential' }, version);
    // Step 1 (3) validations: Differential, versionNumber above the one configured in the OCTT, a list not empty.
    checkHeader(ctx, payload, 'Differential', version, 'D01.FR.01');
    ctx.expect(payload.localAuthorizationList?.length ?? 0, 'D01: SendLocalListRequest localAuthorizationList not empty').to.be.above(0);
  },
});
