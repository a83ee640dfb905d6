import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { readConfigFile, resolveConfig, maskSecrets, validateConfigFile } from '../../src/config/config.js';
import { isHarnessError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url));

describe('config', () => {
  for (const name of ['charger-under-test.yaml', 'csms-under-test.yaml']) {
    it(`fixtures/${name} is valid against the published schema`, async () => {
      const file = await readConfigFile(fixture(name));
      const config = resolveConfig(file, {}, {});
      expect(config.ics.profiles).to.include('Core');
    });
  }

  it('precedence: flags > environment > file > defaults', () => {
    const file = validateConfigFile({ ocpp: '1.6', sut: 'csms', csmsUrl: 'ws://file.test/ocpp', password: 'from-file', ics: { securityProfile: 1 } }, 'inline');
    const fromFile = resolveConfig(file, {}, {});
    expect([fromFile.version, fromFile.sut, fromFile.csmsUrl, fromFile.password, fromFile.ics.securityProfile]).to.deep.equal(['1.6', 'CSMS', 'ws://file.test/ocpp', 'from-file', 1]);
    const fromEnv = resolveConfig(file, { OCPPH_CSMS_URL: 'ws://env.test/ocpp', OCPPH_PASSWORD: 'from-env' }, {});
    expect([fromEnv.csmsUrl, fromEnv.password]).to.deep.equal(['ws://env.test/ocpp', 'from-env']);
    const fromFlags = resolveConfig(file, { OCPPH_CSMS_URL: 'ws://env.test/ocpp' }, { csmsUrl: 'ws://flag.test/ocpp', version: '2.0.1', securityProfile: 2 });
    expect([fromFlags.csmsUrl, fromFlags.version, fromFlags.ics.securityProfile]).to.deep.equal(['ws://flag.test/ocpp', '2.0.1', 2]);
    const defaults = resolveConfig({}, {}, {});
    expect([defaults.version, defaults.sut, defaults.ics.securityProfile, defaults.ics.timeouts.maxTimeDeviationMs]).to.deep.equal(['2.0.1', 'CS', 0, 4000]);
  });

  it('names the offending field of an invalid config', () => {
    try {
      validateConfigFile({ ics: { evses: [{ id: 0, connectors: 1 }] }, bogus: true }, 'x.yaml');
      expect.fail('should have thrown');
    } catch (err) {
      expect(isHarnessError(err, 'OCPPH_ERR_CONFIG')).to.equal(true);
      expect((err as Error).message).to.match(/ics\.evses\.0\.id/).and.match(/bogus/);
    }
  });

  it('masks secrets wherever the config is printed', () => {
    const masked = maskSecrets({ password: 'hunter2', nested: { basicAuthPassword: 'p', key: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----' }, idTokens: { valid: { idToken: 'VALID' } } });
    expect(JSON.stringify(masked)).to.not.match(/hunter2|BEGIN PRIVATE KEY/);
    expect(masked).to.deep.nested.include({ 'idTokens.valid.idToken': 'VALID' });
  });

  it('`config check` prints the effective config with the password masked; `config schema` prints the schema', async () => {
    const res = await runCli(['config', 'check', fixture('charger-under-test.yaml')], { env: { OCPPH_PASSWORD: 'sekrit-pass' } });
    expect(res.code, res.stderr).to.equal(0);
    expect(res.stdout).to.include('"password": "********"').and.not.include('sekrit-pass');
    const schema = await runCli(['config', 'schema']);
    expect(JSON.parse(schema.stdout)).to.have.property('title', 'ocpp-harness configuration');
  });
});
