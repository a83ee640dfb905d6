/**
 * The harness as CSMS under profiles 2 and 3, as a run sets it up (session TLS material from the
 * config and the test PKI), against `openssl s_client`: the four A00.FR.318 suites are accepted
 * under TLS 1.2 (RSA and ECDSA certificates served), TLS 1.3 too, nothing else (no CBC suite).
 */
import { expect } from 'chai';
import { resolveConfig } from '../../src/config/config.js';
import { serverTls } from '../../src/session/tls.js';
import type { SecurityProfile } from '../../src/domain/security-profile.js';
import { Cleanup } from '../helpers/wait.js';
import { startServer, type StartedServer } from '../helpers/harness.js';
import { testPki, PKI_STATION_ID, type Pki } from '../helpers/pki.js';
import { sClient, upgradeRequest } from '../helpers/s-client.js';

/** A00.FR.318 (OpenSSL name, IANA name, key type of the certificate it needs). */
const A00_FR_318 = [
  { openssl: 'ECDHE-ECDSA-AES128-GCM-SHA256', iana: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', key: 'ECDSA 256' },
  { openssl: 'ECDHE-ECDSA-AES256-GCM-SHA384', iana: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', key: 'ECDSA 256' },
  { openssl: 'AES128-GCM-SHA256', iana: 'TLS_RSA_WITH_AES_128_GCM_SHA256', key: 'RSA 2048' },
  { openssl: 'AES256-GCM-SHA384', iana: 'TLS_RSA_WITH_AES_256_GCM_SHA384', key: 'RSA 2048' },
];

/** Suites OpenSSL would otherwise negotiate: CBC ones and the ECDHE-RSA GCM ones A00.FR.318 does not list. */
const OUTSIDE = ['ECDHE-RSA-AES128-SHA256', 'ECDHE-ECDSA-AES128-SHA256', 'AES128-SHA256', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-CHACHA20-POLY1305'];

describe('transport: the harness as CSMS offers exactly the A00.FR.318 suites (openssl s_client)', function () {
  this.timeout(30_000);
  const cleanup = new Cleanup();
  let pki: Pki;

  before(async function () {
    this.timeout(60_000);
    pki = await testPki();
  });
  afterEach(() => cleanup.run());

  async function harnessCsms(securityProfile: SecurityProfile, file: Parameters<typeof resolveConfig>[0] = {}): Promise<StartedServer> {
    const config = resolveConfig({ sut: 'cs', ...file, ics: { securityProfile } }, {}, {});
    return startServer(cleanup, { securityProfile, tls: await serverTls(config, async () => pki, {}) });
  }

  const trust = () => ['-servername', 'localhost', '-CAfile', pki.get('csms-root').certFile];
  const station = () => ['-cert', pki.get('station').certFile, '-key', pki.get('station').keyFile, '-cert_chain', pki.get('cso-sub-ca').certFile];

  for (const profile of [2, 3] as const) {
    describe(`security profile ${profile}`, () => {
      let started: StartedServer;
      beforeEach(async () => { started = await harnessCsms(profile); });
      const clientArgs = () => [...trust(), ...(profile === 3 ? station() : [])];

      for (const suite of A00_FR_318) {
        it(`accepts ${suite.iana} under TLS 1.2 with its ${suite.key.split(' ')[0]} certificate`, async () => {
          const r = await sClient({ port: started.port, args: [...clientArgs(), '-tls1_2', '-cipher', suite.openssl] });
          expect(r.output, r.output).to.contain(`New, TLSv1.2, Cipher is ${suite.openssl}`);
          expect(r.output).to.contain('Verify return code: 0 (ok)');
          expect(r.output).to.contain(`Server public key is ${suite.key.split(' ')[1] ?? ''} bit`);
          if (suite.key.startsWith('ECDSA')) expect(r.output).to.contain('Peer signature type: ECDSA');
        });
      }

      it('accepts TLS 1.3 and completes the upgrade', async () => {
        const r = await sClient({ port: started.port, args: [...clientArgs(), '-tls1_3'], request: upgradeRequest(PKI_STATION_ID), endWhen: /HTTP\/1\.1 \d{3} / });
        expect(r.output).to.match(/New, TLSv1\.3, Cipher is TLS_AES_/);
        // Profile 2 wants Basic credentials (401); what matters here is that TLS let the request through.
        expect(r.output).to.match(profile === 3 ? /HTTP\/1\.1 101 / : /HTTP\/1\.1 401 /);
      });

      for (const cipher of OUTSIDE) {
        it(`refuses ${cipher} under TLS 1.2 (alert handshake failure)`, async () => {
          const r = await sClient({ port: started.port, args: [...clientArgs(), '-tls1_2', '-cipher', cipher] });
          expect(r.code).to.not.equal(0);
          expect(r.output).to.match(/alert handshake failure|no shared cipher|no ciphers available/);
          expect(r.output).to.contain('Cipher is (NONE)');
        });
      }
    });
  }

  it('tls.serverCert: ecdsa serves the ECDSA certificate only (the RSA suites are refused)', async () => {
    const started = await harnessCsms(2, { tls: { serverCert: 'ecdsa' } });
    const ok = await sClient({ port: started.port, args: [...trust(), '-tls1_2', '-cipher', 'ECDHE-ECDSA-AES256-GCM-SHA384'] });
    expect(ok.output).to.contain('Cipher is ECDHE-ECDSA-AES256-GCM-SHA384');
    const refused = await sClient({ port: started.port, args: [...trust(), '-tls1_2', '-cipher', 'AES128-GCM-SHA256'] });
    expect(refused.output).to.contain('Cipher is (NONE)');
  });

  it('a negative case may still ask for other suites (the endpoint knob): a CBC suite is then served', async () => {
    const config = resolveConfig({ sut: 'cs', ics: { securityProfile: 2 } }, {}, {});
    const tls = await serverTls(config, async () => pki, {}, { maxTlsVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-SHA256' });
    const started = await startServer(cleanup, { securityProfile: 2, tls });
    const r = await sClient({ port: started.port, args: [...trust(), '-tls1_2', '-cipher', 'ECDHE-RSA-AES128-SHA256'] });
    expect(r.output).to.contain('New, TLSv1.2, Cipher is ECDHE-RSA-AES128-SHA256');
  });
});
