/**
 * TC_C_47/49_CS (C16): transactions on EVSE 1 and (with more than one EVSE) EVSE 2 are all stopped by a Master Pass
 * (a station without a UI, or the user's choice on the Master Pass screen).
 */
import { idTokenFor, type CaseContext, type Payload } from '../../kit.js';
import { hasBayDetector, later, transactionCase, txInfo, validToken } from '../_shared/charging-session.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
import { masterPassGroupId, masterPassTokens } from './steps.master-pass.cs.js';

/** 'none': no UI (TC_C_49); 'all': select to stop all on the Master Pass screen (TC_C_47). */
export type MasterPassSelection = 'none' | 'all';

export async function masterPassStopCase(ctx: CaseContext<'2.0.1', 'CS'>, selection: MasterPassSelection, requirement: string): Promise<void> {
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
  // Before: EnergyTransferStarted for EVSE 1 with <Configured valid_idtoken> and, with more than one EVSE, EVSE 2 with valid_idtoken2.
  const sessions = ics.evses.slice(0, 2).map((e, i) => ({ evseId: e.id, token: i === 0 ? validToken(ctx) : idTokenFor(ctx, 'valid2'), plugged: false, parked: false, txId: undefined as string | undefined, ended: false }));
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
      const stops = sessions.map((x) => txEvent(`(stopped by the Master Pass on EVSE ${x.evseId})`, (p) => txInfo(p).transactionId === x.txId && p.eventType === 'Ended', requirement));
      await operator.do('presentIdToken', { idToken: masterPass.idToken, type: masterPass.type });
      if (selection === 'all') await operator.do('selectMasterPassStop', {});
      for (const [i, x] of sessions.entries()) {
        const p = await stops[i];
        if (!p) continue;
        x.ended = true;
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
    } finally {
      // 5-7. EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied per EVSE (not graded); a transaction still
      // running (left by a faulty station) is stopped.
      for (const x of sessions) {
        if (x.txId && !x.ended) await sut.callRaw('RequestStopTransaction', { transactionId: x.txId }).catch(() => undefined);
        if (x.plugged) await operator.do('unplug', { evseId: x.evseId, connectorId: 1 }).catch(() => undefined);
        if (x.parked) await operator.do('driveOut', { evseId: x.evseId }).catch(() => undefined);
      }
      await sut.expectNoCall('TransactionEvent', 500, { filter: (p) => p.eventType !== 'Ended' }).catch(() => undefined);
    }
  });
}
