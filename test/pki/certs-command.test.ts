import path from 'node:path';
import { expect } from 'chai';
import { Command } from 'commander';
import { registerCertsCommand, runCertsInit } from '../../src/cli/commands/certs.js';
import { PKI_ROLES, type PkiManifest } from '../../src/pki/roles.js';
import { tempDir } from './openssl.js';

function sink(): { out: { write(s: string): boolean }; text(): string } {
  let buf = '';
  return { out: { write: (s: string) => ((buf += s), true) }, text: () => buf };
}

/** Runs `fn` with process.stdout captured (the registered command prints there). */
async function captureStdout(fn: () => Promise<unknown>): Promise<string> {
  const original = process.stdout.write.bind(process.stdout);
  let buf = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((buf += String(chunk)), true)) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = original;
  }
  return buf;
}

describe('cli: certs init', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-pki-cli-');
  let dir: string;
  before(() => {
    dir = path.join(tmp.dir, 'certs');
  });
  after(() => tmp.remove());

  it('writes the PKI and prints a table of every role, then keeps it on a second run', async () => {
    const first = sink();
    await runCertsInit({ out: dir }, first.out);
    expect(first.text()).to.contain('wrote a test PKI into').and.to.contain('0600');
    for (const role of PKI_ROLES) expect(first.text()).to.match(new RegExp(`^${role} +${role}\\.cert\\.pem +(RSA 2048|RSA 1024|EC P-256) +\\d{4}-\\d\\d-\\d\\d `, 'm'));
    expect(first.text()).to.match(/^station .* CN=CS001,O=Test CSO$/m);

    const second = sink();
    await runCertsInit({ out: dir, stationId: 'CS002' }, second.out);
    expect(second.text()).to.contain('kept the existing test PKI').and.to.contain('station CS001').and.to.contain('--force');
    expect(second.text()).to.contain('note: --station-id "CS002" differs from the existing "CS001"');
    expect(second.text()).to.not.contain('--org');
  });

  it('is registered on a commander program with its flags', async () => {
    const program = new Command().exitOverride();
    registerCertsCommand(program);
    const printed = await captureStdout(() => program.parseAsync(
      ['certs', 'init', '--out', dir, '--force', '--json', '--csms-host', 'csms.test', '--station-id', 'CS777', '--org', 'Other CSO'], { from: 'user' }));
    const manifest = JSON.parse(printed) as PkiManifest;
    expect(manifest.map((e) => e.role)).to.deep.equal([...PKI_ROLES]);
    expect(manifest.find((e) => e.role === 'station')?.subject).to.equal('CN=CS777,O=Other CSO');
    expect(manifest.find((e) => e.role === 'csms-server-rsa')?.subject).to.equal('CN=csms.test,O=Other CSO');
    const help = program.commands.find((c) => c.name() === 'certs')?.commands.find((c) => c.name() === 'init')?.helpInformation() ?? '';
    for (const flag of ['--out', '--csms-host', '--station-id', '--org', '--force']) expect(help).to.contain(flag);
  });
});
