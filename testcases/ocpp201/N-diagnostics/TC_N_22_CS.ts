import { defineTestCase } from '../../kit.js';
import { configuredMs, transactionCase } from '../_shared/charging-session.cs.js';
import { cv, delta, monitorCase, monitorsPresent, severity } from './steps.cs.js';
import { goOffline, goOnline, offlineQueuingSeverity, queuedEvent } from './steps.offline.cs.js';

// N07 Offline Notification (Part 6 Table 355): a monitor event of a severity at or below OfflineQueuingSeverity is queued while offline.
export const TC_N_22_CS = defineTestCase({
  id: 'TC_N_22_CS',
  title: 'Offline Notification - OfflineMonitoringEventQueuingSeverity set equal or lower than severityLevel of the monitor',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Device Management', condition: 'DM-3' }],
  covers: ['N07', 'N07.FR.04'],
  catches: ['offline-monitor-events-dropped'],
  async run(ctx) {
    const { operator, expect } = ctx;
    // Configuration State: MonitoringCtrlr.OfflineQueuingSeverity = <Configured severity> (put back afterwards).
    await transactionCase(ctx, { configuration: [offlineQueuingSeverity(severity(ctx))] }, async (s) => {
      const evseId = s.evseId; // <Configured evseId>
      await monitorCase(ctx, async () => {
        // Memory State: a Delta monitor on EVSE <Configured evseId> AvailabilityState with severity <Configured severity>.
        const [id] = await monitorsPresent(ctx, [delta(ctx, cv('EVSE', 'AvailabilityState', evseId), severity(ctx))]);
        // Take the station offline; 1. plug a cable into the EVSE: 2. the station queues the event (no communication).
        await goOffline(ctx, s);
        await operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
        s.evConnected = true;
        // "The tool will now wait for <Configured Transaction Duration> seconds".
        await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
        // Manual Action: bring the station back online. 3-4. NotifyEventRequest (validated); the transaction messages it
        // queued meanwhile (the cable plugged in) are answered as they come, in whatever order.
        await goOnline(ctx, s);
        const call = await queuedEvent(ctx, id!, 'EVSE');
        const e = call.payload.eventData.find((x) => x.variableMonitoringId === id) ?? call.payload.eventData[0]!;
        expect(e.trigger, 'N07.FR.04: NotifyEventRequest eventData trigger').to.equal('Delta');
        expect(e.actualValue, 'N07.FR.04: NotifyEventRequest eventData actualValue').to.equal('Occupied');
        expect(e.component.name, 'N07.FR.04: NotifyEventRequest eventData component.name').to.equal('EVSE');
        expect(e.component.evse?.id, 'N07.FR.04: NotifyEventRequest eventData component.evse.id (<Configured evseId>)').to.equal(evseId);
        expect(e.variable.name, 'N07.FR.04: NotifyEventRequest eventData variable.name').to.equal('AvailabilityState');
      });
    });
  },
});
