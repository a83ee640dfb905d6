/**
 * TC_N_36_CS (Part 6): Retrieve Log Information - Second Request. Errata 2025-09 6.2.97 applied: the LogStatusNotification
 * AcceptedCanceled of the canceled upload (step 7) may come before the GetLogResponse of step 6.
 */
import { defineTestCase } from '../../kit.js';
import { configuredText } from '../_shared/configured.js';
import { logSecondRequest, type LogType } from './steps.getlog.cs.js';

export const TC_N_36_CS = defineTestCase({
  id: 'TC_N_36_CS',
  title: 'Retrieve Log Information - Second Request',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-57' }],
  covers: ['N01', 'N01.FR.01', 'N01.FR.02', 'N01.FR.03', 'N01.FR.07', 'N01.FR.08', 'N01.FR.09', 'N01.FR.12', 'N01.FR.13', 'N01.FR.20'],
  catches: ['log-upload-not-canceled', 'log-wrong-request-id', 'log-uploaded-not-reported'],
  async run(ctx) {
    // Memory State: log information of <Configured logType> (by default the diagnostics log: every station keeps one).
    await logSecondRequest(ctx, configuredText(ctx, 'logType') as LogType);
  },
});
