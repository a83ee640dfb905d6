/** OCTT 1.6 §2.24.3 (Secure firmware update), Table 97: Secure Firmware Update - Invalid Signature. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { profiles } from './steps.cs.js';
import { expectStatusesInOrder, followSignedUpdate, signedUpdateFirmware, withManufacturerRoot } from './steps.firmware.cs.js';

export const TC_081_CS = defineTestCase({
  id: 'TC_081_CS',
  title: 'Secure Firmware Update - Invalid Signature',
  version: '1.6',
  sut: 'CS',
  profiles,
  // Prerequisites: FirmwareManagement and a security profile; the firmware on a server, its signature configured.
  requires: { securityProfile: [1, 2, 3] },
  covers: ['L01.FR.01', 'L01.FR.03', 'L01.FR.04'],
  catches: ['firmware-bad-signature-installed', 'firmware-downloaded-skipped'],
  async run(ctx) {
    await withManufacturerRoot(ctx, async () => {
      // 1. SignedUpdateFirmware.req with <An invalid signature.> 2. SignedUpdateFirmware.conf Accepted.
      const { conf } = await signedUpdateFirmware(ctx, 'bad');
      const started = conf.status === 'Accepted' || conf.status === 'AcceptedCanceled';
      // Followed to its end (a Charge Point that installs it anyway reboots), so the next case finds it idle.
      const seen = started ? followSignedUpdate(ctx, ctx.ics.timeouts.bootMs * 3) : undefined;
      seen?.catch(() => undefined);
      ctx.expect(conf.status, 'L01.FR.21: step 2 SignedUpdateFirmware.conf status').to.equal('Accepted');
      const update = await seen!;
      // 3 Downloading, 5 Downloaded, 7 [the signature deemed invalid] InvalidSignature.
      expectStatusesInOrder(ctx, update, [
        { status: 'Downloading', step: 'step 3', requirement: 'L01.FR.01' },
        { status: 'Downloaded', step: 'step 5', requirement: 'L01.FR.01' },
        { status: 'InvalidSignature', step: 'step 7', requirement: 'L01.FR.03' },
      ]);
    });
  },
});
