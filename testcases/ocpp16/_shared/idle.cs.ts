/**
 * General preconditions of OCPP 1.6 with the charge point under test (OCTT 1.6 §1.3): connected, boot
 * Accepted, idle, and the §1.3 charge point state established. Undoes what earlier cases left behind
 * (states.cs.ts remembers it).
 */
import type { CaseContext, Payload } from '../../kit.js';
import { booted, expectStatus, messageMs, residue, restoreConfiguration, type ConnectorStatus } from './states.cs.js';

// --- general preconditions -------------------------------------------------------------------------

/** Runs one restoring step; a step that fails is skipped (the case that needs it will say so). */
async function attempt(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch {
    return false;
  }
}

/**
 * A charge point that (re)connected on its own: its BootNotification, if it sends one, is answered
 * Accepted (not graded: the preconditions establish state). One that merely reconnected sends none
 * and keeps the status it had.
 */
async function acceptBoot(ctx: CaseContext<'1.6', 'CS'>): Promise<void> {
  const { sut, ics } = ctx;
  const boot = await sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx), optional: true, describe: 'of a charge point that connected on its own' })
    .catch(() => undefined);
  if (boot && !boot.answered) boot.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  else if (!boot) sut.bootStatus = sut.bootStatusBeforeReconnect;
}

/**
 * OCTT 1.6 §1.3 general preconditions that are charge point state, established rather than assumed:
 * MinimumStatusDuration 0 (when implemented; not restored afterwards), an empty authorization cache and
 * no installed local authorization list. Answers are not judged: a charge point without a cache or a
 * local list answers ClearCache Rejected or GetLocalListVersion -1 / NotImplemented, and that is fine.
 */
async function generalConditions(ctx: CaseContext<'1.6', 'CS'>): Promise<void> {
  const { sut } = ctx;
  const r = residue(ctx);
  if (!r.generalSet) {
    const got = await sut.callRaw('GetConfiguration', { key: ['MinimumStatusDuration'] });
    const listed = got.kind === 'result' ? (got.payload.configurationKey as Payload[] | undefined) ?? [] : [];
    const minimum = listed.find((k) => k.key === 'MinimumStatusDuration');
    if (minimum && minimum.value !== '0') await sut.callRaw('ChangeConfiguration', { key: 'MinimumStatusDuration', value: '0' });
    r.generalSet = true;
  }
  await sut.callRaw('ClearCache', {});
  const version = await sut.callRaw('GetLocalListVersion', {});
  const listVersion = version.kind === 'result' ? Number(version.payload.listVersion) : 0;
  // An empty Full update removes the list; its version says the list changed (1.6 5.15, 3.4).
  if (listVersion > 0) await sut.callRaw('SendLocalList', { listVersion: listVersion + 1, updateType: 'Full' });
}

/**
 * General preconditions: connected, boot Accepted, and idle (no transaction, no cable, no fault,
 * every connector operative, the configuration as found). Undoes what earlier cases left behind.
 */
export async function idle(ctx: CaseContext<'1.6', 'CS'>): Promise<void> {
  const { sut } = ctx;
  const r = residue(ctx);
  if (r.securityProfile !== undefined) {
    const original = r.securityProfile;
    delete r.securityProfile;
    await attempt(() => ctx.operator.do('configureStation', { setting: 'securityProfile', value: original }));
    await attempt(() => sut.expectConnection(messageMs(ctx) * 2));
  }
  if (r.offline) {
    await attempt(() => ctx.operator.do('goOnline'));
    r.offline = false;
  }
  if (!sut.isConnected()) await attempt(() => sut.expectConnection(ctx.ics.timeouts.bootMs));
  // A charge point still booting on this connection finishes its boot first: no request reaches an unbooted charge point (4.2).
  if (sut.isConnected() && sut.bootStatus === undefined) await attempt(() => acceptBoot(ctx));
  if (!sut.isConnected() || sut.bootStatus !== 'Accepted') {
    const expected: ConnectorStatus[] = ['Available', 'Preparing', 'Unavailable', 'Faulted', 'Finishing'];
    await booted(ctx, { expected, station: ['Available', 'Unavailable', 'Faulted'] });
  }
  for (const c of [...r.faulted]) {
    r.faulted.delete(c);
    await attempt(() => ctx.operator.do('clearFault', { connectorId: c }));
  }
  // Transactions the charge point started that only the default answer accepted are stopped too.
  for (const t of sut.untrackedTransactions()) if (!r.transactions.has(t.transactionId)) r.transactions.set(t.transactionId, t.connectorId);
  // A round trip first, so the charge point has taken in a StartTransaction.conf the case just sent.
  if (r.transactions.size) await sut.callRaw('GetConfiguration', { key: ['HeartbeatInterval'] });
  // Calls already received stay in the case's inbox, so waiting after the action misses nothing.
  for (const [transactionId] of [...r.transactions]) {
    r.transactions.delete(transactionId);
    const res = await sut.callRaw('RemoteStopTransaction', { transactionId });
    if (res.kind !== 'result' || res.payload.status !== 'Accepted') continue;
    await attempt(async () => {
      const stop = await sut.expectCall('StopTransaction', { timeoutMs: messageMs(ctx), filter: (p) => p.transactionId === transactionId });
      if (!stop.answered) stop.respond({});
    });
  }
  // An authorization without a cable ends when the idTag is presented again, or on its own after
  // ConnectionTimeOut, which may already have passed (a slow operator, between cases): then presenting
  // authorizes anew (Preparing) and one more presentation ends that. Decided on the last status reported.
  const lastStatusOf = (c: number) => sut.receivedPayloads('StatusNotification').filter((p) => Number(p.connectorId) === c).at(-1)?.status;
  for (const [c, idTag] of [...r.authorized]) {
    r.authorized.delete(c);
    for (let presented = 0; presented < 3; presented += 1) {
      // A round trip, so the reports sent so far have arrived.
      await sut.callRaw('GetConfiguration', { key: ['HeartbeatInterval'] });
      const last = lastStatusOf(c);
      if (presented === 0 ? last !== undefined && last !== 'Preparing' : last !== 'Preparing') break;
      if (!(await attempt(() => ctx.operator.do('presentIdToken', { idToken: idTag, type: 'ISO14443', connectorId: c })))) break;
      await attempt(() => expectStatus(ctx, ['Available', 'Unavailable', 'Preparing'], { connectorId: c, timeoutMs: messageMs(ctx) }));
    }
  }
  for (const c of [...r.plugged]) {
    r.plugged.delete(c);
    if (!(await attempt(() => ctx.operator.do('unplug', { connectorId: c })))) continue;
    await attempt(() => expectStatus(ctx, ['Available', 'Unavailable'], { connectorId: c, timeoutMs: messageMs(ctx) }));
  }
  for (const c of [...r.unavailable]) {
    r.unavailable.delete(c);
    await sut.callRaw('ChangeAvailability', { connectorId: c, type: 'Operative' });
  }
  await restoreConfiguration(ctx);
  await generalConditions(ctx);
  // A round trip, so every report the charge point sent before it has arrived; then none of them can pass for the case's own.
  await sut.callRaw('GetConfiguration', { key: ['HeartbeatInterval'] });
  sut.forgetReceived('StatusNotification');
}
