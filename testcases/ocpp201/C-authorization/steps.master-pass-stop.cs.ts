/**
 * TC_C_47/48/49_CS (C16): transactions on EVSE 1 and (with more than one EVSE) EVSE 2; a Master Pass stops them all (a
 * station without a UI, or the user's choice "all" on the Master Pass screen), or only the one the user selects on
 * EVSE 1 while the other keeps charging (TC_C_48).
 */
import { idTokenFor, type CaseContext, type Payload } from '../../kit.js';
import { hasBayDetector, later, transactionCase, txInfo, validToken } from '../_shared/charging-session.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
import { masterPassGroupId, masterPassTokens } from './steps.master-pass.cs.js';

/** 'none': no UI (TC_C_49); 'all': select to stop all on the Master Pass screen (TC_C_47); 'evse1': select EVSE 1's only (TC_C_48). */
export type MasterPassSelection = 'none' | 'all' | 'evse1';

interface StopSession { evseId: number; token: { idToken: string; type: string }; plugged: boolean; parked: boolean; txId: string | undefined }

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** The TransactionEvents of this case about `txId` (the inbox is per case: nothing of an earlier case's transactions). */
const eventsOf = (ctx: Ctx, txId: string | undefined) => ctx.sut.receivedPayloads('TransactionEvent').filter((p) => txId !== undefined && txInfo(p).transactionId === txId);
const endedIn = (ctx: Ctx, txId: string | undefined) => eventsOf(ctx, txId).some((p) => p.eventType === 'Ended');

export async function masterPassStopCase(ctx: Ctx, selection: MasterPassSelection, requirement: string): Promise<void> {
  const { sut, operator, expect, ics } = ctx;
  const { masterPass, group } = masterPassTokens(ctx);
  const isMaster = (p: Payload) => (p.idToken as { idToken?: unknown } | undefined)?.idToken === masterPass.idToken;
  // 2 / 4. The OCTT answers the master pass Accepted with <Configured masterPassGroupId>; the drivers' idTokens Accepted.
  const answer = (p: Payload) => ({ idTokenInfo: { status: 'Accepted' as const, ...(isMaster(p) ? { groupIdToken: idTokenOf(group) } : {}) } });
  const txEvent = (describe: string, filter: (p: Payload) => boolean, req: string) =>
    later(sut.expectCall('TransactionEvent', { describe, filter, requirement: req, timeoutMs: ics.timeouts.messageMs * 2 }).then((c) => {
      if (!c.answered) c.respond(c.payload.idToken ? answer(c.payload) : {});
      return c.payload;
    }));
  // Before: EnergyTransferStarted for EVSE 1 with <Configured valid_idtoken> and, with more than one EVSE, EVSE 2 with
  // valid_idtoken2 (TC_C_48: "for all EVSE"; two configured drivers' idTokens, so at most two).
  const sessions: StopSession[] = ics.evses.slice(0, 2).map((e, i) => ({ evseId: e.id, token: i === 0 ? validToken(ctx) : idTokenFor(ctx, 'valid2'), plugged: false, parked: false, txId: undefined }));
  // The transactions the Master Pass stops: all of them, or (TC_C_48) the one on EVSE 1.
  const stopping = selection === 'evse1' ? sessions.slice(0, 1) : sessions;
  // Configuration State: AuthCtrlr.MasterPassGroupId is <Configured masterPassGroupId> (a refusal: INCONCLUSIVE naming it).
  await transactionCase(ctx, { configuration: [masterPassGroupId(group)] }, async () => {
    sut.autoAnswer('Authorize', (p) => answer(p));
    sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? answer(p) : {}));
    try {
      // Not graded: a cache entry an earlier case left is removed, so the station asks about the master pass (step 1).
      if (ics.features.includes('C-49')) await sut.callRaw('ClearCache', {});
      for (const x of sessions) {
        // (A transaction of an EVSE already charging is not this one's.)
        const charging = txEvent(`(charging on EVSE ${x.evseId})`, (p) => txInfo(p).chargingState === 'Charging' && !sessions.some((o) => o.txId === txInfo(p).transactionId), 'E02.FR.13');
        if (hasBayDetector(ctx)) {
          x.parked = true;
          await operator.do('driveIn', { evseId: x.evseId });
        }
        await operator.do('presentIdToken', { idToken: x.token.idToken, type: x.token.type, evseId: x.evseId });
        await operator.do('plugIn', { evseId: x.evseId, connectorId: 1 });
        x.plugged = true;
        x.txId = txInfo(await charging).transactionId as string;
      }
      // Manual Action: present the configured master pass (and, with a UI, select what to stop). 3-4. A TransactionEventRequest per stopped transaction.
      const stops = stopping.map((x) => txEvent(`(stopped by the Master Pass on EVSE ${x.evseId})`, (p) => txInfo(p).transactionId === x.txId && p.eventType === 'Ended', requirement));
      await operator.do('presentIdToken', { idToken: masterPass.idToken, type: masterPass.type });
      if (selection === 'all') await operator.do('selectMasterPassStop', {});
      if (selection === 'evse1') await operator.do('selectMasterPassStop', { evseId: stopping[0]!.evseId });
      for (const [i, x] of stopping.entries()) {
        const p = await stops[i];
        if (!p) continue;
        // Step 3: stoppedReason MasterPass; idToken omitted or the master pass.
        expect(txInfo(p).stoppedReason, `${requirement}: TransactionEventRequest (EVSE ${x.evseId}) transactionInfo.stoppedReason`).to.equal('MasterPass');
        const id = p.idToken as { idToken?: unknown; type?: unknown } | undefined;
        if (id) {
          expect(id.idToken, `${requirement}: TransactionEventRequest (EVSE ${x.evseId}) idToken.idToken`).to.equal(masterPass.idToken);
          expect(id.type, `${requirement}: TransactionEventRequest (EVSE ${x.evseId}) idToken.type`).to.equal(masterPass.type);
        }
      }
      // Tool validations step 1: an AuthorizationRequest with the master pass (answered by default as step 2 says; the
      // station stopped the transactions only after it, so it is in by now).
      const authorize = sut.receivedPayloads('Authorize').find(isMaster);
      expect(authorize, `${requirement}: an AuthorizeRequest for the master pass ${masterPass.idToken}`).to.not.equal(undefined);
      expect((authorize?.idToken as { type?: unknown } | undefined)?.type, `${requirement}: AuthorizeRequest idToken.type`).to.equal(masterPass.type);
      if (selection === 'evse1') await othersStillCharging(ctx, sessions.slice(1), stopping[0]!, requirement);
    } finally {
      // 5-7. EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied per EVSE (not graded); a transaction still
      // running (TC_C_48's other EVSE, or one a faulty station left) is stopped.
      await endSessions(ctx, sessions);
    }
  });
}

/**
 * TC_C_48: 5-7. EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied on EVSE 1 (the operator's actions), then
 * Post scenario validation "All other EVSE still transfer energy": the station says (GetTransactionStatus, E14) that
 * each other transaction is still ongoing, and none of its TransactionEvents in this case ended it or left Charging.
 * Asked for after the operator's EVSE 1 steps and answered in order with what the station sent before: an Ended a
 * station sent for every transaction together with EVSE 1's is in by then, at any operator pace.
 */
async function othersStillCharging(ctx: Ctx, others: StopSession[], first: StopSession, requirement: string): Promise<void> {
  const { sut, operator, expect } = ctx;
  await operator.do('unplug', { evseId: first.evseId, connectorId: 1 });
  first.plugged = false;
  if (first.parked) {
    await operator.do('driveOut', { evseId: first.evseId });
    first.parked = false;
  }
  for (const x of others) {
    // (A station that cannot answer GetTransactionStatus is judged on its TransactionEvents alone.)
    const status = await sut.callRaw('GetTransactionStatus', { transactionId: x.txId! });
    const ongoing = status.kind === 'result' ? status.payload.ongoingIndicator : undefined;
    const seen = eventsOf(ctx, x.txId);
    const ended = seen.find((p) => p.eventType === 'Ended');
    expect(ended === undefined, `${requirement}: post scenario, EVSE ${x.evseId} still transfers energy (the station ended its transaction ${x.txId}: stoppedReason ${String(ended ? txInfo(ended).stoppedReason : '')})`).to.equal(true);
    if (typeof ongoing === 'boolean') {
      expect(ongoing, `${requirement}: post scenario, EVSE ${x.evseId} still transfers energy (GetTransactionStatus ${x.txId} ongoingIndicator)`).to.equal(true);
    }
    const last = [...seen].reverse().find((p) => txInfo(p).chargingState !== undefined);
    const state = last ? txInfo(last).chargingState : 'Charging';
    expect(state, `${requirement}: post scenario, EVSE ${x.evseId} still transfers energy (its last chargingState)`).to.equal('Charging');
    ctx.log(`post scenario: EVSE ${x.evseId} still transfers energy (transaction ${x.txId} not ended, chargingState ${String(state)}, `
      + `GetTransactionStatus ongoingIndicator ${typeof ongoing === 'boolean' ? String(ongoing) : `not given (${status.kind})`})`);
  }
}

/** Cleanup (not graded): stop what still runs, unplug, drive out; then let the station's last messages come. */
async function endSessions(ctx: Ctx, sessions: StopSession[]): Promise<void> {
  const { sut, operator } = ctx;
  for (const x of sessions) {
    if (x.txId && !endedIn(ctx, x.txId)) {
      const ended = later(sut.expectCall('TransactionEvent', { describe: `(ended on EVSE ${x.evseId}, cleanup)`, filter: (p) => txInfo(p).transactionId === x.txId && p.eventType === 'Ended', optional: true })
        .then((c) => { if (!c.answered) c.respond({}); }));
      await sut.callRaw('RequestStopTransaction', { transactionId: x.txId }).catch(() => undefined);
      await ended.catch(() => undefined);
    }
    if (x.plugged) await operator.do('unplug', { evseId: x.evseId, connectorId: 1 }).catch(() => undefined);
    if (x.parked) await operator.do('driveOut', { evseId: x.evseId }).catch(() => undefined);
  }
  await sut.expectNoCall('TransactionEvent', 500, { filter: (p) => p.eventType !== 'Ended' }).catch(() => undefined);
}
