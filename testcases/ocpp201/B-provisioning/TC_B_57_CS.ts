import { defineTestCase } from '../../kit.js';
import { retryWaitS, configure, currentValues, cv, type ComponentVariable } from './steps.cs.js';

export const TC_B_57_CS = defineTestCase({
  id: 'TC_B_57_CS',
  title: 'Network Reconnection - After connection loss',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['OCPP-J 5.3 Reconnecting'],
  catches: ['reconnect-ignores-backoff'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const requirement = 'OCPP-J 5.3';
    const backOff = [cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), cv('OCPPCommCtrlr', 'RetryBackOffRepeatTimes'),
      cv('OCPPCommCtrlr', 'RetryBackOffRandomRange'), cv('OCPPCommCtrlr', 'RetryBackOffWaitMinimum')];
    const before = await currentValues(ctx, backOff);
    // Configuration State (errata 2025-02 adds NetworkProfileConnectionAttempts 3).
    await configure(ctx, [[backOff[0] as ComponentVariable, '3'], [backOff[1] as ComponentVariable, '2'], [backOff[2] as ComponentVariable, '0'],
      [backOff[3] as ComponentVariable, String(retryWaitS(ctx)), 'retryBackOffWaitMinimum']]);
    const wait = retryWaitS(ctx) * 1000;
    // 1. The OCTT closes the websocket connection.
    let closedAt = Date.now();
    await sut.disconnect();
    // 2-3. The station waits RetryBackOffWaitMinimum and reconnects; accepted.
    await sut.expectConnection(wait + ics.timeouts.messageMs * 2, requirement);
    expect(Date.now() - closedAt, `${requirement}: ms before reconnecting (RetryBackOffWaitMinimum ${retryWaitS(ctx)} s)`).to.be.at.least(wait);
    // 4. The OCTT closes the connection again; 5-6. the reconnection after RetryBackOffWaitMinimum is not accepted.
    sut.refuseConnections();
    closedAt = Date.now();
    await sut.disconnect();
    const refused = await sut.expectRefusedConnection(wait + ics.timeouts.messageMs * 2, requirement);
    expect(refused.t - closedAt, `${requirement}: ms before the second reconnection (RetryBackOffWaitMinimum ${retryWaitS(ctx)} s)`).to.be.at.least(wait);
    sut.acceptConnections();
    // 7-8. The next attempt after twice that wait; accepted.
    await sut.expectConnection(2 * wait + ics.timeouts.messageMs * 2, requirement);
    expect(Date.now() - refused.t, `${requirement}: ms between the refused attempt and the next (2 x RetryBackOffWaitMinimum)`).to.be.at.least(2 * wait);
    await configure(ctx, before);
  },
});
