import { defineTestCase } from '../../kit.js';
import { logRequested, logStatusSent } from './steps.getlog.csms.js';

export const TC_N_36_CSMS = defineTestCase({
  id: 'TC_N_36_CSMS',
  title: 'Retrieve Log Information - Second Request',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['N01', 'N01.FR.12', 'N01.FR.20'],
  catches: ['log-status-unhandled'],
  async run(ctx) {
    // 1. GetLogRequest, 2. Accepted, 3-4. Uploading (requestId of step 1).
    const first = await logRequested(ctx, { answer: 'Accepted' });
    await logStatusSent(ctx, 'Uploading', first.payload.requestId);
    // 5. A second GetLogRequest while the first upload runs, 6. AcceptedCanceled; 7-8. AcceptedCanceled (requestId of step 1).
    const second = await logRequested(ctx, { answer: 'AcceptedCanceled' });
    await logStatusSent(ctx, 'AcceptedCanceled', first.payload.requestId);
    // 9-12. Uploading and Uploaded (requestId of step 5).
    await logStatusSent(ctx, 'Uploading', second.payload.requestId);
    await logStatusSent(ctx, 'Uploaded', second.payload.requestId);
  },
});
