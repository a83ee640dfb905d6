/**
 * General preconditions for OCPP 1.6: before every case the SUT is connected, its boot is
 * Accepted and it is idle. The engine calls these; when they cannot be restored the rest of the
 * run is INCONCLUSIVE.
 */
import type { CaseContext } from '../../kit.js';
import { idle as chargePointIdle } from './idle.cs.js';
import { booted, stationIdle } from './states.csms.js';

/** Central System under test: the harness's Charge Point is connected, Accepted and idle. */
async function centralSystemUnderTest(ctx: CaseContext<'1.6', 'CSMS'>): Promise<void> {
  const { sut } = ctx;
  if (!sut.isConnected() || sut.bootStatus !== 'Accepted') await booted(ctx);
  await stationIdle(ctx);
}

export const preconditions = {
  '1.6/CS': chargePointIdle,
  '1.6/CSMS': centralSystemUnderTest,
};
