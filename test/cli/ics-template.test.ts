import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { OcppVersion, SutRole } from '../../src/engine/model.js';
import { referenceIcs } from '../../src/session/reference.js';
import { unknownClaims } from '../../src/config/ics-features.js';
import { runCli } from '../helpers/cli.js';

/** Fills a template as a manufacturer would: uncomment each profile and feature claimed. */
function fill(template: string, claims: { profiles?: string[]; features?: string[] }): string {
  const claimed = new Set([...(claims.profiles ?? []), ...(claims.features ?? [])].map((c) => c.toLowerCase()));
  return template.split('\n').map((line) => {
    const m = /^(\s*)# - ([^#]+?)\s*(#.*)?$/.exec(line);
    return m && claimed.has(m[2]!.toLowerCase()) ? `${m[1]}- ${m[2]}` : line;
  }).join('\n');
}

describe('ics template and config check', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-ics-')); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  for (const [version, sut] of [['2.0.1', 'CS'], ['2.0.1', 'CSMS'], ['1.6', 'CS'], ['2.1', 'CS']] as Array<[OcppVersion, SutRole]>) {
    it(`OCPP ${version} ${sut}: filled with the reference simulator's claims, the template passes config check`, async () => {
      const res = await runCli(['ics', 'template', '--ocpp', version, '--sut', sut.toLowerCase()]);
      expect(res.code, res.stderr).to.equal(0);
      const claims = referenceIcs(version, sut);
      const filled = fill(res.stdout, claims);
      const parsed = parse(filled) as { ics: { profiles: string[]; features: string[] | null } };
      // Every Part 5 claim of the reference simulator is a line of the template.
      const part5 = (claims.features ?? []).filter((f) => /^[A-Z]{1,3}-\d/.test(f));
      expect(parsed.ics.features ?? []).to.have.members(part5);
      expect(parsed.ics.profiles).to.have.members(claims.profiles ?? []);
      const file = path.join(dir, `ics-${version}-${sut}.yaml`);
      await writeFile(file, filled);
      const check = await runCli(['config', 'check', file]);
      expect(check.code, check.stderr).to.equal(0);
    });
  }

  it('gives a one-line meaning for each 2.0.1 feature', async () => {
    const res = await runCli(['ics', 'template', '--ocpp', '2.0.1', '--sut', 'cs']);
    expect(res.stdout).to.match(/# - C-13 +# Support for Reset per EVSE/);
    expect(res.stdout).to.match(/# - HFS-1 +# Charging Station has a detachable cable/);
    expect(res.stdout).to.match(/# - AQ-10 +# /);
  });

  it('lists the harness\'s own claims of the version and role (no Part 5 id), each with its meaning', async () => {
    const v16 = await runCli(['ics', 'template', '--ocpp', '1.6', '--sut', 'cs']);
    expect(v16.stdout).to.match(/# - FixedCable +# the cable is permanently attached/).and.match(/# - StopTxBeforePowerDown +# /);
    const v201 = await runCli(['ics', 'template', '--ocpp', '2.0.1', '--sut', 'cs']);
    expect(v201.stdout).to.match(/# - LacksDisplayMessageState +# /).and.not.contain('FixedCable');
    expect((await runCli(['ics', 'template', '--ocpp', '2.0.1', '--sut', 'csms'])).stdout).not.to.contain('LacksDisplayMessageState');
  });

  it('config check names unknown feature ids and profiles', async () => {
    const file = path.join(dir, 'bad.yaml');
    await writeFile(file, 'ocpp: "2.0.1"\nsut: cs\nics:\n  profiles: [Core, Smart Chargin]\n  features: [C-30, C-300, AQ-16, FixedCable]\n');
    const check = await runCli(['config', 'check', file]);
    expect(check.code).to.equal(2);
    expect(check.stderr).to.contain('OCPPH_ERR_CONFIG').and.contain('Smart Chargin').and.contain('C-300').and.contain('AQ-16');
    expect(check.stderr).not.to.contain('FixedCable');
    expect(unknownClaims('2.0.1', 'CSMS', { features: ['AQ-16'] }).features).to.deep.equal([]);
  });
});
