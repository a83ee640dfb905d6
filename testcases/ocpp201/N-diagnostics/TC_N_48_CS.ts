import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.cs.js';
import { delta, monitorCase, monitorsPresent, severity } from './steps.cs.js';
import { PASSWORD_CV, configuredPassword, generatedPassword, passwordRestored, passwordSet } from './steps.password.cs.js';

// N07 Alert Event - Variable monitoring on write only (Part 6 Table 381; errata 2025-09 5.15: conditional on AQ-10).
export const TC_N_48_CS = defineTestCase({
  id: 'TC_N_48_CS',
  title: 'Alert Event - Variable monitoring on write only',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Device Management', condition: 'AQ-10' }],
  covers: ['N07', 'N07.FR.10'],
  // Configuration State: security profile 1 or 2 (a Basic-auth password).
  requires: { securityProfile: [1, 2] },
  catches: ['writeonly-monitor-discloses-value'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const configured = configuredPassword(ctx);
    try {
      await monitorCase(ctx, async () => {
        // Memory State: a Delta monitor on SecurityCtrlr.BasicAuthPassword, set here, not graded.
        const [id] = await monitorsPresent(ctx, [delta(ctx, PASSWORD_CV, severity(ctx))]);
        const watched = sut.expectCall('NotifyEvent', {
          requirement: 'N07.FR.10', describe: '(delta on SecurityCtrlr BasicAuthPassword)', timeoutMs: ics.timeouts.messageMs * 3,
          filter: (p) => (p.eventData ?? []).some((e) => e.variableMonitoringId === id || (e.component.name === 'SecurityCtrlr' && e.variable.name === 'BasicAuthPassword')),
        });
        watched.catch(() => undefined);
        // 1-2. SetVariablesRequest BasicAuthPassword = <generated password of the configured one's length>: Accepted or RebootRequired.
        const status = await passwordSet(ctx, generatedPassword(configured));
        expect(status, 'N07.FR.10: SetVariablesResponse setVariableResult[0].attributeStatus').to.be.oneOf(['Accepted', 'RebootRequired']);
        // 3. Reusable State Booted, only after RebootRequired.
        if (status === 'RebootRequired') await booted(ctx, { via: 'reset' });
        // 4-5. NotifyEventRequest: eventData[0].actualValue an empty string (the variable is WriteOnly).
        const call = await watched;
        const e = call.payload.eventData.find((x) => x.variableMonitoringId === id) ?? call.payload.eventData[0]!;
        expect(e.actualValue, 'N07.FR.10: NotifyEventRequest eventData actualValue of a WriteOnly variable').to.equal('');
      });
    } finally {
      await passwordRestored(ctx, configured);
    }
  },
});
