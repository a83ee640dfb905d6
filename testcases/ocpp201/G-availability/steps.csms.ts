/**
 * Steps of the G Availability cases, CSMS under test: the harness plays the station. The operator asks
 * the CSMS to change the availability of the station, the configured EVSE or the configured connector;
 * the case checks the ChangeAvailabilityRequest (the only tool validation) and plays the station's side.
 */
import { CaseFailure, CaseInconclusive, type CaseContext, type Request } from '../../kit.js';
import { chargingSession, csmsRequest } from '../_shared/charging-session.csms.js';
import { evConnectedPostSession, evDisconnected, energyTransferStarted, stopAuthorized, type ConnectorStatus } from '../_shared/states.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
export type Level = 'station' | 'evse' | 'connector';
export type OperationalStatus = 'Operative' | 'Inoperative';
interface ConnectorRef { evseId: number; connectorId: number }

/** <Configured evseId> / <Configured connectorId>: the simulated station's charging session connector. */
function configured(ctx: Ctx): ConnectorRef {
  const s = chargingSession(ctx);
  return { evseId: s.evseId, connectorId: s.connectorId };
}

/** The connectors of the simulated station a change at `level` affects. */
export function connectorsOf(ctx: Ctx, level: Level): ConnectorRef[] {
  const c = configured(ctx);
  if (level === 'connector') return [c];
  return ctx.ics.evses.filter((e) => level === 'station' || e.id === c.evseId)
    .flatMap((e) => Array.from({ length: Math.max(1, e.connectors) }, (_v, i) => ({ evseId: e.id, connectorId: i + 1 })));
}

/** What the operator asks for, in the request's own terms (the hint of csmsSend). */
function asked(ctx: Ctx, level: Level, operationalStatus: OperationalStatus): Request<'2.0.1', 'ChangeAvailability'> {
  const c = configured(ctx);
  if (level === 'station') return { operationalStatus };
  return { operationalStatus, evse: level === 'evse' ? { id: c.evseId } : { id: c.evseId, connectorId: c.connectorId } };
}

const where = (level: Level): string => ({ station: 'the Charging Station', evse: 'an EVSE', connector: 'a Connector' })[level];

/**
 * Manual Action "Request the CSMS to change the availability of ... to ...", 1. the CSMS sends a
 * ChangeAvailabilityRequest, 2. answered `answer`. Tool validation (step 1): operationalStatus, and
 * evse.id / evse.connectorId as the level asks (both omitted for the whole station).
 */
export async function csmsChangesAvailability(ctx: Ctx, level: Level, status: OperationalStatus, answer: 'Accepted' | 'Scheduled'): Promise<void> {
  const { expect } = ctx;
  const c = configured(ctx);
  const useCase = level === 'station' ? 'G04' : 'G03';
  ctx.log(`asking the CSMS to change the availability of ${where(level)} to ${status}`);
  const call = await csmsRequest(ctx, 'ChangeAvailability', () => ({ status: answer }), { hint: asked(ctx, level, status), requirement: useCase });
  const p = call.payload;
  expect(p.operationalStatus, `${useCase}: ChangeAvailabilityRequest operationalStatus`).to.equal(status);
  if (level === 'station') {
    expect(p.evse, `${useCase}: ChangeAvailabilityRequest evse (omitted for the whole station, G04.FR.01)`).to.equal(undefined);
    return;
  }
  expect(p.evse?.id, `${useCase}: ChangeAvailabilityRequest evse.id`).to.equal(c.evseId);
  if (level === 'connector') expect(p.evse?.connectorId, `${useCase}: ChangeAvailabilityRequest evse.connectorId`).to.equal(c.connectorId);
  else expect(p.evse?.connectorId, `${useCase}: ChangeAvailabilityRequest evse.connectorId (omitted for an EVSE)`).to.equal(undefined);
}

/** "The OCTT notifies the CSMS about the current state of the connectors": StatusNotification and NotifyEvent AvailabilityState each. */
export async function reportConnectors(ctx: Ctx, connectors: ConnectorRef[], status: ConnectorStatus): Promise<void> {
  const { sut } = ctx;
  for (const { evseId, connectorId } of connectors) {
    await sut.call('StatusNotification', { timestamp: sut.now(), connectorStatus: status, evseId, connectorId });
    await sut.call('NotifyEvent', {
      generatedAt: sut.now(), seqNo: 0,
      eventData: [{
        eventId: Math.floor(Math.random() * 1e6), timestamp: sut.now(), trigger: 'Delta', actualValue: status, eventNotificationType: 'HardWiredNotification',
        component: { name: 'Connector', evse: { id: evseId, connectorId } }, variable: { name: 'AvailabilityState' },
      }],
    });
  }
}

/** The Before state "Unavailable": the simulated station is so and says so (its reports are not graded). */
export async function unavailableBefore(ctx: Ctx, level: Level): Promise<void> {
  try {
    await reportConnectors(ctx, connectorsOf(ctx, level), 'Unavailable');
  } catch (err) {
    if (!(err instanceof CaseFailure)) throw err;
    throw new CaseInconclusive(`could not establish the Before state "Unavailable" (${level}): ${err.message}`);
  }
}

/** Runs `body`; afterwards the simulated station is Available again (best effort, not judged). */
export async function availabilityCase(ctx: Ctx, level: Level, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } finally {
    if (ctx.sut.isConnected()) {
      for (const { evseId, connectorId } of connectorsOf(ctx, level)) {
        await ctx.sut.callRaw('StatusNotification', { timestamp: ctx.sut.now(), connectorStatus: 'Available', evseId, connectorId }).catch(() => undefined);
      }
    }
  }
}

/** The simple cases: Before (optional), the request, the station's answer Accepted and its connectors' reports. */
export function changeCase(ctx: Ctx, level: Level, status: OperationalStatus): Promise<void> {
  return availabilityCase(ctx, level, async () => {
    if (status === 'Operative') await unavailableBefore(ctx, level);
    await csmsChangesAvailability(ctx, level, status, 'Accepted');
    // 3-4. The station reports the connectors' new state.
    await reportConnectors(ctx, connectorsOf(ctx, level), status === 'Operative' ? 'Available' : 'Unavailable');
  });
}

/**
 * TC_G_11 / 14 / 17: during a transaction (Before: EnergyTransferStarted) the CSMS asks for Inoperative, the
 * station answers Scheduled; (station: the idle EVSEs report Unavailable at once); the session ends
 * (StopAuthorized, EVConnectedPostSession, EVDisconnected), then the connector(s) report Unavailable.
 */
export function scheduledCase(ctx: Ctx, level: Level): Promise<void> {
  return availabilityCase(ctx, level, async () => {
    const s = chargingSession(ctx);
    await energyTransferStarted(ctx);
    await csmsChangesAvailability(ctx, level, 'Inoperative', 'Scheduled');
    if (level === 'station') await reportConnectors(ctx, connectorsOf(ctx, 'station').filter((c) => c.evseId !== s.evseId), 'Unavailable');
    await stopAuthorized(ctx);
    await evConnectedPostSession(ctx);
    await evDisconnected(ctx);
    await reportConnectors(ctx, connectorsOf(ctx, level === 'station' ? 'evse' : level), 'Unavailable');
  });
}

/** TC_G_20: the connector's plug retention lock failed (G05.FR.02); the CSMS must answer with a NotifyEventResponse (G05.FR.03). */
export async function lockFailure(ctx: Ctx): Promise<void> {
  const { sut } = ctx;
  const { evseId, connectorId } = configured(ctx);
  await sut.call('NotifyEvent', {
    generatedAt: sut.now(), seqNo: 0,
    eventData: [{
      eventId: Math.floor(Math.random() * 1e6), timestamp: sut.now(), trigger: 'Delta', actualValue: 'true', eventNotificationType: 'HardWiredNotification',
      component: { name: 'ConnectorPlugRetentionLock', evse: { id: evseId, connectorId } }, variable: { name: 'Problem' },
    }],
  }, { requirement: 'G05.FR.03' });
}
