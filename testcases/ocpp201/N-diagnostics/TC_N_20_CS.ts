import { CaseInconclusive, defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { energyTransferStarted, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { monitorCase, monitorsPresent } from './steps.cs.js';
import { ALERT_LEVEL, ALERT_SEVERITY, actual, atMonitoringLevel, expectMonitored, thresholdMonitor, watchAlert, watchAlerts } from './steps.alert.cs.js';

export const TC_N_20_CS = defineTestCase({
  id: 'TC_N_20_CS',
  title: 'Alert Event - Threshold value exceeded',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N07', 'N07.FR.02', 'N07.FR.06', 'N07.FR.07', 'N07.FR.16', 'N07.FR.17'],
  catches: ['threshold-monitor-silent', 'threshold-cleared-not-reported'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const upper = configured(ctx, 'thresholdTriggerValue');
    const lower = configured(ctx, 'lowerThresholdValue');
    await atMonitoringLevel(ctx, ALERT_LEVEL, () => monitorCase(ctx, async () => {
      // Memory State: monitoring base All; an UpperThreshold of <Configured threshold monitor value> (errata: severity 5, level 8)
      // on <Configured threshold monitor component variable>, Power of <Configured evseId>. Set here, not graded.
      const base = await sut.callRaw('SetMonitoringBase', { monitoringBase: 'All' });
      if (base.kind !== 'result' || base.payload.status !== 'Accepted') throw new CaseInconclusive('the station refused SetMonitoringBase All, which the Memory State needs');
      const [id1] = await monitorsPresent(ctx, [thresholdMonitor(ctx, 'UpperThreshold', upper, ALERT_SEVERITY)]);
      await transactionCase(ctx, {}, async (s) => {
        // 1. EnergyTransferStarted: the power exceeds the upper threshold. 2-3. NotifyEventRequest (validated).
        const exceeded = watchAlert(ctx, id1!, '(EVSE Power above the UpperThreshold)', 'N07.FR.16', (e) => e.cleared !== true);
        await energyTransferStarted(ctx);
        const first = await exceeded.event;
        expect(first.seqNo, 'N07.FR.07: NotifyEventRequest seqNo').to.equal(0);
        expect(first.data.trigger, 'N07.FR.16: eventData trigger').to.equal('Alerting');
        expect(actual(first.data), `N07.FR.16: eventData actualValue (above ${upper})`).to.be.above(upper);
        expect(first.data.transactionId, 'N07.FR.06: eventData transactionId (power is delivered in a transaction)').to.equal(s.transactionId);
        expectMonitored(ctx, first.data, id1!, 'N07.FR.06');
        // 4-5. A LowerThreshold of <Configured threshold monitor2 value> that the power does not drop below (set, not graded).
        const [id2] = await monitorsPresent(ctx, [thresholdMonitor(ctx, 'LowerThreshold', lower, ALERT_SEVERITY)]);
        const transactionId = s.transactionId;
        // 6. StopAuthorized: the power drops. 7-8. One or two NotifyEventRequests: upper cleared, lower dropped below (validated).
        const events = watchAlerts(ctx, [
          { id: id1!, describe: '(EVSE Power back below the UpperThreshold: cleared)', requirement: 'N07.FR.02', accept: (e) => e.cleared === true },
          { id: id2!, describe: '(EVSE Power below the LowerThreshold)', requirement: 'N07.FR.17', accept: (e) => e.cleared !== true },
        ]);
        events.catch(() => undefined);
        await stopAuthorized(ctx);
        const [cleared, dropped] = await events;
        for (const [{ seqNo, data: e }, id, limit, req] of [[cleared!, id1!, upper, 'N07.FR.02'], [dropped!, id2!, lower, 'N07.FR.17']] as const) {
          expect(seqNo, 'N07.FR.07: NotifyEventRequest seqNo').to.equal(0);
          expect(e.trigger, `${req}: eventData trigger`).to.equal('Alerting');
          expect(actual(e), `${req}: eventData actualValue (at most ${limit})`).to.be.at.most(limit);
          expect(e.transactionId, `${req}: eventData transactionId (power is delivered in a transaction)`).to.equal(transactionId);
          expect(e.eventNotificationType, `${req}: eventData eventNotificationType`).to.equal('CustomMonitor');
          expectMonitored(ctx, e, id, req);
        }
      });
    }));
  },
});
