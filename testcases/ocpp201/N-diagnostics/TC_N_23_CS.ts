import { adviseUnless, CaseInconclusive, defineTestCase } from '../../kit.js';
import { configuredMs, later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { monitorCase, monitorsPresent, severity, type MonitoringData } from './steps.cs.js';
import { availabilityEvents, goOffline, goOnline, offlineQueuingSeverity } from './steps.offline.cs.js';

// N07 Offline Notification (Part 6 Table 356 as replaced by errata 2025-09 6.2.90): a monitor event of a severity above
// OfflineQueuingSeverity raised offline is not queued; the transaction messages are.
export const TC_N_23_CS = defineTestCase({
  id: 'TC_N_23_CS',
  title: 'Offline Notification - OfflineMonitoringEventQueuingSeverity set higher than severityLevel of the monitor',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Device Management', condition: 'DM-3' }],
  covers: ['N07', 'N07.FR.04'],
  catches: ['delta-text-monitor-silent', 'offline-monitor-events-all-queued', 'ev-disconnect-not-reported'],
  advises: ['offline-monitor-events-all-queued'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    const queuing = severity(ctx);
    if (queuing + 1 > 9) throw new CaseInconclusive(`<Configured severity> ${queuing}: the monitors need severity ${queuing + 1}, above 9`);
    // Configuration State: MonitoringCtrlr.OfflineQueuingSeverity = <Configured severity> (put back afterwards).
    await transactionCase(ctx, { configuration: [offlineQueuingSeverity(queuing)] }, async (s) => {
      await monitorCase(ctx, async () => {
        // Memory State: Delta monitors on AvailabilityState of the Connector and the EVSE, severity <Configured severity> + 1.
        const monitor = (component: MonitoringData['component']): MonitoringData => ({ value: 1, type: 'Delta', severity: queuing + 1, component, variable: { name: 'AvailabilityState' } });
        const ids = await monitorsPresent(ctx, [
          monitor({ name: 'Connector', evse: { id: s.evseId, connectorId: s.connectorId } }), monitor({ name: 'EVSE', evse: { id: s.evseId } }),
        ]);
        const txSteps = s.startPoints.includes('EVConnected') || s.startPoints.includes('ParkingBayOccupancy');
        // Manual Action: connect the EV. 1. NotifyEvent for the Connector and the EVSE (StatusNotification optional, answered
        // by default); 3. when TxStartPoint says so, TransactionEventRequest: CablePluggedIn, EVConnected. Either may come first.
        const seen = later(availabilityEvents(ctx, ids));
        const started = txSteps ? later(transactionEvent(ctx, { requirement: 'E01.FR.01', describe: '(EV connected)' })) : undefined;
        await operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
        s.evConnected = true;
        const events = await seen;
        for (const [name, e] of [['Connector', events.connector], ['EVSE', events.evse]] as const) {
          expect(e.trigger, `N07.FR.04: NotifyEventRequest eventData trigger (${name} AvailabilityState)`).to.equal('Delta');
          expect(e.actualValue, `N07.FR.04: NotifyEventRequest eventData actualValue (${name} AvailabilityState)`).to.equal('Occupied');
          expect(e.component.evse?.id, `N07.FR.04: NotifyEventRequest eventData component.evse.id (${name})`).to.equal(s.evseId);
          if (name === 'Connector') expect(e.component.evse?.connectorId, 'N07.FR.04: NotifyEventRequest eventData component.evse.connectorId (Connector)').to.equal(s.connectorId);
        }
        if (started) {
          const p = await started;
          expect(p.triggerReason, 'N07.FR.04: TransactionEventRequest triggerReason').to.equal('CablePluggedIn');
          expect(txInfo(p).chargingState, 'N07.FR.04: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
        }
        // Manual Actions: take the station offline, disconnect the EV, connect it again; the tool waits <Configured Transaction Duration>.
        const offlineAt = Date.now() - 1000;
        await goOffline(ctx, s);
        await operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
        await operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
        await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
        await goOnline(ctx, s);
        if (txSteps) {
          // 5-6. TransactionEventRequest: EVCommunicationLost, Idle. 7-8. TransactionEventRequest: CablePluggedIn, EVConnected.
          const lost = await transactionEvent(ctx, { requirement: 'E10.FR.03', describe: '(queued: EV disconnected)' });
          expect(lost.triggerReason, 'N07.FR.04: TransactionEventRequest triggerReason (EV disconnected offline)').to.equal('EVCommunicationLost');
          expect(txInfo(lost).chargingState, 'N07.FR.04: TransactionEventRequest transactionInfo.chargingState (EV disconnected offline)').to.equal('Idle');
          const back = await transactionEvent(ctx, { requirement: 'E01.FR.01', describe: '(queued: EV connected again)' });
          expect(back.triggerReason, 'N07.FR.04: TransactionEventRequest triggerReason (EV connected again offline)').to.equal('CablePluggedIn');
          expect(txInfo(back).chargingState, 'N07.FR.04: TransactionEventRequest transactionInfo.chargingState (EV connected again offline)').to.equal('EVConnected');
        }
        // Note of Part 6: "The CS shall not send a NotifyEventRequest for AvailabilityState of EVSE and Connector" for what
        // changed offline (N07.FR.04; not a tool validation, so an advisory).
        const queued = await sut.expectCall('NotifyEvent', {
          optional: true, timeoutMs: ics.timeouts.messageMs, describe: `(none expected: severity ${queuing + 1} is above OfflineQueuingSeverity ${queuing})`,
          filter: (p) => Date.parse(p.generatedAt) >= offlineAt && p.eventData.some((e) => e.variableMonitoringId !== undefined && ids.includes(e.variableMonitoringId)),
        }).catch(() => undefined);
        adviseUnless(ctx, queued === undefined, `the station queued monitor events of severity ${queuing + 1} while offline (OfflineQueuingSeverity ${queuing})`, 'N07.FR.04');
      });
    });
  },
});
