/**
 * General preconditions of Part 6 (section 2.1): before every case the SUT is connected, its
 * boot is accepted and it is idle. The engine calls these and retries once (attempt 2) when they
 * fail; they establish state and do not grade it. When the retry fails too, the rest of the run is INCONCLUSIVE.
 */
import type { CaseContext } from '../../kit.js';
import { booted as stationBooted } from './states.cs.js';
import { booted as csmsBooted } from './states.csms.js';
import { stationIdle } from './charging-session.csms.js';

/**
 * Charging station under test. A station still connecting (the run just started, or it is rebooting)
 * finishes its boot here, before any case's own steps; no request reaches a station whose boot is not
 * Accepted. Otherwise, or on the retry after a failed restore, a power cycle, observed on a new connection.
 */
async function stationUnderTest(ctx: CaseContext<'2.0.1', 'CS'>, options: { attempt: number } = { attempt: 1 }): Promise<void> {
  await stationConnected(ctx, options);
  await generalConfiguration(ctx);
}

async function stationConnected(ctx: CaseContext<'2.0.1', 'CS'>, options: { attempt: number }): Promise<void> {
  const { sut, ics } = ctx;
  if (options.attempt === 1) {
    if (!sut.isConnected()) await sut.expectConnection(ics.timeouts.bootMs).catch(() => undefined);
    if (sut.isConnected() && sut.bootStatus === undefined) await finishBoot(ctx);
    if (sut.isConnected() && sut.bootStatus === 'Accepted') return;
  }
  await stationBooted(ctx);
}

/**
 * Part 6 §2 general preconditions that are station configuration, established rather than assumed:
 * "AuthCtrl.LocalPreAuthorization is set to false" (If implemented). Not graded: a station without the
 * variable, or one that refuses the value, is fine, and a case whose Configuration State sets it puts it back.
 */
async function generalConfiguration(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  await ctx.sut.callRaw('SetVariables', {
    setVariableData: [{ component: { name: 'AuthCtrlr' }, variable: { name: 'LocalPreAuthorize' }, attributeValue: 'false' }],
  });
}

/** The BootNotification of a station that connected on its own, answered Accepted; one that merely reconnected sends none and keeps its status. */
async function finishBoot(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  const { sut, ics } = ctx;
  const boot = await sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs, optional: true, describe: 'of a station that connected on its own' })
    .catch(() => undefined);
  if (boot && !boot.answered) boot.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  else if (!boot) sut.bootStatus = sut.bootStatusBeforeReconnect;
}

async function csmsUnderTest(ctx: CaseContext<'2.0.1', 'CSMS'>): Promise<void> {
  const { sut } = ctx;
  if (!sut.isConnected() || sut.bootStatus !== 'Accepted') await csmsBooted(ctx);
  // The station the harness plays is idle: no transaction left running by a previous case.
  await stationIdle(ctx);
}

export const preconditions = {
  '2.0.1/CS': stationUnderTest,
  '2.0.1/CSMS': csmsUnderTest,
};
