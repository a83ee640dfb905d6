import { defineTestCase } from '../../kit.js';
import { later, transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { configuredConnector } from './steps.cs.js';

interface EventDatum { trigger?: string; actualValue?: string; component?: { name?: string }; variable?: { name?: string } }

const lockProblem = (eventData: unknown): EventDatum | undefined =>
  ((eventData as EventDatum[] | undefined) ?? []).find((d) => d.component?.name === 'ConnectorPlugRetentionLock' && d.variable?.name === 'Problem');

export const TC_G_20_CS = defineTestCase({
  id: 'TC_G_20_CS',
  title: 'Connector status Notification - Lock Failure',
  version: '2.0.1',
  sut: 'CS',
  // Not listed for the station in Part 5 Ed3; the prerequisite (a ConnectorPlugRetentionLock) is AQ-18's station-side lock.
  profiles: [{ profile: 'Core', condition: 'AQ-18' }],
  covers: ['G05', 'G05.FR.01', 'G05.FR.02'],
  catches: ['lock-failure-not-reported', 'lock-failure-charges'],
  async run(ctx) {
    const { sut, expect, operator, ics } = ctx;
    const { evseId, connectorId } = configuredConnector(ctx);
    await transactionCase(ctx, {}, async () => {
      try {
        // Before: EVConnectedPreSession, with the cable not fully plugged in, so it cannot lock (Manual Action).
        await operator.do('causeFault', { evseId, connectorId, errorCode: 'ConnectorLockFailure' });
        await evConnectedPreSession(ctx);
        // 2-3 armed first: NotifyEventRequest about the lock (the harness answers NotifyEvent by default).
        const notify = later(sut.expectCall('NotifyEvent', { requirement: 'G05.FR.02', describe: '(ConnectorPlugRetentionLock Problem)', filter: (p) => lockProblem(p.eventData) !== undefined }));
        // 1. Reusable State Authorized.
        await authorized(ctx);
        const call = await notify;
        const ev = lockProblem(call.payload.eventData);
        expect(ev?.trigger, 'G05.FR.02: NotifyEventRequest eventData[0].trigger').to.equal('Delta');
        expect(ev?.actualValue, 'G05.FR.02: NotifyEventRequest eventData[0].actualValue').to.equal('true');
        // Post scenario validation: the station did not start charging (G05.FR.01).
        await sut.expectNoCall('TransactionEvent', ics.timeouts.messageMs, {
          requirement: 'G05.FR.01', describe: 'with chargingState Charging: the connector is not locked',
          filter: (p) => (p.transactionInfo as { chargingState?: string } | undefined)?.chargingState === 'Charging',
        });
      } finally {
        // Not graded: the cable is plugged in properly again (the lock works).
        await operator.do('clearFault', { evseId, connectorId }).catch(() => undefined);
      }
    });
  },
});
