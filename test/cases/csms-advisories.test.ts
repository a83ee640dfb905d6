import { expect } from 'chai';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';

interface CaseResult { id: string; verdict: string; advisories?: Array<{ text: string; requirement?: string }> }

/**
 * Checks beyond the official tool validations are advisories (issue 12 section 2): OCTT 1.6 Table 117
 * validates only the status of BootNotification.conf, so a Central System whose Heartbeat time is far
 * off, or whose interval is 0, PASSes TC_001_CSMS with advisories naming both.
 */
describe('CSMS checks beyond the official validations are advisories', () => {
  it('TC_001_CSMS: a Heartbeat.conf currentTime far off and an interval 0 give PASS with two advisories', async function () {
    this.timeout(60_000);
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'ocpph-advise-')), 'o');
    const res = await runCli(['run', '--ocpp', '1.6', '--sut', 'csms', '--sim', '--sim-fault', 'heartbeat-wrong-time', '--sim-fault', 'boot-no-interval',
      '--case', 'TC_001_CSMS', '--out', out, '--json', '--no-html']);
    const [c] = (JSON.parse(await readFile(path.join(out, 'results.json'), 'utf8')) as { cases: CaseResult[] }).cases;
    expect(c?.verdict, res.stderr).to.equal('PASS');
    const texts = (c?.advisories ?? []).map((a) => a.text);
    expect(texts.some((t) => /Heartbeat\.conf currentTime .* ms from ours/.test(t)), texts.join('; ')).to.equal(true);
    expect(texts.some((t) => /interval 0 is not a heartbeat interval/.test(t)), texts.join('; ')).to.equal(true);
  });
});
