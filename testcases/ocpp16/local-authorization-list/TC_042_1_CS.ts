/** OCTT 1.6 §2.17.1, Table 48: Get Local List Version (not supported). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { localListDisabled } from './steps.cs.js';

export const TC_042_1_CS = defineTestCase({
  id: 'TC_042_1_CS',
  title: 'Get Local List Version (not supported)',
  version: '1.6',
  sut: 'CS',
  // Prerequisite: the profile is not supported OR LocalAuthListEnabled=false is allowed; a Charge Point of
  // the profile runs it with its list disabled (the Before state), one without it runs it as it is.
  profiles: ['Core'],
  covers: ['5.10', '9.2'],
  catches: ['local-list-16-disabled-version-zero'],
  async run(ctx) {
    // Before: LocalAuthListEnabled is false (If implemented).
    await localListDisabled(ctx);
    // 1. GetLocalListVersion.req. 2. GetLocalListVersion.conf listVersion -1 OR a CallError NotSupported.
    const outcome = await ctx.sut.callRaw('GetLocalListVersion', {});
    if (outcome.kind === 'error') {
      ctx.expect(outcome.errorCode, '5.10: step 2 CallError ErrorCode').to.equal('NotSupported');
      return;
    }
    if (outcome.kind !== 'result') return ctx.fail(`the charge point did not answer GetLocalListVersion.req (${outcome.kind})`, '5.10');
    ctx.expect(outcome.payload.listVersion, '5.10: step 2 GetLocalListVersion.conf listVersion (-1: no Local Authorization List)').to.equal(-1);
  },
});
