import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { configure, currentValues, cv, endpoints, migrate, slots } from './steps.cs.js';

// Errata 2025-09 6.2.17 and 6.2.18 applied (steps.cs.ts slots/migrate): the configured slot not in use, priority "<that slot>,<the other configured slot>", ResetRequest always sent.
export const TC_B_46_CS = defineTestCase({
  id: 'TC_B_46_CS',
  title: 'Migrate to new ConnectionProfile - Fallback mechanism - Same CSMS Root',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B10', 'B10.FR.03', 'B10.FR.04'],
  catches: ['network-profile-no-fallback'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { active, other } = endpoints(ctx);
    // Configuration State: NetworkProfileConnectionAttempts is 2.
    const before = await currentValues(ctx, [cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts')]);
    await configure(ctx, [[cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), '2']]);
    // 7. The OCTT does not accept the connection attempts to the first slot's endpoint.
    sut.refuseConnections({ pathPrefix: other.path });
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 6, requirement: 'B10.FR.03' });
    // 1-6. New profile in the unused slot, priority to it, reset.
    await migrate(ctx, other.url, await slots(ctx));
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const refused = await sut.expectRefusedConnection(ics.timeouts.messageMs * 3, 'B10.FR.04');
      expect(refused.path, `B10.FR.03: connection attempt ${attempt} goes to the first slot's endpoint`).to.satisfy((p: string) => p.startsWith(other.path));
    }
    // 8. It accepts the attempt with the second slot; 9. Reusable State Booted.
    await bootAccepted(ctx, boot);
    expect(String(sut.connectionInfo()?.path ?? ''), 'B10.FR.03: after two failed attempts the station connects with the second slot')
      .to.satisfy((p: string) => p.startsWith(active.path));
    await configure(ctx, before);
  },
});
