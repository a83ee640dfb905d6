/**
 * A 2.0.1 station configured without Smart Charging (the claim variant "no Smart Charging"): it has no K handlers,
 * so SetChargingProfile is a CALLERROR NotSupported (K01.FR.29, the host answers it) and a RequestStartTransaction's
 * chargingProfile is ignored (F01.FR.12, E's handler starts the transaction without it). This block exists only to
 * break those two on purpose (its faults).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

type Fault = (typeof FAULTS)[number]['name'];

/** A 2.0.1 station whose ICS claim leaves Smart Charging out (no claim list: the reference has it). */
export const smartChargingClaimed = (host: BlockHost<Fault>): boolean => host.options.profiles?.includes('Smart Charging') ?? true;

export class NoSmartCharging201 implements BlockInstance {
  private readonly host: BlockHost<Fault>;

  constructor(host: BlockHost<Fault>) {
    this.host = host;
  }

  handlers(composed: Readonly<HandlerTable>): HandlerTable {
    const { faults } = this.host;
    const inner = composed.RequestStartTransaction;
    return {
      // Fault: answers as if it judged the profile, instead of the CALLERROR NotSupported (K01.FR.29).
      ...(faults.has('sc-unsupported-set-answered') ? { SetChargingProfile: () => ({ payload: { status: 'Rejected' } }) } : {}),
      // Fault: refuses the remote start because of the chargingProfile it should ignore (F01.FR.12).
      ...(inner && faults.has('sc-unsupported-remote-start-rejected') ? {
        RequestStartTransaction: (p: Payload, call) => ((p.chargingProfile as Payload | undefined) ? { payload: { status: 'Rejected' } } : inner(p, call)),
      } : {}),
    };
  }
}
