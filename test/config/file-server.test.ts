import { expect } from 'chai';
import { resolveConfig, validateConfigFile } from '../../src/config/config.js';
import { HarnessError } from '../../src/errors.js';

describe('config: fileServer', () => {
  it('defaults: every protocol on a free port of the listen host, user station, a random password', () => {
    const c = resolveConfig({ listen: { host: '10.0.0.5' } }, {}, {});
    expect(c.fileServer).to.include({ host: '10.0.0.5', advertisedHost: '10.0.0.5', username: 'station', httpAuth: false });
    expect(c.fileServer.ports).to.deep.equal({ http: 0, https: 0, ftp: 0 });
    expect(c.fileServer.password).to.match(/^[0-9a-f]{24}$/);
  });

  it('binding every interface advertises 127.0.0.1 unless advertisedHost is given; protocols and ports as set', () => {
    const file = validateConfigFile({ fileServer: { host: '0.0.0.0', ftpPort: 2121, protocols: ['ftp'], ftpPassivePortMin: 30000, ftpPassivePortMax: 30010 } }, 'x.yaml');
    const c = resolveConfig(file, {}, {});
    expect(c.fileServer.advertisedHost).to.equal('127.0.0.1');
    expect(c.fileServer.ports).to.deep.equal({ ftp: 2121 });
    expect(c.fileServer.ftpPassivePorts).to.deep.equal({ min: 30000, max: 30010 });
    expect(resolveConfig({ fileServer: { host: '0.0.0.0', advertisedHost: 'harness.lab' } }, {}, {}).fileServer.advertisedHost).to.equal('harness.lab');
  });

  it('OCPPH_FILESERVER_PASSWORD wins over the file', () => {
    expect(resolveConfig({ fileServer: { password: 'from-file' } }, { OCPPH_FILESERVER_PASSWORD: 'from-env' }, {}).fileServer.password).to.equal('from-env');
    expect(resolveConfig({ fileServer: { password: 'from-file' } }, {}, {}).fileServer.password).to.equal('from-file');
  });

  it('rejects an unknown field, an unknown protocol, half a passive range and an inverted one, naming the field', () => {
    expect(() => validateConfigFile({ fileServer: { port: 21 } }, 'x.yaml')).to.throw(/fileServer: .*'port'/);
    expect(() => validateConfigFile({ fileServer: { protocols: ['sftp'] } }, 'x.yaml')).to.throw(/fileServer.protocols.0/);
    expect(() => validateConfigFile({ fileServer: { ftpPassivePortMin: 3 } }, 'x.yaml')).to.throw(/ftpPassivePortMax/);
    expect(() => resolveConfig({ fileServer: { ftpPassivePortMin: 40, ftpPassivePortMax: 30 } }, {}, {})).to.throw(HarnessError, /ftpPassivePortMin/);
  });
});
