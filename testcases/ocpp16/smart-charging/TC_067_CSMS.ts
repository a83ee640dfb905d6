/** OCTT 1.6 §3.19.3, Table 176: Clear Charging Profile. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId } from '../_shared/states.csms.js';
import { scSettings } from './steps.profiles.js';
import { clearSent, onlyFields, profileHint, profileSent } from './steps.csms.js';

export const TC_067_CSMS = defineTestCase({
  id: 'TC_067_CSMS',
  title: 'Clear Charging Profile',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['5.5', '5.16'],
  catches: ['clear-by-id-with-criteria'],
  async run(ctx) {
    const { expect } = ctx;
    const s = scSettings(ctx);
    const connector = connectorId(ctx);
    // Manual Action: set three different charging profiles (steps 1-2, three times): TxDefaultProfile at stack levels L, L+1, L+2.
    const ids: unknown[] = [];
    for (const offset of [0, 1, 2]) {
      const { connectorId: sent, profile } = await profileSent(ctx, profileHint(s, connector, 'TxDefaultProfile', s.stackLevel + offset), '5.16');
      expect(sent, `5.16: profile ${offset + 1} connectorId`).to.equal(connector);
      expect(profile.chargingProfilePurpose, `5.16: profile ${offset + 1} chargingProfilePurpose`).to.equal('TxDefaultProfile');
      expect(profile.stackLevel, `5.16: profile ${offset + 1} stackLevel`).to.equal(s.stackLevel + offset);
      ids.push(profile.chargingProfileId);
    }
    // Manual Action: clear a charging profile based on ID. 3-4. ClearChargingProfile.req: the first profile's id, the rest omitted.
    const byId = await clearSent(ctx, { id: ids[0] as number }, '5.5');
    expect(byId.id, '5.5: ClearChargingProfile.req id (the first profile\'s)').to.equal(ids[0]);
    onlyFields(ctx, byId, ['id'], '5.5');
    // Manual Action: clear a charging profile based on criteria. 5-6. connectorId, TxDefaultProfile, stack level L+1; no id.
    const byCriteria = await clearSent(ctx, { connectorId: connector, chargingProfilePurpose: 'TxDefaultProfile', stackLevel: s.stackLevel + 1 }, '5.5');
    expect(byCriteria.connectorId, '5.5: ClearChargingProfile.req connectorId').to.equal(connector);
    expect(byCriteria.chargingProfilePurpose, '5.5: ClearChargingProfile.req chargingProfilePurpose').to.equal('TxDefaultProfile');
    expect(byCriteria.stackLevel, '5.5: ClearChargingProfile.req stackLevel').to.equal(s.stackLevel + 1);
    onlyFields(ctx, byCriteria, ['connectorId', 'chargingProfilePurpose', 'stackLevel'], '5.5');
    // Manual Action: clear all remaining charging profiles. 7-8. ClearChargingProfile.req with all fields omitted.
    onlyFields(ctx, await clearSent(ctx, {}, '5.5'), [], '5.5');
  },
});
