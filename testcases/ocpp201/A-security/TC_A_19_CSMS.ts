import { defineTestCase, type Payload } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { acceptedConnection, refusedConnection, renewChargingStationCertificate } from '../_shared/states.csms.js';
import { bootAndReport, setVariablesAnswer, stationPassword, type ConnectOverrides } from './steps.csms.js';

// --- Upgrade Charging Station Security Profile -------------------------------------------------------

export const TC_A_19_CSMS = defineTestCase({
  id: 'TC_A_19_CSMS',
  title: 'Upgrade Charging Station Security Profile - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A05', 'A05.FR.04', 'A05.FR.07'],
  requires: { securityProfile: [1, 2] },
  catches: ['accepts-downgraded-profile', 'network-profile-wrong-security'],
  async run(ctx) {
    const { expect } = ctx;
    const from = ctx.ics.securityProfile;
    const to = from + 1;
    const pki = await ctx.pki();
    // Memory state: from security profile 2, RenewChargingStationCertificate; that certificate is used with profile 3 (errata 2024-09).
    const renewed = from === 2 ? await renewChargingStationCertificate(ctx) : undefined;
    // Manual action: set a new NetworkConnectionProfile one security level higher. 1-2. SetNetworkProfileRequest; the station accepts.
    const configured = { messageTimeout: 30, ocppInterface: 'Wired0' };
    const setProfile = await csmsRequest(ctx, 'SetNetworkProfile', () => ({ status: 'Accepted' as const }), { hint: { connectionData: { ...configured, securityProfile: to } } });
    const data: Payload = { ...setProfile.payload.connectionData };
    const expected: Payload = { ...configured, ocppTransport: 'JSON', ocppVersion: 'OCPP20', securityProfile: to };
    for (const [field, value] of Object.entries(expected)) {
      expect(data[field], `A05.FR.04: SetNetworkProfileRequest connectionData.${field}`).to.equal(value);
    }
    const slot = String(setProfile.payload.configurationSlot);
    // Manual action: NetworkConfigurationPriority with the new slot. 3-4. SetVariablesRequest; the station accepts.
    const priority = await csmsRequest(ctx, 'SetVariables', setVariablesAnswer('Accepted'), {
      hint: { setVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'NetworkConfigurationPriority' }, attributeValue: slot }] },
    });
    const entry = (priority.payload.setVariableData ?? []).find((d) => d.variable?.name === 'NetworkConfigurationPriority');
    expect(entry?.variable?.name, 'A05.FR.04: SetVariablesRequest variable.name').to.equal('NetworkConfigurationPriority');
    expect(entry?.component?.name, 'A05.FR.04: SetVariablesRequest component.name').to.equal('OCPPCommCtrlr');
    expect(String(entry?.attributeValue ?? '').split(',').map((v) => v.trim()), `A05.FR.04: NetworkConfigurationPriority contains configurationSlot ${slot}`).to.include(slot);
    // Manual action: reboot the station. 5-6. ResetRequest; the station accepts.
    await csmsRequest(ctx, 'Reset', () => ({ status: 'Accepted' as const }), { hint: { type: 'Immediate' } });
    // 7-8. The OCTT reconnects with the new NetworkProfile (security profile + 1): the CSMS accepts. The station keeps it from now on.
    const original: ConnectOverrides = { url: String(ctx.settings.endpoint ?? ''), securityProfile: from, basicAuth: { password: stationPassword(ctx) }, tls: { cert: undefined, key: undefined } };
    const upgraded: ConnectOverrides = {
      url: String(data.ocppCsmsUrl ?? ''), securityProfile: to as ConnectOverrides['securityProfile'],
      ...(renewed ? { tls: { cert: renewed.chainPem, key: renewed.keyPem }, basicAuth: undefined } : { tls: { ca: [pki.get('csms-root').certPem] } }),
    };
    await acceptedConnection(ctx, upgraded, `with the upgraded security profile ${to}`, 'A05.FR.04', true);
    ctx.settings.endpoint = String(data.ocppCsmsUrl ?? '');
    ctx.log(`the station uses security profile ${to} at ${String(data.ocppCsmsUrl)} from now on`);
    // 9. Execute Reusable State Booted.
    await bootAndReport(ctx);
    // 10-11. The OCTT reconnects with the original NetworkProfile (the lower security profile): the CSMS does not accept it.
    await refusedConnection(ctx, original, `with the former, lower security profile ${from}`, 'A05.FR.07');
    // 12. The OCTT reconnects with the upgraded profile, so the case ends connected.
    await acceptedConnection(ctx, {}, `with the upgraded security profile ${to}`, 'A05.FR.07');
  },
});
