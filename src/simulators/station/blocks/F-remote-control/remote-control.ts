/**
 * F Remote control (2.0.1 F03, F05, F06), the reference station's side. The requests themselves are
 * answered by the blocks that hold the state they act on (E's transaction engine: RequestStart/Stop,
 * UnlockConnector; B: TriggerMessage, which boots and reports); this block refines those answers
 * through the host's handler table, and is where F's faults break them.
 */
import { HarnessError } from '../../../../errors.js';
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { CallHandler, HandlerTable, HandlerResult } from '../../types.js';
import type { FAULTS } from './faults.js';
import { faultyTrigger } from './trigger-faults.js';
import { logUploadNow } from '../N-diagnostics/port.js';
import { firmwareUpdateNow } from '../L-firmware-management/port.js';

type Faults = (typeof FAULTS)[number]['name'];

export class RemoteControl implements BlockInstance {
  private readonly host: BlockHost<Faults>;

  constructor(host: BlockHost<Faults>) {
    this.host = host;
  }

  /** The host's handler for `action`, which this block refines. */
  private base(action: string): CallHandler {
    const h = this.host.handlers[action];
    if (!h) throw new HarnessError('OCPPH_ERR_SIMULATOR', `F Remote control: the station has no ${action} handler to refine`);
    return h;
  }

  handlers(): HandlerTable {
    const stop = this.base('RequestStopTransaction');
    const unlock = this.base('UnlockConnector');
    const trigger = this.base('TriggerMessage');
    const has = (name: Faults) => this.host.faults.has(name);
    return {
      RequestStopTransaction: async (p, call) => {
        const answer = await stop(p, call);
        // Fault: F03.FR.08 broken, an unknown transactionId is Accepted (and nothing stops).
        if (has('remote-stop-unknown-accepted') && statusOf(answer) === 'Rejected') return { payload: { status: 'Accepted' } };
        return answer;
      },
      UnlockConnector: async (p, call) => {
        const answer = await unlock(p, call);
        const status = statusOf(answer);
        // Faults: F05.FR.02 (the connector "unlocks" under an authorized transaction), F05.FR.03 (an unknown connector
        // "unlocks"), F05.FR.04 (the lock reports failure although it works), F05.FR.06 (no attempt without a cable).
        if (has('unlock-during-transaction') && status === 'OngoingAuthorizedTransaction') return { payload: { status: 'Unlocked' } };
        if (has('unlock-unknown-connector-unlocked') && status === 'UnknownConnector') return { payload: { status: 'Unlocked' } };
        if (has('unlock-always-failed') && status === 'Unlocked') return { payload: { status: 'UnlockFailed' } };
        const evse = this.host.evses.get(Number(p.evseId));
        const cable = evse !== undefined && (evse.ev.plugged || evse.ev.cableInSocket === true);
        if (has('unlock-needs-cable') && status === 'Unlocked' && !cable) return { payload: { status: 'UnlockFailed' } };
        return answer;
      },
      TriggerMessage: async (p, call) => {
        const faulty = faultyTrigger(this.host, p);
        if (faulty) return faulty;
        const busy = this.transferNow(String(p.requestedMessage));
        if (busy) return { payload: { status: 'Accepted' }, after: () => this.host.send(String(p.requestedMessage), busy, { triggered: true }) };
        const answer = await trigger(p, call);
        const status = statusOf(answer);
        // Faults: F06.FR.08 (an unimplemented message Accepted) and F06.FR.17 (BootNotification after Accepted) broken; nothing is sent.
        if (has('trigger-unknown-accepted') && status === 'NotImplemented') return { payload: { status: 'Accepted' } };
        if (has('trigger-boot-accepted') && status === 'Rejected' && p.requestedMessage === 'BootNotification') return { payload: { status: 'Accepted' } };
        return answer;
      },
    };
  }

  /**
   * F06.FR.14 (an upload running: Uploading) and L01.FR.26 (an update running: its last status), with the running
   * request's requestId; undefined when the station is not busy (B's trigger then reports Idle, F06.FR.15/16).
   */
  private transferNow(requested: string): { status: string; requestId: number } | undefined {
    const has = (name: Faults) => this.host.faults.has(name);
    // Faults: the trigger reports Idle although an upload / a download runs.
    if (requested === 'LogStatusNotification' && !has('trigger-log-status-idle-while-uploading')) return logUploadNow(this.host);
    if (requested === 'FirmwareStatusNotification' && !has('trigger-firmware-status-idle-while-updating')) return firmwareUpdateNow(this.host);
    return undefined;
  }
}

function statusOf(answer: HandlerResult): unknown {
  return 'payload' in answer ? answer.payload.status : undefined;
}
