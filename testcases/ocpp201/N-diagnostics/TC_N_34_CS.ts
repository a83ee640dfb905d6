import { defineTestCase } from '../../kit.js';
import { configuredText } from '../_shared/configured.js';
import { getLog, logPlace, logRequestId, settleLogs, type LogType } from './steps.getlog.cs.js';

// N01 Retrieve Log Information - Rejected (Part 6 Table 369). Not listed in Part 5 for the station; implemented per Part 6
// with the profile of its use case (N01: Core). Prerequisite "it is possible to have no log information available": the
// operator empties the log (emptyLog) and fills it again afterwards (not graded).
export const TC_N_34_CS = defineTestCase({
  id: 'TC_N_34_CS',
  title: 'Retrieve Log Information - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['N01', 'N01.FR.05'],
  catches: ['log-missing-accepted'],
  async run(ctx) {
    const { operator, expect } = ctx;
    const logType = configuredText(ctx, 'logType') as LogType;
    const place = await logPlace(ctx);
    await operator.do('emptyLog', { logType, empty: true });
    try {
      // 1. GetLogRequest with logType <Configured logType>. 2. GetLogResponse: Rejected.
      const res = await getLog(ctx, logType, logRequestId(), place);
      expect(res.status, 'N01.FR.05: GetLogResponse status').to.equal('Rejected');
    } finally {
      await operator.do('emptyLog', { logType, empty: false }).catch(() => undefined);
      await settleLogs(ctx);
    }
  },
});
