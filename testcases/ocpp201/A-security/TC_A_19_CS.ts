import { defineTestCase } from '../../kit.js';
import { readVariable } from '../_shared/charging-session.cs.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { certificateInstalled, renewStationCertificate } from '../_shared/certificates.cs.js';
import { NETWORK_PRIORITY, component, connected, connectionData, endpointFor, reconnectMs, restoreSecurityProfile, setVariable, slots } from './steps.cs.js';

// --- A05 Upgrade Charging Station Security Profile ------------------------------------------------------

export const TC_A_19_CS = defineTestCase({
  id: 'TC_A_19_CS',
  title: 'Upgrade Charging Station Security Profile - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A05', 'A05.FR.04', 'A05.FR.05', 'A05.FR.06'],
  requires: { securityProfile: [1, 2] },
  catches: ['network-priority-ignored', 'lower-profiles-kept'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const configured = ics.securityProfile;
    const upgraded = (configured + 1) as 2 | 3;
    // Before: Memory State CertificateInstalled (profile 1) or RenewChargingStationCertificate (profile 2).
    if (configured === 1) await certificateInstalled(ctx, 'CSMSRootCertificate', (await ctx.pki()).get('csms-root').certPem);
    else await renewStationCertificate(ctx, 'ChargingStationCertificate');
    try {
      // 1-2. SetNetworkProfileRequest for the slot not in use, <Configured securityProfile + 1>: Accepted.
      const slot = await slots(ctx);
      const profile = await sut.call('SetNetworkProfile', { configurationSlot: slot.other, connectionData: await connectionData(ctx, endpointFor(ctx, upgraded), upgraded) });
      expect(profile.status, 'A05.FR.04: SetNetworkProfileResponse status').to.equal('Accepted');
      // 3-4. NetworkConfigurationPriority "<new slot>,<previous slot>": Accepted or RebootRequired.
      const priority = await setVariable(ctx, NETWORK_PRIORITY, `${slot.other},${slot.active}`);
      expect(priority, 'A05.FR.04: SetVariablesResponse setVariableResult[0].attributeStatus').to.be.oneOf(['Accepted', 'RebootRequired']);
      // 5-6. ResetRequest OnIdle (always sent: errata 2025-06): Accepted.
      const boot = sut.expectCall('BootNotification', { timeoutMs: reconnectMs(ctx), requirement: 'A05.FR.05' });
      const reset = await sut.call('Reset', { type: 'OnIdle' });
      expect(reset.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
      // 7. The OCTT restarts its WebSocket server with <Configured securityProfile + 1>.
      await sut.reconfigureEndpoint({ securityProfile: upgraded });
      // 8-9. The station's (first) connection attempt uses security profile + 1: the first NetworkConfigurationPriority entry.
      const attempt = await sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'A05.FR.05' });
      const info = connected(ctx, attempt, 'A05.FR.05', `after the reset the station did not connect with the new profile (security profile ${upgraded}) first`);
      expect(info.securityProfile, 'A05.FR.05: security profile of the new connection').to.equal(upgraded);
      // 10. Reusable State Booted.
      await bootAccepted(ctx, boot);
      // 11-12. GetVariables SecurityCtrlr.SecurityProfile: <Configured securityProfile + 1>.
      expect(await readVariable(ctx, component('SecurityCtrlr', 'SecurityProfile')), 'A05.FR.06: SecurityCtrlr.SecurityProfile').to.equal(String(upgraded));
      // 13-14. GetVariables NetworkConfigurationPriority: without the slot of the lower security profile.
      const now = (await readVariable(ctx, NETWORK_PRIORITY)) ?? '';
      expect(now.split(',').map((s) => s.trim()), 'A05.FR.06: NetworkConfigurationPriority no longer holds the slot with the lower security profile').to.not.include(String(slot.active));
      if (configured === 1) {
        // 15-16 (errata 2025-06). The OCTT restarts with security profile 1: the station does NOT reconnect with it.
        await sut.reconfigureEndpoint({ securityProfile: 1 });
        const downgrade = await sut.expectConnectionAttempt({ timeoutMs: ics.timeouts.messageMs * 2, allowNone: true });
        if (downgrade?.kind === 'connected') ctx.fail('the station connected with security profile 1 again after the upgrade', 'A05.FR.06');
        // 17-18. Security profile 2 again: the station reconnects with it.
        await sut.reconfigureEndpoint({ securityProfile: upgraded });
        await sut.expectConnection(reconnectMs(ctx), 'A05.FR.06');
      }
    } finally {
      // After the scenario (passed or not): the station and the endpoint back to the configured security profile, for the
      // cases that follow. A failure here does not hide the case's own.
      await restoreSecurityProfile(ctx, configured).catch((err: unknown) => ctx.log(`could not restore security profile ${configured}: ${(err as Error).message}`));
    }
  },
});
