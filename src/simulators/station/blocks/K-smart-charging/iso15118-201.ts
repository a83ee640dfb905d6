/**
 * ISO 15118 load leveling of the reference station, OCPP 2.0.1 (Part 2 K15, K17): the EV's charging needs
 * go to the CSMS (NotifyEVChargingNeedsRequest, K15.FR.01 / K17.FR.01, with AC parameters: K15.FR.06); once
 * they are taken, every TxProfile the CSMS sets for that transaction (the first, or a renegotiation the CSMS
 * starts) goes to the EV, which returns a charging profile within it (K15.FR.09), reported to the CSMS
 * (NotifyEVChargingScheduleRequest, K15.FR.10 / K17.FR.10). The EV's renegotiation is an operator action
 * (evRenegotiate).
 *
 * The first needs are opt-in, so no other case meets them: an EV told to hold them back (evHoldChargingNeeds)
 * draws no energy until the operator makes it give them (evChargingNeeds). Answered Rejected (K15.FR.04), or
 * offline (K15.FR.15), the station gives the EV its own composite schedule (the TxDefaultProfile within the
 * limits), the EV returns it (NotifyEVChargingSchedule, queued while offline) and charges.
 */
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import type { Payload } from '../../../../rpc/codec.js';
import { unavailable, type ActionTable } from '../../actions.js';
import type { BlockHost } from '../../block-host.js';
import { isResult } from '../../types.js';
import type { FAULTS } from './faults.js';
import { composite201, OWN_LIMIT_A, VOLTS_201, type Unit201 } from './composite-201.js';
import { schedulesOf, type Installed201 } from './store-201.js';

type Fault = (typeof FAULTS)[number]['name'];

/** The mock EV's needs: AC three phase, 6-32 A at 400 V, 30 kWh. */
const EV_NEEDS = { requestedEnergyTransfer: 'AC_three_phase', acChargingParameters: { energyAmount: 30_000, evMinCurrent: 6, evMaxCurrent: 32, evMaxVoltage: 400 } };
const MAX_SCHEDULE_TUPLES = 3;

const EV_PHASES = 3;

export class Iso15118Ev201 {
  private readonly host: BlockHost<Fault>;
  /** The station's installed charging profiles (its composite schedule is the EV's schedule when the CSMS gives none). */
  private readonly profiles: () => readonly Installed201[];
  /** EVSEs whose EV has an ISO 15118 schedule exchange (needs taken), with the transaction it belongs to. */
  private readonly sessions = new Map<number, string | undefined>();

  constructor(host: BlockHost<Fault>, profiles: () => readonly Installed201[]) {
    this.host = host;
    this.profiles = profiles;
  }

  private reported = (evseId: number): number => (this.host.faults.has('iso-ev-wrong-evse') ? evseId + 1 : evseId);

  /** The needs the station reports (fault iso-ev-needs-no-parameters: neither AC nor DC parameters). */
  private evNeeds = (): Payload => (this.host.faults.has('iso-ev-needs-no-parameters') ? { requestedEnergyTransfer: EV_NEEDS.requestedEnergyTransfer } : EV_NEEDS);

  /** The EV (re)negotiates: its charging needs to the CSMS; Accepted (or Processing) and the EV takes the CSMS's schedules, Rejected and it charges as it can. */
  async needs(evseId: number): Promise<OperatorResult> {
    const tx = this.host.tx.transactionOn(evseId);
    if (!tx) return unavailable(`no transaction on EVSE ${evseId}: the EV has no ISO 15118 session`);
    if (this.host.faults.has('iso-ev-renegotiation-dropped') && this.sessions.has(evseId) && this.sessions.get(evseId) === tx.transactionId) return { status: 'done' };
    const outcome = await this.host.send('NotifyEVChargingNeeds', { evseId: this.reported(evseId), maxScheduleTuples: MAX_SCHEDULE_TUPLES, chargingNeeds: this.evNeeds() });
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
    this.release(evseId);
    const { id, chargingRateUnit, duration } = schedule;
    // Fault iso-ev-schedule-beyond-profile: the EV returns twice the limits it was given.
    const chargingSchedulePeriod = this.host.faults.has('iso-ev-schedule-beyond-profile')
      ? (schedule.chargingSchedulePeriod as Payload[]).map((p) => ({ ...p, limit: Number(p.limit) * 2 })) : schedule.chargingSchedulePeriod;
    void this.host.send('NotifyEVChargingSchedule', {
      timeBase: new Date().toISOString(), evseId: this.reported(evseId),
      chargingSchedule: { id, chargingRateUnit, chargingSchedulePeriod, ...(duration !== undefined ? { duration } : {}) },
    });
  }

  /** The EV holding its needs gives them now (charge parameter discovery); an EV already charging renegotiates. */
  private async firstNeeds(evseId: number): Promise<OperatorResult> {
    const evse = this.host.evses.get(evseId);
    if (!evse?.ev.plugged) return unavailable(`no EV is plugged into EVSE ${evseId}`);
    if (!evse.ev.awaitingSchedule) return this.needs(evseId);
    const txId = this.host.tx.transactionOn(evseId)?.transactionId;
    const outcome = await this.host.send('NotifyEVChargingNeeds', { evseId: this.reported(evseId), maxScheduleTuples: MAX_SCHEDULE_TUPLES, chargingNeeds: this.evNeeds() });
    const status = isResult(outcome) ? String(outcome.payload.status) : undefined;
    // K15.FR.03: Accepted: the EV waits for the CSMS's TxProfile (txProfileSet). K15.FR.05: Processing: it need not wait.
    if (status === 'Accepted' || status === 'Processing') this.sessions.set(evseId, txId);
    if (status === 'Accepted') return { status: 'done' };
    if (status === 'Rejected' && this.host.faults.has('iso-ev-rejected-needs-no-energy')) return { status: 'done' };
    // Rejected (K15.FR.04), Processing, or offline (K15.FR.15): the station's own composite schedule, which the EV returns.
    this.release(evseId);
    const offline = outcome.kind === 'dropped';
    void this.host.send('NotifyEVChargingSchedule', {
      timeBase: new Date().toISOString(), evseId: this.reported(evseId), chargingSchedule: this.ownSchedule(evseId, offline),
    }, { queue: true });
    return { status: 'done' };
  }

  /** The station's composite schedule for the EVSE from now, in W when a profile of the EVSE (or of EVSE 0) is in W, else A (fault: offline, the EV's own maximum). */
  private ownSchedule(evseId: number, offline: boolean): Payload {
    const installed = this.profiles().filter((x) => x.evseId === evseId || x.evseId === 0);
    const unit: Unit201 = installed.map((x) => schedulesOf(x.profile)[0]?.chargingRateUnit).find((u) => u === 'W') === 'W' ? 'W' : 'A';
    if (offline && this.host.faults.has('iso-ev-offline-default-ignored')) {
      const max = unit === 'W' ? OWN_LIMIT_A * VOLTS_201 * EV_PHASES : OWN_LIMIT_A;
      return { id: 1, chargingRateUnit: unit, chargingSchedulePeriod: [{ startPeriod: 0, limit: max }] };
    }
    const from = Math.floor(Date.now() / 1000) * 1000;
    const tx = this.host.tx.transactionOn(evseId);
    const periods = composite201(installed, { evseId, from, seconds: 3600, unit, ...(tx?.transactionId ? { tx: { transactionId: tx.transactionId, startedAt: tx.startedAt } } : {}) }, {
      lowestStackWins: false, ignoreMax: false, ignoreTxDefault: false, ignoreValidFrom: false, ignoreValidTo: false, startAtInstall: false,
    });
    return { id: 1, chargingRateUnit: unit, chargingSchedulePeriod: periods };
  }

  /** The EV is done with its schedule exchange: it draws energy (the station reports Charging). */
  private release(evseId: number): void {
    const evse = this.host.evses.get(evseId);
    if (!evse?.ev.awaitingSchedule) return;
    evse.ev.awaitingSchedule = false;
    this.host.tx.refreshCharging?.(evseId);
  }

  actions(): ActionTable {
    const evseOf = (evseId: number | undefined) => evseId ?? this.host.evses.list.find((e) => e.ev.plugged)?.id;
    return {
      evRenegotiate: ({ evseId }) => {
        const evse = evseId ?? this.host.evses.list.find((e) => this.host.tx.transactionOn(e.id))?.id;
        return evse === undefined ? unavailable('no EVSE with a transaction') : this.needs(evse);
      },
      evHoldChargingNeeds: ({ evseId }) => {
        const evse = this.host.evses.get(evseOf(evseId) ?? -1);
        if (!evse?.ev.plugged) return unavailable('no EV plugged in to hold its charging needs');
        evse.ev.awaitingSchedule = true;
        return { status: 'done' };
      },
      evChargingNeeds: ({ evseId }) => {
        const evse = evseOf(evseId);
        return evse === undefined ? unavailable('no EV plugged in') : this.firstNeeds(evse);
      },
    };
  }
}
