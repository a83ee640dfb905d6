/**
 * General preconditions of Part 6 (section 2.1): before every case the SUT is connected, its
 * boot is accepted and it is idle. The engine calls these; when they cannot be restored the
 * rest of the run is INCONCLUSIVE.
 */
import type { CaseContext } from '../../kit.js';
import { booted as stationBooted } from './states.cs.js';
import { booted as csmsBooted } from './states.csms.js';
import { stationIdle } from './charging-session.csms.js';

async function stationUnderTest(ctx: CaseContext): Promise<void> {
  const { sut } = ctx;
  if (sut.isConnected() && sut.bootStatus === 'Accepted') return;
  if (!sut.isConnected()) {
    // A station that is merely reconnecting needs no reboot.
    try {
      await sut.expectConnection(ctx.ics.timeouts.messageMs);
      if (sut.bootStatus === 'Accepted') return;
    } catch {
      // fall through to a power cycle
    }
  }
  await stationBooted(ctx);
}

async function csmsUnderTest(ctx: CaseContext): Promise<void> {
  const { sut } = ctx;
  if (!sut.isConnected() || sut.bootStatus !== 'Accepted') await csmsBooted(ctx);
  // The station the harness plays is idle: no transaction left running by a previous case.
  await stationIdle(ctx);
}

export const preconditions = {
  '2.0.1/CS': stationUnderTest,
  '2.0.1/CSMS': csmsUnderTest,
};
