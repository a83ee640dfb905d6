import { defineTestCase } from '../../kit.js';
import { NETWORK_PRIORITY, connectionData, endpointFor, onlyActiveSlot, removeCsmsRoots, setVariable } from './steps.cs.js';

export const TC_A_20_CS = defineTestCase({
  id: 'TC_A_20_CS',
  title: 'Upgrade Charging Station Security Profile - No valid CSMSRootCertificate installed',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'AQ-1 and C-61' }], // errata 2025-09 (Part 5): C-61 added
  covers: ['A05', 'A05.FR.02'],
  requires: { securityProfile: [1] },
  catches: ['profile-upgrade-unchecked'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Prerequisite: no valid CSMSRootCertificate installed (AQ-1: the last one can be removed).
    await removeCsmsRoots(ctx);
    // Before (errata 2025-02): NetworkConfigurationPriority is the active slot only.
    const { slot } = await onlyActiveSlot(ctx);
    // 1-2. SetNetworkProfileRequest for the slot not in use, another URL, <Configured securityProfile2>: Accepted or Rejected (errata 2025-04).
    const profile = await sut.call('SetNetworkProfile', { configurationSlot: slot.other, connectionData: await connectionData(ctx, endpointFor(ctx, 2, true), 2) });
    expect(profile.status, 'B09.FR.01: SetNetworkProfileResponse status').to.be.oneOf(['Accepted', 'Rejected']);
    // 3-4. NetworkConfigurationPriority "<new slot>,<previous slot>": Rejected.
    const priority = await setVariable(ctx, NETWORK_PRIORITY, `${slot.other},${slot.active}`);
    expect(priority, 'A05.FR.02: SetVariablesResponse setVariableResult[0].attributeStatus without a CSMSRootCertificate').to.equal('Rejected');
  },
});
