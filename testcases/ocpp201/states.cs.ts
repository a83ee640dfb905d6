/**
 * Reusable states of OCPP 2.0.1 Part 6 (section 2.18), charging station under test: the harness
 * plays the CSMS. Written once, called by the cases and by the general preconditions.
 */
import type { CaseContext } from '../../src/engine/testcase.js';
import type { ReceivedCall } from '../../src/ocpp/peer.js';
import type { Payload } from '../../src/rpc/codec.js';
import { connectorCount } from '../../src/engine/ics.js';

export interface BootedOptions {
  /** 'powerCycle' (manual action, default) or 'reset' (steps 1-2: ResetRequest Immediate). */
  via?: 'powerCycle' | 'reset';
  /** Requirement blamed for a wrong boot reason. */
  reasonRequirement?: string;
  expectedReason?: string;
}

/**
 * Reusable State Booted: the station reboots, sends BootNotification (answered Accepted),
 * reports every connector Available, and sends SecurityEventNotification StartupOfTheDevice or ResetOrReboot.
 */
export async function booted(ctx: CaseContext, options: BootedOptions = {}): Promise<ReceivedCall> {
  const { sut, operator, expect, ics } = ctx;
  const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B01.FR.01' });
  if (options.via === 'reset') {
    const res = await sut.call('Reset', { type: 'Immediate' });
    expect(res.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
  } else {
    await operator.do('powerCycle');
  }
  const bootCall = await boot;
  if (options.expectedReason) {
    expect(bootCall.payload.reason, `${options.reasonRequirement ?? 'B01.FR.09'}: BootNotificationRequest reason`).to.equal(options.expectedReason);
  }
  bootCall.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  await connectorsAvailable(ctx);
  const sec = await sut.expectCall('SecurityEventNotification', { requirement: 'A04.FR.01', describe: 'after boot' });
  expect(sec.payload.type, 'A04.FR.01: SecurityEventNotificationRequest type').to.be.oneOf(['StartupOfTheDevice', 'ResetOrReboot']);
  return bootCall;
}

/** Step "The Charging Station notifies the CSMS about the current state of all connectors": StatusNotification or NotifyEvent AvailabilityState per connector. */
export async function connectorsAvailable(ctx: CaseContext, expected = 'Available', requirement = 'B01.FR.05'): Promise<Array<ReceivedCall<Payload>>> {
  const { sut, expect, ics } = ctx;
  const seen = new Set<string>();
  const calls: Array<ReceivedCall<Payload>> = [];
  while (seen.size < connectorCount(ics)) {
    const call = await sut.expectCall(['StatusNotification', 'NotifyEvent'], {
      requirement,
      describe: `(connector state ${seen.size + 1}/${connectorCount(ics)})`,
      filter: (p) => p.connectorStatus !== undefined || availabilityEvent(p) !== undefined,
    });
    calls.push(call);
    if (call.action === 'StatusNotification') {
      expect(call.payload.evseId, `${requirement}: StatusNotificationRequest evseId not 0`).to.not.equal(0);
      expect(call.payload.connectorId, `${requirement}: StatusNotificationRequest connectorId not 0`).to.not.equal(0);
      expect(call.payload.connectorStatus, `${requirement}: StatusNotificationRequest connectorStatus`).to.equal(expected);
      seen.add(`${String(call.payload.evseId)}/${String(call.payload.connectorId)}`);
    } else {
      const ev = availabilityEvent(call.payload);
      expect(ev?.trigger, `${requirement}: NotifyEventRequest eventData[0].trigger`).to.equal('Delta');
      expect(ev?.actualValue, `${requirement}: NotifyEventRequest eventData[0].actualValue`).to.equal(expected);
      seen.add(`${String(ev?.component?.evse?.id)}/${String(ev?.component?.evse?.connectorId)}`);
    }
  }
  return calls;
}

interface EventDatum { trigger?: string; actualValue?: string; component?: { name?: string; evse?: { id?: number; connectorId?: number } }; variable?: { name?: string } }

function availabilityEvent(p: Payload): EventDatum | undefined {
  const data = (p.eventData as EventDatum[] | undefined) ?? [];
  return data.find((d) => d.component?.name === 'Connector' && d.variable?.name === 'AvailabilityState');
}
