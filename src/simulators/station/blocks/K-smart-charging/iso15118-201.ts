/**
 * ISO 15118 load leveling of the reference station, OCPP 2.0.1 (Part 2 K15, K17): the EV's charging needs
 * go to the CSMS (NotifyEVChargingNeedsRequest, K15.FR.01 / K17.FR.01, with AC parameters: K15.FR.06); once
 * they are taken, every TxProfile the CSMS sets for that transaction (the first, or a renegotiation the CSMS
 * starts) goes to the EV, which returns a charging profile within it (K15.FR.09), reported to the CSMS
 * (NotifyEVChargingScheduleRequest, K15.FR.10 / K17.FR.10). The EV's renegotiation is an operator action
 * (evRenegotiate).
 */
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import type { Payload } from '../../../../rpc/codec.js';
import { unavailable, type ActionTable } from '../../actions.js';
import type { BlockHost } from '../../block-host.js';
import { isResult } from '../../types.js';
import type { FAULTS } from './faults.js';
import { schedulesOf } from './store-201.js';

type Fault = (typeof FAULTS)[number]['name'];

/** The mock EV's needs: AC three phase, 6-32 A at 400 V, 30 kWh. */
const EV_NEEDS = { requestedEnergyTransfer: 'AC_three_phase', acChargingParameters: { energyAmount: 30_000, evMinCurrent: 6, evMaxCurrent: 32, evMaxVoltage: 400 } };
const MAX_SCHEDULE_TUPLES = 3;

export class Iso15118Ev201 {
  private readonly host: BlockHost<Fault>;
  /** EVSEs whose EV has an ISO 15118 schedule exchange (needs taken), with the transaction it belongs to. */
  private readonly sessions = new Map<number, string | undefined>();

  constructor(host: BlockHost<Fault>) {
    this.host = host;
  }

  private reported = (evseId: number): number => (this.host.faults.has('iso-ev-wrong-evse') ? evseId + 1 : evseId);

  /** The EV (re)negotiates: its charging needs to the CSMS; Accepted (or Processing) and the EV takes the CSMS's schedules, Rejected and it charges as it can. */
  async needs(evseId: number): Promise<OperatorResult> {
    const tx = this.host.tx.transactionOn(evseId);
    if (!tx) return unavailable(`no transaction on EVSE ${evseId}: the EV has no ISO 15118 session`);
    if (this.host.faults.has('iso-ev-renegotiation-dropped') && this.sessions.has(evseId) && this.sessions.get(evseId) === tx.transactionId) return { status: 'done' };
    const outcome = await this.host.send('NotifyEVChargingNeeds', { evseId: this.reported(evseId), maxScheduleTuples: MAX_SCHEDULE_TUPLES, chargingNeeds: EV_NEEDS });
    const status = isResult(outcome) ? String(outcome.payload.status) : undefined;
    if (status === 'Accepted' || status === 'Processing') this.sessions.set(evseId, tx.transactionId);
    else this.sessions.delete(evseId);
    return { status: 'done' };
  }

  /** A TxProfile was installed for the transaction on `evseId`: an EV in a schedule exchange takes it as is and the station reports it. */
  txProfileSet(evseId: number, profile: Payload): void {
    const running = this.host.tx.transactionOn(evseId)?.transactionId;
    if (!this.sessions.has(evseId) || this.sessions.get(evseId) !== running) {
      this.sessions.delete(evseId);
      return;
    }
    const schedule = schedulesOf(profile)[0];
    if (!schedule) return;
    const { id, chargingRateUnit, chargingSchedulePeriod, duration } = schedule;
    void this.host.send('NotifyEVChargingSchedule', {
      timeBase: new Date().toISOString(), evseId: this.reported(evseId),
      chargingSchedule: { id, chargingRateUnit, chargingSchedulePeriod, ...(duration !== undefined ? { duration } : {}) },
    });
  }

  actions(): ActionTable {
    return {
      evRenegotiate: ({ evseId }) => {
        const evse = evseId ?? this.host.evses.list.find((e) => this.host.tx.transactionOn(e.id))?.id;
        return evse === undefined ? unavailable('no EVSE with a transaction') : this.needs(evse);
      },
    };
  }
}
