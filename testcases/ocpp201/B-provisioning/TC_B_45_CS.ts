import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { endpoints, migrate, slots } from './steps.cs.js';

// Errata 2025-09 6.2.17 and 6.2.18 applied (steps.cs.ts slots/migrate): the configured slot not in use, priority "<that slot>,<the other configured slot>", ResetRequest always sent.
export const TC_B_45_CS = defineTestCase({
  id: 'TC_B_45_CS',
  title: 'Migrate to new ConnectionProfile - Success - Same CSMS Root',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B09', 'B10', 'B09.FR.01', 'B10.FR.01', 'B10.FR.04', 'B10.FR.06'],
  catches: ['network-priority-ignored'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { other } = endpoints(ctx);
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B10.FR.04' });
    // 1-6. New profile in the unused slot, priority to it, reset.
    await migrate(ctx, other.url, await slots(ctx));
    // 7. Reusable State Booted; the station connects with the new connection data.
    await bootAccepted(ctx, boot);
    expect(String(sut.connectionInfo()?.path ?? ''), 'B10.FR.04: the station connected to the endpoint of the first NetworkConfigurationPriority entry')
      .to.satisfy((p: string) => p.startsWith(other.path));
  },
});
