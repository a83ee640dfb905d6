import { expect } from 'chai';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig, validateConfigFile } from '../../src/config/config.js';
import { resolveConfigured } from '../../src/config/configured.js';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { CONFIGURED_NAMES } from '../../src/domain/configured-values.js';
import { isHarnessError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import type { CaseTools } from '../../testcases/kit.js';
import { fixedDefault as fixedDefault16 } from '../../testcases/ocpp16/_shared/configured.js';
import { configured as configured201, configuredText } from '../../testcases/ocpp201/_shared/configured.js';

const TESTCASES = fileURLToPath(new URL('../../../testcases', import.meta.url));

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return Promise.all(entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')));
}

/** Runs one case against the reference simulator with `yaml` as the config; returns its result. */
async function runOneCase(yaml: string, caseId: string): Promise<{ verdict: string; reason?: string } | undefined> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-configured-'));
  const cfg = path.join(dir, 'c.yaml');
  await writeFile(cfg, yaml);
  await runCli(['run', '--config', cfg, '--sim', '--case', caseId, '--out', path.join(dir, 'o'), '--json', '--no-html']);
  return (JSON.parse(await readFile(path.join(dir, 'o', 'results.json'), 'utf8')) as { cases: Array<{ verdict: string; reason?: string }> }).cases[0];
}

describe('configured values (issue 12 section 2)', () => {
  it('the config schema has one documented field per value of the table, and nothing else', () => {
    const section = (CONFIG_SCHEMA.properties as unknown as Record<string, { properties: Record<string, { description: string }>; additionalProperties: boolean }>).configured!;
    expect(Object.keys(section.properties)).to.deep.equal(CONFIGURED_NAMES);
    expect(section.additionalProperties).to.equal(false);
    for (const [name, field] of Object.entries(section.properties)) expect(field.description, name).to.match(/Unit: (s|ms|count|text); (default|default:) /);
  });

  it('every name a case or case helper reads is in the table', async () => {
    const used = new Set((await sources(TESTCASES)).flatMap((text) => [...text.matchAll(/configured(?:Ms|Text)?\(ctx, '([A-Za-z0-9]+)'/g)].map((m) => m[1])));
    expect(used.size).to.be.above(8);
    expect([...used].filter((n) => !(CONFIGURED_NAMES as string[]).includes(n!))).to.deep.equal([]);
  });

  it('a misspelt name is a config error naming the field', () => {
    let err: unknown;
    try {
      validateConfigFile({ configured: { bootRetryIntervall: 5 } }, 'inline');
    } catch (e) {
      err = e;
    }
    expect(isHarnessError(err) && err.code).to.equal('OCPPH_ERR_CONFIG');
    expect((err as Error).message).to.contain('configured').and.contain("'bootRetryIntervall'");
    expect(() => validateConfigFile({ configured: { offlineThreshold: -1 } }, 'inline')).to.throw(/configured\.offlineThreshold/);
  });

  it('text values: a string field, held to its enumeration where it has one, with a default per role', () => {
    const section = (CONFIG_SCHEMA.properties as unknown as Record<string, { properties: Record<string, { type: string; enum?: string[] }> }>).configured!;
    expect(section.properties.chargingLimitSource).to.include({ type: 'string' }).and.have.property('enum').that.includes('CSO');
    expect(section.properties.displayMessageContent).to.include({ type: 'string' }).and.not.have.property('enum');
    expect(() => validateConfigFile({ configured: { chargingLimitSource: 'Grid' } }, 'inline')).to.throw(/configured\.chargingLimitSource/);
    expect(() => validateConfigFile({ configured: { displayMessageContent: 5 } }, 'inline')).to.throw(/configured\.displayMessageContent/);
    const cs = resolveConfig(validateConfigFile({ configured: { displayMessageContent: 'Hallo' } }, 'inline'), {}, {});
    expect(cs.configured).to.include({ displayMessageContent: 'Hallo', chargingLimitSource: 'CSO', chargingProfilePurpose: 'TxDefaultProfile' });
    // A derived text value stays unset until given: the case derives it (from the ICS).
    expect(cs.configured).not.to.have.property('displayMessagePriority');
    const csms = resolveConfig(validateConfigFile({ sut: 'csms' }, 'inline'), {}, {});
    expect(csms.configured).to.include({ chargingLimitSource: 'EMS' });
  });

  it('a text value from the file reaches what the case sends (2.0.1 <Configured content>)', async function () {
    this.timeout(60_000);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-configured-'));
    const cfg = path.join(dir, 'c.yaml');
    await writeFile(cfg, "ocpp: '2.0.1'\nsut: cs\nconfigured:\n  displayMessageContent: 'Bitte Kabel einstecken'\n");
    const res = await runCli(['run', '--config', cfg, '--sim', '--case', 'TC_O_01_CS', '--out', path.join(dir, 'o'), '--json', '--no-html']);
    expect(res.code, res.stderr).to.equal(0);
    const journal = await readFile(path.join(dir, 'o', 'journal.jsonl'), 'utf8');
    const sent = journal.split('\n').filter((l) => l.includes('"SetDisplayMessage"'));
    expect(sent.join('\n')).to.contain('Bitte Kabel einstecken');
  });

  it('resolves given values over the defaults of the role under test (derived ones only when given)', () => {
    const cs = resolveConfig(validateConfigFile({ configured: { transactionDurationMs: 60_000 } }, 'inline'), {}, {});
    expect(cs.configured).to.include({ transactionDurationMs: 60_000, evConnectionTimeoutMs: 60_000, offlineThreshold: 300 });
    expect(cs.configured).not.to.have.property('connectionTimeOut');
    const csms = resolveConfig(validateConfigFile({ sut: 'csms', configured: { connectionTimeOut: 30 } }, 'inline'), {}, {});
    expect(csms.configured).to.include({ transactionDurationMs: 500, evConnectionTimeoutMs: 500, connectionTimeOut: 30 });
  });

  it('the cases\' helpers fall back on the config\'s default for the role under test (one configuredDefault)', () => {
    const expected = { CS: { ms: 300, source: 'CSO' }, CSMS: { ms: 500, source: 'EMS' } } as const;
    for (const sut of ['CS', 'CSMS'] as const) {
      const ctx = { settings: {}, ics: { sut } } as unknown as CaseTools;
      const resolved = resolveConfigured(undefined, sut);
      expect(configured201(ctx, 'transactionDurationMs'), sut).to.equal(expected[sut].ms).and.equal(resolved.transactionDurationMs);
      expect(configuredText(ctx, 'chargingLimitSource'), sut).to.equal(expected[sut].source).and.equal(resolved.chargingLimitSource);
      expect(fixedDefault16(ctx, 'transactionDurationMs'), sut).to.equal(expected[sut].ms);
      // A derived value has no fixed default: the number helpers read 0, the text helper derives it.
      expect(fixedDefault16(ctx, 'connectionTimeOut'), sut).to.equal(0);
      expect(configuredText(ctx, 'displayMessagePriority', () => 'NormalCycle'), sut).to.equal('NormalCycle');
    }
  });

  it('a run hands the file\'s value to the case and prints it in the effective configuration', async function () {
    this.timeout(60_000);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-configured-'));
    const cfg = path.join(dir, 'c.yaml');
    await writeFile(cfg, "ocpp: '1.6'\nsut: cs\nconfigured:\n  connectionTimeOut: 3\n");
    const res = await runCli(['run', '--config', cfg, '--sim', '--case', 'TC_004_2_CS', '--out', path.join(dir, 'o'), '--json', '--no-html']);
    expect(res.code, res.stderr).to.equal(0);
    const results = await readFile(path.join(dir, 'o', 'results.json'), 'utf8');
    expect(results).to.contain('configured connectionTimeOut = 3');
    const begin = JSON.parse((await readFile(path.join(dir, 'o', 'journal.jsonl'), 'utf8')).split('\n')[0]!) as { type: string; config: { configured: Record<string, number> } };
    expect(begin.type).to.equal('runBegin');
    expect(begin.config.configured).to.include({ connectionTimeOut: 3, transactionDurationMs: 300 });
  });

  it('a charge point that refuses a configured value it may refuse leaves the case INCONCLUSIVE naming the value (1.6 5.3)', async function () {
    this.timeout(60_000);
    // ConnectionTimeOut is an integer: the reference Charge Point answers Rejected to 2.5.
    const c = await runOneCase("ocpp: '1.6'\nsut: cs\nconfigured:\n  connectionTimeOut: 2.5\n", 'TC_004_2_CS');
    expect(c?.verdict).to.equal('INCONCLUSIVE');
    expect(c?.reason).to.contain('ConnectionTimeOut=2.5').and.contain('configured.connectionTimeOut');
  });

  it('2.0.1: a station that Rejects a configured value of a Configuration State leaves the case INCONCLUSIVE naming it', async function () {
    this.timeout(60_000);
    // RetryBackOffWaitMinimum is an integer: the reference station answers Rejected to 1.5.
    const c = await runOneCase("ocpp: '2.0.1'\nsut: cs\nconfigured:\n  retryBackOffWaitMinimum: 1.5\n", 'TC_B_49_CS');
    expect(c?.verdict).to.equal('INCONCLUSIVE');
    expect(c?.reason).to.contain('RetryBackOffWaitMinimum = 1.5').and.contain('configured.retryBackOffWaitMinimum');
  });
});
