/**
 * Steps of the OCTT 1.6 §3.18 Remote Trigger cases, Central System under test: the harness's Charge Point
 * answers the TriggerMessage.req the operator makes the Central System send, then sends the requested
 * message, which the Central System SHALL answer (OCPP 1.6 5.17 and the message's own section).
 */
import type { CaseContext, Payload, Request } from '../../kit.js';
import { csmsSends, station, statusNotification } from '../_shared/states.csms.js';

type Ctx = CaseContext<'1.6', 'CSMS'>;
type Requested = Request<'1.6', 'TriggerMessage'>['requestedMessage'];
type TriggerStatus = 'Accepted' | 'Rejected' | 'NotImplemented';

/** The Central System sends TriggerMessage.req for `requested` (the hint), answered `status`; step 1's validations. */
export async function triggerSent(ctx: Ctx, requested: Requested, status: TriggerStatus, step: string, connectorId?: number): Promise<void> {
  const { expect } = ctx;
  const hint: Payload = { requestedMessage: requested, ...(connectorId !== undefined ? { connectorId } : {}) };
  const req = await csmsSends(ctx, 'TriggerMessage', () => ({ status }), { hint, requirement: '5.17' });
  expect(req.payload.requestedMessage, `5.17: ${step} TriggerMessage.req requestedMessage`).to.equal(requested);
  if (connectorId !== undefined) expect(req.payload.connectorId, `5.17: ${step} TriggerMessage.req connectorId`).to.equal(connectorId);
}

/** The Charge Point sends the triggered message; the Central System answers it (the response is checked by the message's schema). */
export async function sendTriggered(ctx: Ctx, requested: Requested, connectorId: number): Promise<void> {
  const { sut } = ctx;
  switch (requested) {
    case 'MeterValues': {
      const s = station(ctx);
      await sut.call('MeterValues', {
        connectorId, meterValue: [{ timestamp: sut.now(), sampledValue: [{ value: String(s.meterWh), context: 'Trigger', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] }],
      }, { requirement: '4.7' });
      return;
    }
    case 'Heartbeat':
      await sut.call('Heartbeat', {}, { requirement: '4.6' });
      return;
    case 'StatusNotification':
      await statusNotification(ctx, connectorId, (station(ctx).status.get(connectorId) ?? 'Available') as Request<'1.6', 'StatusNotification'>['status']);
      return;
    case 'DiagnosticsStatusNotification':
      await sut.call('DiagnosticsStatusNotification', { status: 'Idle' }, { requirement: '4.4' });
      return;
    case 'FirmwareStatusNotification':
      await sut.call('FirmwareStatusNotification', { status: 'Idle' }, { requirement: '4.5' });
      return;
    default:
      await sut.call('BootNotification', { chargePointVendor: ctx.ics.station.vendor, chargePointModel: ctx.ics.station.model }, { requirement: '4.2' });
  }
}
