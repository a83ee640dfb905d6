import { defineTestCase } from '../../kit.js';
import { NETWORK_PRIORITY, connectionData, endpointFor, setVariable, slots } from './steps.cs.js';

export const TC_A_21_CS = defineTestCase({
  id: 'TC_A_21_CS',
  title: 'Upgrade Charging Station Security Profile - No valid ChargingStationCertificate installed',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Security', condition: 'AQ-3' }], // errata 2025-09: AQ-3, not AQ-1
  covers: ['A05', 'A05.FR.03'],
  // A CSMS root is installed (profile 2) and no station certificate (profile 3 not in use).
  requires: { securityProfile: [2, 1] },
  catches: ['profile-upgrade-unchecked'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Prerequisite: no valid ChargingStationCertificate installed (AQ-1: it can be removed by other means than OCPP).
    await operator.do('configureStation', { setting: 'chargingStationCertificate', value: 'none' });
    const slot = await slots(ctx);
    // 1-2. SetNetworkProfileRequest for the slot not in use, another URL, security profile 3 (errata 2025-02): Accepted.
    const profile = await sut.call('SetNetworkProfile', { configurationSlot: slot.other, connectionData: await connectionData(ctx, endpointFor(ctx, 3, true), 3) });
    expect(profile.status, 'B09.FR.01: SetNetworkProfileResponse status').to.equal('Accepted');
    // 3-4. NetworkConfigurationPriority "<new slot>,<previous slot>": Rejected.
    const priority = await setVariable(ctx, NETWORK_PRIORITY, `${slot.other},${slot.active}`);
    expect(priority, 'A05.FR.03: SetVariablesResponse setVariableResult[0].attributeStatus without a ChargingStationCertificate').to.equal('Rejected');
  },
});
