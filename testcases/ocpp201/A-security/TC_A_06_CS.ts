import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { component, configurationState, connected, reconnectMs, tlsOf } from './steps.cs.js';

export const TC_A_06_CS = defineTestCase({
  id: 'TC_A_06_CS',
  title: 'TLS - server-side certificate - TLS version too low',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.314', 'A00.FR.316', 'A00.FR.416', 'A00.FR.417', 'A00.FR.419'],
  requires: { securityProfile: [2, 3] },
  catches: ['accepts-tls-below-1.2'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Before: Configuration State NetworkProfileConnectionAttempts is 1.
    const restore = await configurationState(ctx, [{ ...component('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), value: '1' }]);
    // 1-2. The OCTT answers the Client Hello with a TLS version lower than 1.2 (the station boots: power cycle).
    await sut.reconfigureEndpoint({ minTlsVersion: 'TLSv1', maxTlsVersion: 'TLSv1.1' });
    let attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 3. The station notices the TLS version is lower than 1.2 and terminates the connection.
    const old = await attempt;
    if (old.kind === 'connected') ctx.fail(`the station set up a connection with ${String(tlsOf(old.info)?.protocol ?? 'TLS < 1.2')}`, 'A00.FR.316');
    // 4-9. TLS 1.2 or newer again: the handshake completes and the connection is upgraded.
    attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
    await sut.reconfigureEndpoint({});
    const info = connected(ctx, await attempt, 'A00.FR.313', 'the station did not connect with TLS 1.2 or newer');
    expect(tlsOf(info)?.protocol, 'A00.FR.313: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    // 10-13. BootNotification (Accepted) and the connector states.
    const boot = sut.expectCall('BootNotification', { requirement: 'B01.FR.01' });
    await bootAccepted(ctx, boot, { securityEvent: false });
    // 14-17. SecurityEventNotification StartupOfTheDevice or ResetOrReboot; InvalidTLSVersion (steps 16-17) is optional; any order.
    await sut.expectCall('SecurityEventNotification', {
      filter: (p) => p.type === 'StartupOfTheDevice' || p.type === 'ResetOrReboot', requirement: 'A04.FR.01', describe: '(StartupOfTheDevice or ResetOrReboot)',
    });
    await restore();
  },
});
