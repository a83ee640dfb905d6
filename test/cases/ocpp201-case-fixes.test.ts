/**
 * 2.0.1 case fixes of issue 12 that the conformance matrix alone does not show: a case order, and an
 * operator slower than the station (each failed before its fix).
 */
import { expect } from 'chai';
import net from 'node:net';
import { resolveConfig } from '../../src/config/config.js';
import type { CaseResult } from '../../src/engine/model.js';
import type { Operator, OperatorRequest, OperatorResult } from '../../src/domain/operator-actions.js';
import { REFERENCE_CERTS_DIR, referenceIcs, runAgainstReference } from '../../src/session/reference.js';
import { runSession } from '../../src/session/session.js';
import { startReferenceSut } from '../../src/session/simulators.js';
import { SimulatorOperator } from '../../src/session/operators.js';
import { ensurePki } from '../../src/pki/store.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Performs the simulator's actions, each `plugIn` only after `delayMs` (a person walking to the EV). */
class SlowPlugOperator implements Operator {
  readonly name = 'slow operator';
  constructor(private readonly inner: Operator, private readonly delayMs: number) {}
  handles(action: string): boolean { return this.inner.handles(action); }
  async perform(request: OperatorRequest): Promise<OperatorResult> {
    if (request.action === 'plugIn') await new Promise((r) => setTimeout(r, this.delayMs));
    return this.inner.perform(request);
  }
}

const explain = (r: CaseResult | undefined) => `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}\n${(r?.steps ?? []).slice(-8).map((s) => `    ${s.outcome} ${s.text}`).join('\n')}`;

describe('2.0.1 case fixes (issue 12)', function () {
  this.timeout(120_000);

  it('TC_B_01_CS after TC_A_19_CS (security profile 1): the InvalidCsmsCertificate event queued by the downgrade attempt is not taken for the boot\'s', async () => {
    const results = await runAgainstReference({ version: '2.0.1', sut: 'CS', securityProfile: 1, ids: ['TC_A_19_CS', 'TC_B_01_CS'] });
    for (const id of ['TC_A_19_CS', 'TC_B_01_CS']) {
      const r = results.find((c) => c.id === id);
      expect(r?.verdict, `${id}: ${explain(r)}`).to.equal('PASS');
    }
  });

  /** A case against an in-process reference station, its plug-in performed `delayMs` late by the operator. */
  async function withSlowPlug(id: string, faults: string[], delayMs: number): Promise<CaseResult | undefined> {
    await ensurePki(REFERENCE_CERTS_DIR);
    const port = await freePort();
    const config = resolveConfig(
      { ics: referenceIcs('2.0.1', 'CS'), operator: { interactive: false }, timeouts: { caseMs: 60_000, holdMs: 1_000 }, listen: { host: '127.0.0.1', port } },
      {}, { version: '2.0.1', sut: 'cs', certs: REFERENCE_CERTS_DIR },
    );
    const sim = await startReferenceSut('CS', { config, endpoint: `ws://127.0.0.1:${port}/ocpp`, faults, pki: () => ensurePki(REFERENCE_CERTS_DIR) });
    try {
      const operator = new SlowPlugOperator(new SimulatorOperator(sim.target), delayMs);
      const outcome = await runSession({ config, selection: { ids: [id] }, emit: () => undefined, operator });
      return outcome.cases.find((c) => c.id === id);
    } finally {
      await sim.stop();
    }
  }

  // RetryBackOffWaitMinimum is 1 s in TC_B_52: a plug-in 2.5 s after the close comes after the station is back.
  const b52WithSlowOperator = (faults: string[]) => withSlowPlug('TC_B_52_CS', faults, 2_500);

  it('TC_B_52_CS refuses reconnects until the EV is connected: a slow operator still PASSes a conformant station', async () => {
    const r = await b52WithSlowOperator([]);
    expect(r?.verdict, explain(r)).to.equal('PASS');
  });

  it('TC_B_52_CS refuses reconnects until the EV is connected: with a slow operator a station that reports nothing after the outage still FAILs', async () => {
    // Before the fix the station was back online before the plug-in and reported it live: PASS.
    const r = await b52WithSlowOperator(['no-status-after-reconnect']);
    expect(r?.verdict, explain(r)).to.equal('FAIL');
  });

  it('TC_E_29_CS: periodic meter values sent while the operator connects the EV (answered by default) are neither the first message after the plug-in nor a seqNo gap', async () => {
    // Before the fix: FAIL "the first TransactionEventRequest after the EV connected has evse.connectorId", or a seqNo gap.
    const r = await withSlowPlug('TC_E_29_CS', [], 3_000);
    expect(r?.verdict, explain(r)).to.equal('PASS');
  });
});
