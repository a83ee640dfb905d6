/** OCTT 1.6 §2.17.3, Table 54: Regular Start Charging Session – Id in Local Authorization List. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { remoteStart } from '../_shared/remote-actions-steps.cs.js';
import { expectStatus, plugIn, setConfiguration, setConfigurationIfImplemented, validTag } from '../_shared/states.cs.js';
import { expectStartTransaction } from '../_shared/transactions.cs.js';
import { acceptedEntry, localListEnabled, removeLocalList, sendLocalList } from './steps.cs.js';

export const TC_008_CS = defineTestCase({
  id: 'TC_008_CS',
  title: 'Regular Start Charging Session – Id in Local Authorization List',
  version: '1.6',
  sut: 'CS',
  profiles: ['Local Auth List Management'],
  covers: ['5.15', '3.5.2', '5.11', '4.8', '4.9'],
  catches: ['local-list-16-full-failed', 'remote-start-rejected'],
  async run(ctx) {
    const { sut } = ctx;
    const idTag = validTag(ctx);
    // Before: LocalPreAuthorize true; AuthorizationCacheEnabled false (If implemented); LocalAuthListEnabled true;
    // AuthorizeRemoteTxRequests true (prerequisite: not ReadOnly false, so one that cannot be set is NOT_APPLICABLE).
    await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
    await setConfigurationIfImplemented(ctx, 'AuthorizationCacheEnabled', 'false');
    await localListEnabled(ctx);
    await setConfiguration(ctx, 'AuthorizeRemoteTxRequests', 'true', { optional: true });
    try {
      // 1-2. GetLocalListVersion.req (not validated): the list version the Full update of step 3 goes above.
      const got = await sut.callRaw('GetLocalListVersion', {});
      const version = got.kind === 'result' && Number(got.payload.listVersion) > 0 ? Number(got.payload.listVersion) + 1 : 1;
      // 3-4. SendLocalList.req Full, localAuthorizationList[0] the valid idTag Accepted: Accepted.
      await sendLocalList(ctx, { listVersion: version, updateType: 'Full', localAuthorizationList: [acceptedEntry(idTag)] }, 'Accepted', 'step 4');
      // [EV driver plugs in the cable.] 5. StatusNotification.req Preparing.
      await plugIn(ctx, 'Preparing');
      // 7-8. RemoteStartTransaction.req: Accepted. 9-10. StartTransaction.req, answered Accepted. 11. StatusNotification.req Charging.
      const start = expectStartTransaction(ctx, idTag);
      const charging = expectStatus(ctx, 'Charging');
      await remoteStart(ctx, idTag);
      await start;
      await charging;
    } finally {
      await removeLocalList(ctx);
    }
  },
});
