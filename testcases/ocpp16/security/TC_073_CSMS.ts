/**
 * OCTT 1.6 §3.21.1, Table 179: Update Charge Point Password for HTTP Basic Authentication. Validations are the
 * table's; 1.2/1.3 apply. The new AuthorizationKey stays (A01.FR.03: the Central System no longer accepts the
 * old one): a real run records it where the next run reads it back, as TC_A_09_CSMS does.
 */
import { defineTestCase } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';
import { mustConnect } from './steps.csms.js';

export const TC_073_CSMS = defineTestCase({
  id: 'TC_073_CSMS',
  title: 'Update Charge Point Password for HTTP Basic Authentication',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  requires: { securityProfile: [1, 2] },
  covers: ['A01', 'A01.FR.02', 'A01.FR.03'],
  catches: ['password-change-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Manual action: change the basic authentication password. 1-2. ChangeConfiguration.req key AuthorizationKey; Accepted.
    const change = await csmsSends(ctx, 'ChangeConfiguration', () => ({ status: 'Accepted' as const }), { hint: { key: 'AuthorizationKey', value: null }, requirement: 'A01.FR.02' });
    expect(change.payload.key, 'A01.FR.02: ChangeConfiguration.req key').to.equal('AuthorizationKey');
    const password = String(change.payload.value);
    ctx.settings.basicAuthPassword = password;
    const file = ctx.settings.saveStationPassword?.(password, 'TC_073_CSMS');
    ctx.log(file
      ? `the Charge Point uses the new AuthorizationKey (not shown) from now on; saved in ${file}, the next run against this Central System uses it (delete the file once the Central System has the configured password again)`
      : 'the Charge Point uses the new AuthorizationKey (not shown) from now on (reference Central System: kept for this run only)');
    // 3. The Charge Point disconnects and reconnects with the new password: the Central System accepts it.
    if (sut.isConnected()) await sut.disconnect();
    mustConnect(ctx, await sut.connect({ basicAuth: { password } }, { persist: true }), 'A01.FR.03', 'with the new AuthorizationKey');
  },
});
