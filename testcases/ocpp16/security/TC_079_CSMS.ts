/** OCTT 1.6 §3.21.2 (Get Security Log), Table 186: Get Security Log. Validations are the table's; 1.2/1.3 apply. */
import { adviseUnless, defineTestCase } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';
import { logLocation16csms, uploadSecurityLog } from './steps.getlog.csms.js';

export const TC_079_CSMS = defineTestCase({
  id: 'TC_079_CSMS',
  title: 'Get Security Log',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  // Prerequisite: the Central System supports a security profile.
  requires: { securityProfile: [1, 2, 3] },
  covers: ['N01.FR.01', 'N01.FR.03', 'N01.FR.08', 'N01.FR.09'],
  catches: ['get-log-wrong-type', 'get-log-16-own-location', 'log-status-unhandled'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // <Configured log location>: a directory on the harness's file server, which the operator enters in the Central System.
    const place = await logLocation16csms(ctx);
    // 1. GetLog.req (the operator asks for the security log to the location). 2. GetLog.conf Accepted.
    const filename = `SecurityLog-${Date.now()}.log`;
    const req = await csmsSends(ctx, 'GetLog', () => ({ status: 'Accepted' as const, filename }), {
      hint: { logType: 'SecurityLog', log: { remoteLocation: place.location } }, requirement: 'N01.FR.01',
    });
    expect(req.payload.logType, 'N01.FR.03: step 1 GetLog.req logType').to.equal('SecurityLog');
    expect(req.payload.log.remoteLocation, 'N01.FR.01: step 1 GetLog.req log.remoteLocation (<Configured log location>)').to.equal(place.location);
    // 3-4. LogStatusNotification.req Uploading, answered. [The security log is uploaded to the location.] 5-6. Uploaded, answered.
    await sut.call('LogStatusNotification', { status: 'Uploading', requestId: req.payload.requestId }, { requirement: 'N01.FR.08' });
    const uploaded = await uploadSecurityLog(ctx, place, filename);
    adviseUnless(ctx, uploaded, `the simulated Charge Point could not upload to the GetLog.req location ${place.location}`, 'N01.FR.02');
    await sut.call('LogStatusNotification', { status: 'Uploaded', requestId: req.payload.requestId }, { requirement: 'N01.FR.09' });
  },
});
