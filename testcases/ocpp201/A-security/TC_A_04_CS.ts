import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { REQUIRED_SUITES, connected, reconnectMs, tlsOf } from './steps.cs.js';

// --- A00 Security profile 2 and 3: the CSMS's server certificate ---------------------------------------

export const TC_A_04_CS = defineTestCase({
  id: 'TC_A_04_CS',
  title: 'TLS - server-side certificate - Valid certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.309', 'A00.FR.312', 'A00.FR.313', 'A00.FR.319', 'A00.FR.321', 'A00.FR.412', 'A00.FR.422'],
  requires: { securityProfile: [2, 3] },
  // The case begins with a power cycle; a station that cannot connect at all is what it may find.
  preconditions: false,
  catches: ['rejects-valid-server-cert', 'no-required-cipher-suites'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Step 2 checks happen in the handshake: the OCTT allows TLS 1.2 with the cipher suites of A00.FR.319 only.
    await sut.reconfigureEndpoint({ maxTlsVersion: 'TLSv1.2', ciphers: REQUIRED_SUITES.join(':') });
    // Reusable State "Booting": the station is power cycled.
    const attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-6. TLS handshake with the configured server certificate, HTTP upgrade, WebSocket connection.
    const a = await attempt;
    const info = connected(ctx, a, a.kind === 'tlsFailed' && /cipher/i.test(a.reason) ? 'A00.FR.319' : 'A00.FR.308', 'no secured connection with the valid server certificate');
    const tls = tlsOf(info);
    expect(tls?.protocol, 'A00.FR.313: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    expect(tls?.cipher, 'A00.FR.319: cipher suite of the connection').to.be.oneOf(REQUIRED_SUITES);
    // 7-10. BootNotification (Accepted), then every connector Available.
    const boot = sut.expectCall('BootNotification', { requirement: 'B01.FR.01' });
    await bootAccepted(ctx, boot, { securityEvent: false });
  },
});
