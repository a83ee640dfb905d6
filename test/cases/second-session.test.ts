/**
 * The shared charging session with a second transaction on another EVSE (testcases/ocpp201/_shared/charging-session.cs.ts:
 * secondSession / onSession, used by TC_L_12/14_CS). The first transaction's messages that come while the second
 * session's steps run (its periodic meter values here: TxUpdatedInterval 1 s) are followed by the first session, not
 * taken as the second's (which would break E01.FR.07/08), and the cleanup ends both transactions.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import type { CaseResult } from '../../src/engine/model.js';
import { runAgainstReference } from '../../src/session/reference.js';

const explain = (r: CaseResult | undefined) => `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}\n${(r?.steps ?? []).slice(-8).map((s) => `  ${s.outcome} ${s.text}`).join('\n')}`;
const dist = (rel: string) => new URL(`../../testcases/${rel}`, import.meta.url).href;

/** A case of this test only (a fixture catalogue): two transactions at once, the first one's meter values arriving meanwhile. */
const CASE = `
import { defineTestCase } from '${dist('kit.js')}';
import { onSession, secondSession, transactionCase, txSession } from '${dist('ocpp201/_shared/charging-session.cs.js')}';
import { energyTransferStarted, evDisconnected, parkingBayUnoccupied } from '${dist('ocpp201/_shared/transaction-states.cs.js')}';
export const TC_X_01_CS = defineTestCase({
  id: 'TC_X_01_CS', title: 'two sessions at once', version: '2.0.1', sut: 'CS', profiles: ['Core'], covers: ['E01'], catches: ['firmware-waits-for-first-transaction-only'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [{ component: 'SampledDataCtrlr', variable: 'TxUpdatedInterval', value: '1' }] }, async () => {
      await energyTransferStarted(ctx);
      const first = txSession(ctx);
      const second = secondSession(ctx, 2);
      await onSession(ctx, second, () => energyTransferStarted(ctx));
      await ctx.specifiedWait(2_500, 'meter values of both transactions come meanwhile');
      const followed = first.nextSeqNo;
      await onSession(ctx, second, async () => { await evDisconnected(ctx); await parkingBayUnoccupied(ctx); });
      ctx.expect(first.nextSeqNo, 'the first transaction followed during the second session steps').to.be.greaterThan(followed);
      ctx.expect(second.ended, 'the second transaction ended').to.equal(true);
      ctx.expect(first.ended, 'the first transaction still runs').to.equal(false);
    });
  },
});
`;

describe('2.0.1 charging session: a second transaction on another EVSE', function () {
  this.timeout(120_000);
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-second-session-'));
    await writeFile(path.join(dir, 'TC_X_01_CS.js'), CASE);
  });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  it('follows each transaction by its own session and the cleanup ends the one left running', async () => {
    const cases = await runAgainstReference({
      version: '2.0.1', sut: 'CS', ids: ['TC_X_01_CS'], catalogueDir: dir, operatorPace: false,
      ics: { evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] },
    });
    const r = cases.find((c) => c.id === 'TC_X_01_CS');
    expect(r?.verdict, explain(r)).to.equal('PASS');
    // The first transaction, left running by the case, was stopped by the cleanup (ungraded).
    expect((r?.steps ?? []).some((s) => /RequestStopTransaction/.test(s.text)), explain(r)).to.equal(true);
  });
});
