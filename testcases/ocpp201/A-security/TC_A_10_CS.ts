import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.cs.js';
import { BASIC_AUTH_PASSWORD, configuredPassword, connected, reconnectMs, setVariable } from './steps.cs.js';

export const TC_A_10_CS = defineTestCase({
  id: 'TC_A_10_CS',
  title: 'Update Charging Station Password for HTTP Basic Authentication - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A01', 'A01.FR.01', 'A01.FR.11', 'A01.FR.12'],
  requires: { securityProfile: [1, 2] },
  catches: ['weak-password-accepted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    configuredPassword(ctx);
    // 1-2. SetVariablesRequest BasicAuthPassword = <NewPassword which is less than 16 characters>: Rejected.
    const status = await setVariable(ctx, BASIC_AUTH_PASSWORD, 'Short-pass-11');
    expect(status, 'A00.FR.205: SetVariablesResponse setVariableResult[0].attributeStatus for a 13-character BasicAuthPassword').to.equal('Rejected');
    // 3-4. The station connects with the old password; the OCTT validates it and upgrades the connection.
    const attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'A01.FR.01' });
    await sut.disconnect();
    connected(ctx, await attempt, 'A01.FR.01', 'the station did not connect with its old BasicAuthPassword');
    // 5. Reusable State Booted (post scenario: BasicAuthPassword is still the configured one).
    await booted(ctx);
  },
});
