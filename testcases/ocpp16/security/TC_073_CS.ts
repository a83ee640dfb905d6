/**
 * OCTT 1.6 §2.24.1, Table 88: Update Charge Point Password for HTTP Basic Authentication. Validations are the
 * table's; 1.2/1.3 apply. The Authorization header carries the AuthorizationKey as set (TC_085_CS: Base64 of
 * <ChargePointId>:<AuthorizationKey>). Afterwards the configured password is set again (ungraded).
 */
import { defineTestCase } from '../../kit.js';
import { messageMs } from '../_shared/states.cs.js';
import { profiles } from './steps.cs.js';

/** Step 1: the value the OCTT sends, "OCA_OCTT_admin_test" hex encoded. */
export const NEW_AUTHORIZATION_KEY = Buffer.from('OCA_OCTT_admin_test', 'utf8').toString('hex').toUpperCase();

export const TC_073_CS = defineTestCase({
  id: 'TC_073_CS',
  title: 'Update Charge Point Password for HTTP Basic Authentication',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [1, 2] },
  covers: ['A01', 'A01.FR.01', 'A01.FR.02'],
  catches: ['authorization-key-not-used'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const configured = ctx.settings.basicAuthPassword;
    if (configured === undefined) return ctx.fail('the harness has no Basic-auth password for the Charge Point (config \'password\')');
    // The tool accepts the new password only from now on (step 3).
    await sut.reconfigureEndpoint({ basicAuthPassword: NEW_AUTHORIZATION_KEY });
    try {
      const attempt = sut.expectConnectionAttempt({ timeoutMs: messageMs(ctx) * 4, requirement: 'A01.FR.01' });
      attempt.catch(() => undefined);
      // 1-2. ChangeConfiguration.req AuthorizationKey = the new key: Accepted.
      const res = await sut.call('ChangeConfiguration', { key: 'AuthorizationKey', value: NEW_AUTHORIZATION_KEY }, { requirement: 'A01.FR.01' });
      expect(res.status, 'A01.FR.01: ChangeConfiguration.conf status').to.equal('Accepted');
      // 3. The Charge Point disconnects and reconnects with the new password (the endpoint refuses any other).
      const a = await attempt;
      if (a.kind !== 'connected') {
        const how = a.kind === 'refused' ? `it was refused with HTTP ${a.status} (${a.reason})` : `the TLS handshake failed (${a.reason})`;
        return ctx.fail(`the Charge Point did not reconnect with the new password: ${how}`, 'A01.FR.01');
      }
    } finally {
      // After the scenario: the configured password again (ungraded), so the cases that follow connect as configured.
      const back = sut.expectConnectionAttempt({ timeoutMs: messageMs(ctx) * 4, allowNone: true });
      back.catch(() => undefined);
      await sut.reconfigureEndpoint({});
      if (sut.isConnected()) await sut.callRaw('ChangeConfiguration', { key: 'AuthorizationKey', value: configured }).catch(() => undefined);
      const again = await back.catch(() => undefined);
      if (again?.kind !== 'connected') ctx.log('the Charge Point did not reconnect with the configured password after the case');
    }
  },
});
