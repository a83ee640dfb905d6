import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { REQUIRED_SUITES, connected, reconnectMs, tlsOf } from './steps.cs.js';

// --- A00 Security profile 3: the station's client certificate --------------------------------------------

export const TC_A_07_CS = defineTestCase({
  id: 'TC_A_07_CS',
  title: 'TLS - Client-side certificate - valid certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['A00', 'A00.FR.401', 'A00.FR.402', 'A00.FR.415', 'A00.FR.416', 'A00.FR.422', 'A00.FR.502', 'A00.FR.503', 'A00.FR.507', 'A00.FR.508', 'A00.FR.511'],
  requires: { securityProfile: [3] },
  // The case begins with a power cycle; a station that cannot connect at all is what it may find.
  preconditions: false,
  catches: ['no-client-cert', 'no-required-cipher-suites'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Step 4 checks happen in the handshake: TLS 1.2 with the cipher suites of A00.FR.422 only, a client certificate required.
    await sut.reconfigureEndpoint({ maxTlsVersion: 'TLSv1.2', ciphers: REQUIRED_SUITES.join(':') });
    // Reusable State "Booting": the station is power cycled.
    const attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-6. TLS handshake, client certificate, HTTP upgrade.
    const a = await attempt;
    // The endpoint refuses a certificate whose CN is not the station identity (A00.FR.511).
    const requirement = a.kind === 'tlsFailed' && /cipher/i.test(a.reason) ? 'A00.FR.422' : a.kind === 'refused' && /\bCN\b/.test(a.reason) ? 'A00.FR.511' : 'A00.FR.401';
    const info = connected(ctx, a, requirement, 'no secured connection with the station\'s client certificate');
    const tls = tlsOf(info);
    expect(tls?.protocol, 'A00.FR.416: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    expect(tls?.cipher, 'A00.FR.422: cipher suite of the connection').to.be.oneOf(REQUIRED_SUITES);
    const cert = tls?.clientCert;
    if (!cert) return ctx.fail('the station presented no client certificate', 'A00.FR.402');
    if (cert.keyType === 'rsa') expect(cert.bits, 'A00.FR.502: RSA key size of the client certificate (bits)').to.be.at.least(2048);
    else expect(cert.bits, 'A00.FR.503: elliptic curve key size of the client certificate (bits)').to.be.at.least(224);
    expect(cert.serialNumber ?? '', 'A00.FR.508: serial number of the client certificate').to.not.equal('');
    // 7-10. BootNotification (Accepted), then every connector Available.
    const boot = sut.expectCall('BootNotification', { requirement: 'B01.FR.01' });
    await bootAccepted(ctx, boot, { securityEvent: false });
  },
});
