/**
 * OCPP 1.6 Remote Trigger (5.17 Trigger Message), the reference Charge Point's side: B answers TriggerMessage
 * and sends what it triggers (provisioning.ts); this block refines that answer for 1.6. The personality's
 * choices the OCTT 1.6 document allows act here (no triggered FirmwareStatusNotification: NotImplemented,
 * TC_054_CS step 18), and so do the 1.6 faults.
 */
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerResult, HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

export class RemoteTrigger16 implements BlockInstance {
  private readonly host: BlockHost<Faults>;

  constructor(host: BlockHost<Faults>) {
    this.host = host;
  }

  handlers(composed: Readonly<HandlerTable>): HandlerTable {
    const trigger = composed.TriggerMessage;
    if (!trigger) return {};
    const has = (name: Faults) => this.host.faults.has(name);
    return {
      TriggerMessage: async (p, call): Promise<HandlerResult> => {
        const requested = String(p.requestedMessage);
        const connectorId = typeof p.connectorId === 'number' ? p.connectorId : undefined;
        const unknownConnector = connectorId !== undefined && connectorId !== 0 && !this.host.evses.get(connectorId);
        // Fault: a connector it does not have is Accepted (and nothing is sent); 5.17 leaves Rejected for what it will not send.
        if (unknownConnector && has('trigger-16-unknown-connector-accepted')) return { payload: { status: 'Accepted' } };
        // Fault: DiagnosticsStatusNotification, a 1.6 message it sends, answered NotImplemented (5.17: only unknown or unimplemented ones).
        if (requested === 'DiagnosticsStatusNotification' && has('trigger-16-diagnostics-not-implemented')) return { payload: { status: 'NotImplemented' } };
        // Personality: firmware updates without a triggerable FirmwareStatusNotification (5.17 NotImplemented).
        if (requested === 'FirmwareStatusNotification' && this.host.options.behaviour.noFirmwareStatusTrigger) return { payload: { status: 'NotImplemented' } };
        if (requested === 'FirmwareStatusNotification' && has('trigger-16-firmware-status-stale')) {
          // Fault: the triggered FirmwareStatusNotification reports Installed (a past update) while no update runs (Idle due).
          return { payload: { status: 'Accepted' }, after: () => this.host.send('FirmwareStatusNotification', { status: 'Installed' }, { triggered: true }) };
        }
        return trigger(p, call);
      },
    };
  }
}
