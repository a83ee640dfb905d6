import type { OcppVersion } from '../../rpc/versions.js';
import { callError, type Reply, type StationSession } from './types.js';

/**
 * Which station CALLs a CSMS answers while the station is not Accepted (2.0.1 B01.FR.10,
 * B02.FR.09, B03.FR.07; 1.6 4.2): BootNotification always, messages the CSMS asked for
 * (TriggerMessage, GetBaseReport, GetReport) while Pending, nothing else.
 */
export function admit(session: StationSession, action: string, lenient: boolean): Reply | undefined {
  if (action === 'BootNotification' || session.registration === 'Accepted' || session.registration === 'None') return undefined;
  if (session.registration === 'Pending' && session.triggered.has(action)) return undefined;
  if (lenient) return undefined;
  return callError('SecurityError', `station ${session.stationId} is ${session.registration}: only BootNotification${session.registration === 'Pending' ? ' and requested messages are' : ' is'} accepted`);
}

/** The station CALL a CSMS request asks for, by request and requested message. */
export function triggeredAction(version: OcppVersion, action: string, payload: Record<string, unknown>): string | undefined {
  switch (action) {
    case 'GetBaseReport':
    case 'GetReport':
      return 'NotifyReport';
    case 'GetMonitoringReport':
      return 'NotifyMonitoringReport';
    case 'TriggerMessage':
    case 'ExtendedTriggerMessage': {
      const m = String(payload.requestedMessage ?? '');
      if (/^Sign(ChargingStation|ChargePoint|V2G|Combined)Certificate$/.test(m)) return 'SignCertificate';
      if (m === 'DiagnosticsStatusNotification' && version !== '1.6') return undefined;
      return m || undefined;
    }
    default:
      return undefined;
  }
}
