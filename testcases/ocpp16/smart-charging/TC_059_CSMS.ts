/** OCTT 1.6 §3.19.4, Table 177: Remote Start Transaction with Charging Profile. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, type Payload } from '../../kit.js';
import { authorize, connectorId, csmsSends, idTagStatus, startTransaction, statusNotification, validIdTag } from '../_shared/states.csms.js';
import { scSettings } from './steps.profiles.js';

export const TC_059_CSMS = defineTestCase({
  id: 'TC_059_CSMS',
  title: 'Remote Start Transaction with Charging Profile',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['5.11', '3.13.2', '4.1', '4.8'],
  catches: ['remote-start-profile-absolute', 'request-start-wrong-token', 'tx-start-rejected'],
  async run(ctx) {
    const { expect } = ctx;
    const s = scSettings(ctx);
    const connector = connectorId(ctx);
    const idTag = validIdTag(ctx);
    // 1-2. The Central System sends RemoteStartTransaction.req with a TxProfile chargingProfile (Relative, from 0); Accepted.
    const hint = {
      idTag, connectorId: connector,
      chargingProfile: {
        chargingProfileId: 591, stackLevel: s.stackLevel, chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative',
        chargingSchedule: { duration: s.durationS, chargingRateUnit: s.unit, chargingSchedulePeriod: [{ startPeriod: 0, limit: 6 * s.scale, numberPhases: s.phases }] },
      },
    };
    const req = await csmsSends(ctx, 'RemoteStartTransaction', () => ({ status: 'Accepted' as const }), { hint, requirement: '5.11' });
    const profile = (req.payload.chargingProfile ?? {}) as Payload;
    const period = (((profile.chargingSchedule ?? {}) as Payload).chargingSchedulePeriod as Payload[] | undefined)?.[0] ?? {};
    expect(req.payload.idTag, '5.11: RemoteStartTransaction.req idTag').to.equal(idTag);
    expect(req.payload.connectorId, '5.11: RemoteStartTransaction.req connectorId').to.equal(connector);
    expect(profile.chargingProfilePurpose, '5.11: chargingProfile.chargingProfilePurpose').to.equal('TxProfile');
    expect(profile.transactionId, '5.11: chargingProfile.transactionId (omitted)').to.equal(undefined);
    expect(profile.chargingProfileKind, '5.11: chargingProfile.chargingProfileKind').to.equal('Relative');
    expect(period.startPeriod, '5.11: chargingSchedulePeriod.startPeriod').to.equal(0);
    // 3-4. Authorize.req with the idTag of step 1: Accepted.
    expect(await authorize(ctx, idTag), '4.1: Authorize.conf idTagInfo.status').to.equal('Accepted');
    // 5-6. [The charging cable is plugged in] StatusNotification.req Preparing.
    await statusNotification(ctx, connector, 'Preparing');
    // 7-8. StartTransaction.req with the idTag and connector of step 1: Accepted.
    expect(idTagStatus(await startTransaction(ctx, { idTag })), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
    // 9-10. StatusNotification.req Charging.
    await statusNotification(ctx, connector, 'Charging');
  },
});
