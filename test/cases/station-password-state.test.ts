/**
 * Issue 12 §4c: TC_A_09_CSMS changes the station's password in the CSMS for good. A real run records the
 * new password in the state file next to the config, never in clear in the report; the next run reads
 * it back and connects with it.
 */
import { expect } from 'chai';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig, type ConfigFile } from '../../src/config/config.js';
import { STATE_FILE_NAME, saveStationPassword, savedStationPassword } from '../../src/config/state.js';
import { ensurePki } from '../../src/pki/store.js';
import { REFERENCE_CERTS_DIR } from '../../src/session/reference.js';
import { SimulatorOperator } from '../../src/session/operators.js';
import { runSession } from '../../src/session/session.js';
import { startReferenceSut } from '../../src/session/simulators.js';
import type { CaseResult } from '../../src/engine/model.js';

const explain = (r: CaseResult | undefined) => `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}\n${(r?.steps ?? []).slice(-6).map((s) => `    ${s.outcome} ${s.text}`).join('\n')}`;

describe('station password state file (TC_A_09_CSMS, issue 12 §4c)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-state-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('resolveConfig reads a saved password back for that CSMS and station only; a broken file is a config error', async () => {
    const file: ConfigFile = { sut: 'csms', csmsUrl: 'ws://127.0.0.1:9/ocpp', password: 'configured', ics: { station: { id: 'CS9' } } };
    expect(resolveConfig(file, {}, {}, dir).password).to.equal('configured');
    const stateFile = path.join(dir, STATE_FILE_NAME);
    saveStationPassword(stateFile, 'ws://127.0.0.1:9/ocpp', 'CS9', 'changed-by-csms', 'TC_A_09_CSMS');
    expect((await stat(stateFile)).mode & 0o077, 'owner only').to.equal(0);
    const config = resolveConfig(file, { OCPPH_PASSWORD: 'from-env' }, {}, dir);
    expect(config).to.include({ password: 'changed-by-csms', passwordFromStateFile: true, stateFile });
    expect(resolveConfig({ ...file, ics: { station: { id: 'OTHER' } } }, {}, {}, dir).password).to.equal('configured');
    expect(resolveConfig({ ...file, csmsUrl: 'ws://127.0.0.1:10/ocpp' }, {}, {}, dir).password).to.equal('configured');
    expect(resolveConfig({ ...file, sut: 'cs' }, {}, {}, dir).password).to.equal('configured');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(stateFile, '{ nope');
    expect(() => resolveConfig(file, {}, {}, dir)).to.throw(/ocpp-harness\.state\.json/);
  });

  it('a run against a CSMS records the new password (not in the report); the next run connects with it', async () => {
    await ensurePki(REFERENCE_CERTS_DIR);
    const base = (csmsUrl: string): ConfigFile => ({
      sut: 'csms', ocpp: '2.0.1', csmsUrl, password: 'first-password-0001', certs: REFERENCE_CERTS_DIR,
      ics: { securityProfile: 1, timeouts: { messageMs: 2_000, bootMs: 10_000 } },
      operator: { interactive: false }, timeouts: { caseMs: 30_000, holdMs: 1_000, reconnectDelayMs: 100 },
    });
    const first = resolveConfig(base('ws://127.0.0.1:1/ocpp'), {}, {}, dir);
    const sim = await startReferenceSut('CSMS', { config: first, faults: [], pki: () => ensurePki(REFERENCE_CERTS_DIR), password: 'first-password-0001' });
    try {
      const run = async (id: string, file: ConfigFile = base(sim.endpoint!)) => {
        const config = resolveConfig(file, {}, {}, dir);
        const outcome = await runSession({ config, selection: { ids: [id] }, emit: () => undefined, operator: new SimulatorOperator(sim.target) });
        return { config, result: outcome.cases.find((c) => c.id === id) };
      };
      const changed = await run('TC_A_09_CSMS');
      expect(changed.result?.verdict, explain(changed.result)).to.equal('PASS');
      const stateFile = path.join(dir, STATE_FILE_NAME);
      const saved = savedStationPassword(stateFile, sim.endpoint, first.ics.station.id);
      expect(saved).to.be.a('string').and.not.equal('first-password-0001');
      const steps = JSON.stringify(changed.result?.steps ?? []);
      expect(steps).to.contain(stateFile);
      expect(steps, 'the steps never show the password').not.to.contain(saved!);
      expect(JSON.stringify(changed.result), 'nor do the frames or anything else in the result').not.to.contain(saved!);
      // Without the state file the old password no longer gets in (what the file is for).
      const stale = await run('TC_B_01_CSMS', { ...base(sim.endpoint!), stateFile: 'elsewhere.json' });
      expect(stale.result?.verdict, explain(stale.result)).not.to.equal('PASS');
      // The next run: the CSMS now holds the new password, and the config resolves to it.
      const next = await run('TC_B_01_CSMS');
      expect(next.config.passwordFromStateFile).to.equal(true);
      expect(next.result?.verdict, explain(next.result)).to.equal('PASS');
      expect(JSON.parse(await readFile(stateFile, 'utf8'))).to.have.nested.property('version', 1);
    } finally {
      await sim.stop();
    }
  });
});
