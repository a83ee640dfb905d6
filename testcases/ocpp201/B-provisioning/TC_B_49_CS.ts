import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { retryWaitS, configure, currentValues, cv, endpoints, migrate, slots, type ComponentVariable } from './steps.cs.js';

// Errata 2025-09 6.2.17 applied (steps.cs.ts slots/migrate): the configured slot not in use, priority "<that slot>,<the other configured slot>".
export const TC_B_49_CS = defineTestCase({
  id: 'TC_B_49_CS',
  title: 'Migrate to new ConnectionProfile - Fallback after NetworkProfileConnectionAttempts per NetworkConfigurationPriority failed - Same CSMS Root',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-47' }],
  covers: ['B10', 'B10.FR.07'],
  catches: ['network-profile-no-fallback', 'network-fallback-cycles'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { active, other } = endpoints(ctx);
    // Configuration State: one attempt per profile, no doubling, no random part, <Configured RetryBackOffWaitMinimum>.
    const backOff = [cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), cv('OCPPCommCtrlr', 'RetryBackOffRepeatTimes'),
      cv('OCPPCommCtrlr', 'RetryBackOffRandomRange'), cv('OCPPCommCtrlr', 'RetryBackOffWaitMinimum')];
    const before = await currentValues(ctx, backOff);
    await configure(ctx, [[backOff[0] as ComponentVariable, '1'], [backOff[1] as ComponentVariable, '0'], [backOff[2] as ComponentVariable, '0'],
      [backOff[3] as ComponentVariable, String(retryWaitS(ctx)), 'retryBackOffWaitMinimum']]);
    try {
      sut.refuseConnections();
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3 + retryWaitS(ctx) * 4000, requirement: 'B10.FR.07' });
      // 1-6. New profile in the unused slot, priority to it, reset (Part 6 writes type Idle: OnIdle).
      await migrate(ctx, other.url, await slots(ctx));
      // 7-8. The attempt with the new profile is not accepted.
      const first = await sut.expectRefusedConnection(ics.timeouts.messageMs * 3, 'B10.FR.04');
      expect(first.path, 'B10.FR.04: the first attempt uses the new profile').to.satisfy((p: string) => p.startsWith(other.path));
      // 9-10. Back to the previous profile: not accepted either.
      const second = await sut.expectRefusedConnection(ics.timeouts.messageMs * 2 + retryWaitS(ctx) * 2000, 'B10.FR.03');
      expect(second.path, 'B10.FR.03: after NetworkProfileConnectionAttempts the station uses the previous profile').to.satisfy((p: string) => p.startsWith(active.path));
      sut.acceptConnections();
      // 11-12. After RetryBackOffWaitMinimum it reconnects (previous profile, the last that worked); accepted.
      // 13. Reusable State Booted.
      const bootCall = await bootAccepted(ctx, boot);
      expect(String(sut.connectionInfo()?.path ?? ''), 'B10.FR.07: the station reconnects with the profile of its last successful connection')
        .to.satisfy((p: string) => p.startsWith(active.path));
      expect(bootCall.t - second.t, `B10.FR.07: ms between the refused attempt and the reconnection (RetryBackOffWaitMinimum ${retryWaitS(ctx)} s)`)
        .to.be.at.least(retryWaitS(ctx) * 1000);
    } finally {
      sut.acceptConnections();
    }
    await configure(ctx, before);
  },
});
