import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { BASIC_AUTH_PASSWORD, configuredPassword, connected, newPassword, reconnectMs, setVariable } from './steps.cs.js';

// --- A01 Update Charging Station Password for HTTP Basic Authentication ------------------------------------

export const TC_A_09_CS = defineTestCase({
  id: 'TC_A_09_CS',
  title: 'Update Charging Station Password for HTTP Basic Authentication - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A01', 'A01.FR.01', 'A01.FR.11', 'A01.FR.12', 'B01.FR.01'],
  requires: { securityProfile: [1, 2] },
  catches: ['setvariables-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const configured = configuredPassword(ctx);
    const password = newPassword();
    // The OCTT validates the station's credentials against the new password from now on (step 4).
    await sut.reconfigureEndpoint({ basicAuthPassword: password });
    let attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'A01.FR.01' });
    // 1-2. SetVariablesRequest SecurityCtrlr.BasicAuthPassword = <NewPassword>: Accepted or RebootRequired.
    const status = await setVariable(ctx, BASIC_AUTH_PASSWORD, password);
    expect(status, 'A01.FR.01: SetVariablesResponse setVariableResult[0].attributeStatus').to.be.oneOf(['Accepted', 'RebootRequired']);
    const boot = status === 'RebootRequired' ? sut.expectCall('BootNotification', { timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' }) : undefined;
    if (boot) {
      // RebootRequired: the station takes the new password with a reboot (steps 5-8).
      const reset = await sut.call('Reset', { type: 'OnIdle' });
      expect(reset.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
    }
    // 3-4. The HTTP upgrade request carries the new password; the OCTT validates it and upgrades the connection.
    connected(ctx, await attempt, 'A01.FR.01', 'the station did not connect with the new BasicAuthPassword');
    // 5-8. Only after a reboot: BootNotification, connector states.
    if (boot) await bootAccepted(ctx, boot, { securityEvent: false });
    // After the scenario: the configured password again, so the cases that follow connect as configured.
    attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
    await sut.reconfigureEndpoint({});
    await sut.callRaw('SetVariables', {
      setVariableData: [{ component: { name: BASIC_AUTH_PASSWORD.component }, variable: { name: BASIC_AUTH_PASSWORD.variable }, attributeValue: configured }],
    });
    connected(ctx, await attempt, 'A01.FR.01', 'the station did not connect with the configured BasicAuthPassword again');
  },
});
