/** OCTT 1.6 §2.17.2, Table 51: Send Local Authorization List - NotSupported. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { validTag } from '../_shared/states.cs.js';
import { acceptedEntry, localListDisabled } from './steps.cs.js';

export const TC_043_1_CS = defineTestCase({
  id: 'TC_043_1_CS',
  title: 'Send Local Authorization List - NotSupported',
  version: '1.6',
  sut: 'CS',
  // Prerequisite: the Charge Point does not support the profile. A Charge Point of the profile that lets its
  // list be switched off (LocalAuthListEnabled false, 9.2) is brought into that state, as TC_042_1_CS does.
  profiles: ['Core'],
  covers: ['5.15', '7.47', '9.2'],
  catches: ['local-list-16-disabled-accepted'],
  async run(ctx) {
    await localListDisabled(ctx);
    // 1. SendLocalList.req updateType Full. 2. SendLocalList.conf NotSupported OR a CallError NotSupported.
    const outcome = await ctx.sut.callRaw('SendLocalList', { listVersion: 1, updateType: 'Full', localAuthorizationList: [acceptedEntry(validTag(ctx))] });
    if (outcome.kind === 'error') {
      ctx.expect(outcome.errorCode, '5.15: step 2 CallError ErrorCode').to.equal('NotSupported');
      return;
    }
    if (outcome.kind !== 'result') return ctx.fail(`the charge point did not answer SendLocalList.req (${outcome.kind})`, '5.15');
    ctx.expect(outcome.payload.status, '7.47: step 2 SendLocalList.conf status').to.equal('NotSupported');
  },
});
