/** OCTT 1.6 §2.24.3 (Secure firmware update), Table 96: Secure Firmware Update. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorIds } from '../_shared/states.cs.js';
import { profiles } from './steps.cs.js';
import { expectStatusesInOrder, followSignedUpdate, signedUpdateFirmware, withManufacturerRoot } from './steps.firmware.cs.js';

export const TC_080_CS = defineTestCase({
  id: 'TC_080_CS',
  title: 'Secure Firmware Update',
  version: '1.6',
  sut: 'CS',
  profiles,
  // Prerequisites: FirmwareManagement and a security profile; the firmware on a server, its signature configured (the test PKI signs it).
  requires: { securityProfile: [1, 2, 3] },
  covers: ['L01.FR.01', 'L01.FR.04', 'L01.FR.21', '4.2', '4.9'],
  catches: ['firmware-downloaded-skipped'],
  async run(ctx) {
    await withManufacturerRoot(ctx, async () => {
      // 1. SignedUpdateFirmware.req [the Charge Point has verified the certificate] 2. SignedUpdateFirmware.conf Accepted.
      const { conf } = await signedUpdateFirmware(ctx, 'valid');
      const started = conf.status === 'Accepted' || conf.status === 'AcceptedCanceled';
      // The update is followed to its end (even when step 2 fails), so the next case finds the Charge Point idle.
      const seen = started ? followSignedUpdate(ctx, ctx.ics.timeouts.bootMs * 3) : undefined;
      seen?.catch(() => undefined);
      ctx.expect(conf.status, 'L01.FR.21: step 2 SignedUpdateFirmware.conf status').to.equal('Accepted');
      const update = await seen!;
      // 3 Downloading, 5 Downloaded, 7 SignatureVerified, 9 Installing, 17 Installed.
      expectStatusesInOrder(ctx, update, [
        { status: 'Downloading', step: 'step 3', requirement: 'L01.FR.01' },
        { status: 'Downloaded', step: 'step 5', requirement: 'L01.FR.01' },
        { status: 'SignatureVerified', step: 'step 7', requirement: 'L01.FR.04' },
        { status: 'Installing', step: 'step 9', requirement: 'L01.FR.01' },
        { status: 'Installed', step: 'step 17', requirement: 'L01.FR.01' },
      ]);
      // 11. BootNotification.req (answered Accepted). 15. StatusNotification.req Available on all connectors and connector 0.
      ctx.expect(update.booted, '4.2: step 11 BootNotification.req after the install').to.equal(true);
      for (const c of [0, ...connectorIds(ctx)]) {
        ctx.expect(update.availableAfterBoot.has(c), `4.9: step 15 StatusNotification.req Available for connector ${c} after the boot`).to.equal(true);
      }
    });
  },
});
