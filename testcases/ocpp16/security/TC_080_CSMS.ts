/** OCTT 1.6 §3.21.3 (Secure firmware update), Table 187: Secure Firmware Update. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { booted, connectorIds, statusNotification } from '../_shared/states.csms.js';
import { downloadFirmware, signedFirmwareTestData, signedStatus, signedUpdateFirmwareSent } from './steps.firmware.csms.js';

export const TC_080_CSMS = defineTestCase({
  id: 'TC_080_CSMS',
  title: 'Secure Firmware Update',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  // Prerequisites: Firmware Management and a security profile.
  requires: { securityProfile: [1, 2, 3] },
  covers: ['L01.FR.01', 'L01.FR.31', '4.2', '4.9'],
  catches: ['signed-firmware-16-own-location', 'signed-firmware-16-own-certificate'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const data = await signedFirmwareTestData(ctx, 'valid');
    // 1-2. SignedUpdateFirmware.req: location, signature and signingCertificate are the configured test data.
    const req = await signedUpdateFirmwareSent(ctx, data);
    expect(req.firmware.location, 'L01.FR.01: step 1 SignedUpdateFirmware.req firmware.location (<Configured Firmware Download URL>)').to.equal(data.location);
    expect(req.firmware.signature, 'L01.FR.01: step 1 SignedUpdateFirmware.req firmware.signature (<Configured signature>)').to.equal(data.signature);
    expect(req.firmware.signingCertificate, 'L01.FR.01: step 1 SignedUpdateFirmware.req firmware.signingCertificate (<Configured signingCertificate>)').to.equal(data.signingCertificate);
    const { requestId } = req;
    // 3-4 Downloading; [download]; 5-6 Downloaded; StatusNotification.req Unavailable (after step 2, before step 9), answered.
    await signedStatus(ctx, 'Downloading', requestId);
    await downloadFirmware(ctx, req.firmware.location);
    await signedStatus(ctx, 'Downloaded', requestId);
    for (const c of [0, ...connectorIds(ctx)]) await statusNotification(ctx, c, 'Unavailable');
    // 7-8 SignatureVerified, 9-10 Installing, 11-12 InstallRebooting.
    await signedStatus(ctx, 'SignatureVerified', requestId);
    await signedStatus(ctx, 'Installing', requestId);
    await signedStatus(ctx, 'InstallRebooting', requestId);
    // 13-14 BootNotification (Accepted), 17-18 StatusNotification Available, 15-16 SecurityEventNotification FirmwareUpdated, 19-20 Installed.
    await booted(ctx);
    await sut.call('SecurityEventNotification', { type: 'FirmwareUpdated', timestamp: sut.now() }, { requirement: 'L01.FR.31' });
    await signedStatus(ctx, 'Installed', requestId);
  },
});
