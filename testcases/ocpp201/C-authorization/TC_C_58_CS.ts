import { defineTestCase } from '../../kit.js';
import { LOCAL_LIST, localListCase, localListEnabled, localPreAuthorize, tokenOf } from './steps.local-list.js';

// C14 (Part 6 Table 87; errata 2025-09 prerequisites): LocalAuthListCtrlr.DisablePostAuthorize true, a listed Invalid idToken
// is refused without an AuthorizationRequest.
export const TC_C_58_CS = defineTestCase({
  id: 'TC_C_58_CS',
  title: 'Online authorization through local authorization list - LocalAuthListDisablePostAuthorization',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: LOCAL_LIST, condition: 'LA-3 and (C-30 or C-31 or C-32)' }], // Part 5
  covers: ['C14', 'C14.FR.03'],
  catches: ['local-list-post-authorize-not-disabled'],
  async run(ctx) {
    const { sut, operator, ics } = ctx;
    const token = tokenOf(ctx, 'invalid');
    // Configuration State: LocalAuthListCtrlr.Enabled, AuthCtrlr.LocalPreAuthorize true (If implemented);
    // LocalAuthListCtrlr.DisablePostAuthorize true (not optional: a refusal is INCONCLUSIVE naming it).
    const configuration = [localListEnabled, localPreAuthorize, { component: 'LocalAuthListCtrlr', variable: 'DisablePostAuthorize', value: 'true' }];
    // Memory State: IdTokenLocalAuthList for <Configured invalid idtoken fields> (listed as Invalid).
    await localListCase(ctx, configuration, [{ token, status: 'Invalid' }], async (s) => {
      // Manual Action: present the invalid idToken configured in the Local Authorization List.
      const since = Date.now();
      await operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      // 1. Tool validation: no AuthorizationRequest, and the authorization is refused (no TransactionEventRequest authorizing
      // it); the OCTT watches <Configured message timeout> after the manual action.
      const authorizing = (p: { triggerReason?: unknown; idToken?: unknown }) => p.triggerReason === 'Authorized' || (p.idToken as { idToken?: unknown } | undefined)?.idToken === token.idToken;
      await Promise.all([
        sut.expectNoCall('Authorize', ics.timeouts.messageMs, { requirement: 'C14.FR.03 (LocalAuthListCtrlr.DisablePostAuthorize true)', describe: `for ${token.idToken}, listed as Invalid`, since }),
        sut.expectNoCall('TransactionEvent', ics.timeouts.messageMs, { requirement: 'C14.FR.03 (the listed status refuses the idToken)', describe: `authorizing ${token.idToken}`, since, filter: authorizing }),
      ]);
    });
  },
});
