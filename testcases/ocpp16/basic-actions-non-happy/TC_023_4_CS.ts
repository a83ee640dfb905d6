import { defineTestCase } from '../../kit.js';
import { expectAuthorize, idTagInfo, invalidTag, messageMs, plugIn, presentTag, setConfiguration } from '../_shared/states.cs.js';

export const TC_023_4_CS = defineTestCase({
  id: 'TC_023_4_CS',
  title: 'Start local Charging Session - Authorize invalid',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.1'],
  catches: ['authorize-skipped', 'authorize-status-ignored'],
  async run(ctx) {
    const idTag = invalidTag(ctx);
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1. The cable is plugged in: StatusNotification.req Preparing.
    await plugIn(ctx);
    // 2-3. The invalid idTag is presented: Authorize.req, answered Invalid.
    const authorize = expectAuthorize(ctx, idTag, idTagInfo('Invalid'));
    await presentTag(ctx, idTag);
    await authorize;
    // 4. No transaction starts (4.1: energy only after authorization).
    await ctx.sut.expectNoCall('StartTransaction', messageMs(ctx), { requirement: '4.1', describe: 'the idTag was not accepted' });
  },
});
