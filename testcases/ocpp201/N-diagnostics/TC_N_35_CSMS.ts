import { defineTestCase } from '../../kit.js';
import { logUploaded } from './steps.getlog.csms.js';

export const TC_N_35_CSMS = defineTestCase({
  id: 'TC_N_35_CSMS',
  title: 'Retrieve Log Information - Security Log - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['N01'],
  catches: ['get-log-wrong-type', 'log-status-unhandled'],
  async run(ctx) {
    // 1. GetLogRequest (validated: logType SecurityLog), 2. Accepted, 3-4. Uploading, 5-6. Uploaded.
    await logUploaded(ctx, 'SecurityLog');
  },
});
