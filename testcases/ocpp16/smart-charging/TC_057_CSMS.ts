/** OCTT 1.6 §3.19.1, Table 174: Central Smart Charging - TxProfile. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { charging, connectorId } from '../_shared/states.csms.js';
import { scSettings } from './steps.profiles.js';
import { profileHint, profileSent } from './steps.csms.js';

export const TC_057_CSMS = defineTestCase({
  id: 'TC_057_CSMS',
  title: 'Central Smart Charging - TxProfile',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['5.16.3', '3.13.2'],
  catches: ['tx-profile-wrong-transaction'],
  async run(ctx) {
    const { expect } = ctx;
    const s = scSettings(ctx);
    const connector = connectorId(ctx);
    // Reusable State Charging: the Central System issued the transactionId.
    const tx = await charging(ctx);
    // 1-2. The Central System sends SetChargingProfile.req (TxProfile for the running transaction); Accepted.
    const { connectorId: sentConnector, profile } = await profileSent(ctx, profileHint(s, connector, 'TxProfile', s.stackLevel), '5.16.3');
    expect(sentConnector, '5.16: connectorId').to.equal(connector);
    expect(profile.chargingProfilePurpose, '5.16: csChargingProfiles.chargingProfilePurpose').to.equal('TxProfile');
    expect(profile.transactionId, '5.16.3: csChargingProfiles.transactionId (the generated transactionId)').to.equal(tx.transactionId);
  },
});
