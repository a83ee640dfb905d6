/** OCTT 1.6 §3.21.3 (Secure firmware update), Table 188: Secure Firmware Update - Invalid Signature. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { downloadFirmware, signedFirmwareTestData, signedStatus, signedUpdateFirmwareSent } from './steps.firmware.csms.js';

export const TC_081_CSMS = defineTestCase({
  id: 'TC_081_CSMS',
  title: 'Secure Firmware Update - Invalid Signature',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  // Prerequisites: Firmware Management and a security profile.
  requires: { securityProfile: [1, 2, 3] },
  covers: ['L01.FR.01', 'L01.FR.03'],
  catches: ['signed-firmware-16-own-location'],
  async run(ctx) {
    const { expect } = ctx;
    const data = await signedFirmwareTestData(ctx, 'bad');
    // 1-2. SignedUpdateFirmware.req: location <Firmware Download URL from test data>, signature <An invalid signature.>
    const req = await signedUpdateFirmwareSent(ctx, data);
    expect(req.firmware.location, 'L01.FR.01: step 1 SignedUpdateFirmware.req firmware.location (<Firmware Download URL from test data>)').to.equal(data.location);
    expect(req.firmware.signature, 'L01.FR.01: step 1 SignedUpdateFirmware.req firmware.signature (<An invalid signature.>)').to.equal(data.signature);
    // 3-4 Downloading; [download]; 5-6 Downloaded; 7-8 [the signature deemed invalid] InvalidSignature: each answered.
    await signedStatus(ctx, 'Downloading', req.requestId);
    await downloadFirmware(ctx, req.firmware.location);
    await signedStatus(ctx, 'Downloaded', req.requestId);
    await signedStatus(ctx, 'InvalidSignature', req.requestId);
  },
});
