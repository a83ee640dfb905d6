/** OCTT 1.6 §2.10.1, Table 29: Start Charging Session – Authorize invalid. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { invalidTag, messageMs, plugIn, presentTag, setConfiguration, setConfigurationIfImplemented } from '../_shared/states.cs.js';
import { expectAuthorize, idTagInfo } from '../_shared/transactions.cs.js';

export const TC_023_CS = defineTestCase({
  id: 'TC_023_CS',
  title: 'Start Charging Session – Authorize invalid',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.1'],
  catches: ['authorize-skipped', 'authorize-status-ignored'],
  async run(ctx) {
    const idTag = invalidTag(ctx);
    // Before: MinimumStatusDuration is 10 (an optional key), LocalPreAuthorize is true.
    const minimum = await setConfigurationIfImplemented(ctx, 'MinimumStatusDuration', '10');
    await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
    // [EV driver plugs in the cable.] 1. StatusNotification.req Preparing (reported once it lasted MinimumStatusDuration).
    await plugIn(ctx, 'Preparing', minimum ? 10_000 + messageMs(ctx) * 2 : undefined);
    // [EV driver presents invalid identification.] 3. Authorize.req; 4. Authorize.conf Invalid.
    const authorize = expectAuthorize(ctx, idTag, idTagInfo('Invalid'));
    await presentTag(ctx, idTag);
    await authorize;
    // Expected result: the Charge Point does NOT start a transaction.
    await ctx.sut.expectNoCall('StartTransaction', messageMs(ctx), { requirement: '4.1', describe: 'the idTag is Invalid' });
  },
});
