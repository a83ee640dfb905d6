import { adviseOnFailure, adviseUnless, defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
import { configuredOfflineThreshold, OFFLINE_THRESHOLD, configuredConnector, getVariables, newRequestId, setVariables } from './steps.cs.js';
import { BASE_REPORT, collectReport } from './steps.reports.cs.js';

export const TC_B_02_CS = defineTestCase({
  id: 'TC_B_02_CS',
  title: 'Cold Boot Charging Station - Pending',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B02', 'F06', 'B02.FR.01', 'B02.FR.02', 'B02.FR.04', 'B02.FR.05', 'B02.FR.06', 'B02.FR.08', 'F06.FR.17'],
  preconditions: false,
  // ignores-pending (StatusNotification while Pending, B02.FR.02) shows as an advisory: no tool validation checks it.
  catches: ['pending-accepts-remote-start'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    const pending = () => ({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Pending' as const });
    // Manual Action: Reboot the Charging Station.
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-2. BootNotificationRequest, answered Pending with the configured heartbeat interval.
    (await boot).respond(pending());
    const pendingAt = Date.now();
    // A BootNotification before the interval stays Pending (and is caught below: B02.FR.04).
    sut.autoAnswer('BootNotification', pending);
    // 3-4. SetVariables OfflineThreshold = 300 (attributeType omitted).
    const set = await setVariables(ctx, [{ ...OFFLINE_THRESHOLD, attributeValue: configuredOfflineThreshold(ctx) }]);
    expect(set[0]?.attributeStatus, 'B02.FR.01: SetVariablesResponse setVariableResult[0].attributeStatus').to.equal('Accepted');
    // 5-6. GetVariables OfflineThreshold.
    const got = await getVariables(ctx, [OFFLINE_THRESHOLD]);
    expect(got[0]?.attributeStatus, 'B02.FR.01: GetVariablesResponse getVariableResult[0].attributeStatus').to.equal('Accepted');
    // 7-8. GetBaseReport FullInventory; 9-10. the NotifyReport parts.
    const requestId = newRequestId();
    const report = await sut.call('GetBaseReport', { requestId, reportBase: 'FullInventory' });
    expect(report.status, 'B02.FR.01: GetBaseReportResponse status').to.equal('Accepted');
    await collectReport(ctx, requestId, BASE_REPORT);
    // 11-12. RequestStartTransaction, after the last NotifyReport: Rejected while Pending.
    const start = await sut.call('RequestStartTransaction', { idToken: idTokenOf(ics.idTokens.valid), remoteStartId: newRequestId(), evseId: configuredConnector(ctx).evseId });
    expect(start.status, 'B02.FR.05: RequestStartTransactionResponse status').to.equal('Rejected');
    // Advisories, not tool validations of Part 6: until now the station sent nothing it was not asked for
    // (B02.FR.02), did not boot again before the interval (B02.FR.04) and kept the connection (B02.FR.06).
    for (const action of ['StatusNotification', 'NotifyEvent', 'Heartbeat'] as const) {
      await adviseOnFailure(ctx, () => sut.expectNoCall(action, 0, { requirement: 'B02.FR.02', describe: 'while Pending', since: pendingAt }));
    }
    await adviseOnFailure(ctx, () => sut.expectNoCall('BootNotification', 0, { requirement: 'B02.FR.04', describe: 'before the interval', since: pendingAt }));
    adviseUnless(ctx, sut.isConnected(), 'the connection was closed while Pending', 'B02.FR.06');
    // 13-14. TriggerMessage BootNotification: Accepted or NotImplemented.
    const again = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 2 + ics.heartbeatInterval * 1000, requirement: 'B02.FR.08' });
    const trigger = await sut.call('TriggerMessage', { requestedMessage: 'BootNotification' });
    expect(trigger.status, 'F06.FR.17: TriggerMessageResponse status').to.be.oneOf(['Accepted', 'NotImplemented']);
    // 15-16. BootNotificationRequest (reason Triggered when the trigger was accepted), answered Accepted.
    // 17-18. Every connector reports Available.
    await bootAccepted(ctx, again, {
      ...(trigger.status === 'Accepted' ? { expectedReason: 'Triggered', reasonRequirement: 'F06.FR.17' } : {}),
      securityEvent: false,
    });
  },
});
