/** OCTT 1.6 §2.22.5, Table 85: Remote Start Transaction with Charging Profile. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, type Payload } from '../../kit.js';
import { connectorOf, expectStatus, getConfiguration, plugIn, validTag } from '../_shared/states.cs.js';
import { expectAuthorize, expectStartTransaction } from '../_shared/transactions.cs.js';
import { chargingProfile, payloadOf, scSettings } from './steps.profiles.js';
import { checkComposite, noProfiles, PROFILE_IDS } from './steps.cs.js';

export const TC_059_CS = defineTestCase({
  id: 'TC_059_CS',
  title: 'Remote Start Transaction with Charging Profile',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['5.11', '3.13.2', '5.7'],
  catches: ['remote-start-profile-dropped'],
  async run(ctx) {
    const s = scSettings(ctx);
    const connectorId = connectorOf(ctx);
    const idTag = validTag(ctx);
    await noProfiles(ctx);
    // 1. Charging, started by RemoteStartTransaction.req with a TxProfile (Relative: it runs from the transaction's start).
    const profile = chargingProfile(s, { id: PROFILE_IDS.first, connectorId, purpose: 'TxProfile', stackLevel: s.stackLevel, duration: s.durationS, kind: 'Relative', periods: [[0, 6]] });
    // Whether the charge point authorizes a remote start first (9.1.3); established, not graded.
    const { values } = await getConfiguration(ctx, ['AuthorizeRemoteTxRequests']);
    const authorizeFirst = String(values.get('AuthorizeRemoteTxRequests')?.value).toLowerCase() === 'true';
    await plugIn(ctx);
    const authorize = authorizeFirst ? expectAuthorize(ctx, idTag, undefined, '5.11') : undefined;
    const start = expectStartTransaction(ctx, idTag);
    const charging = expectStatus(ctx, 'Charging');
    const conf = await ctx.sut.call('RemoteStartTransaction', { connectorId, idTag, chargingProfile: payloadOf(profile) } as Payload as never, { requirement: '5.11' });
    ctx.expect(conf.status, '5.11: RemoteStartTransaction.conf status').to.equal('Accepted');
    await authorize;
    const tx = await start;
    await charging;
    // 2-3. GetCompositeSchedule.req; the .conf follows the profile of the remote start.
    await checkComposite(ctx, s, {
      connectorId, durationS: s.durationS, installed: [{ ...profile, transactionId: tx.transactionId }],
      transaction: { transactionId: tx.transactionId, startMs: Date.parse(String(tx.call.payload.timestamp)) },
    }, '5.7');
    await noProfiles(ctx);
  },
});
