/** OCTT 1.6 §2.16.1, Table 47: Fault Behavior. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { causeFault, clearFault, expectStatus, messageMs, pending, plugIn, presentTag, validTag } from '../_shared/states.cs.js';

export const TC_041_CS = defineTestCase({
  id: 'TC_041_CS',
  title: 'Fault Behavior',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.9', '7.6'],
  catches: ['faulted-allows-charging'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // A charge point that asks for authorization gets an answer at once; the check is that nothing starts.
    sut.autoAnswer('Authorize', { idTagInfo: { status: 'Accepted' } });
    // 1. A fault that prevents charging occurs: StatusNotification.req Faulted with its errorCode (4.9 A9).
    const faulted = expectStatus(ctx, 'Faulted', { requirement: '4.9' });
    await causeFault(ctx, 'GroundFailure');
    const report = await faulted;
    expect(report.payload.errorCode, '7.6: StatusNotification.req errorCode').to.equal('GroundFailure');
    // 2. A driver plugs in and presents a valid idTag: no transaction starts while Faulted.
    const noStart = pending(sut.expectNoCall('StartTransaction', messageMs(ctx), { requirement: '4.9', describe: 'the connector is Faulted' }));
    await plugIn(ctx, null);
    await presentTag(ctx, validTag(ctx));
    await noStart;
    // 3. The fault is resolved: the status returns to the pre-fault state (4.9 I1-I8), with the cable in: Preparing.
    const recovered = expectStatus(ctx, ['Preparing', 'Available']);
    await clearFault(ctx);
    await recovered;
  },
});
