/**
 * K Smart Charging, OCPP 1.6 part (3.13, 5.5, 5.7, 5.11, 5.16): SetChargingProfile, ClearChargingProfile,
 * GetCompositeSchedule, and the chargingProfile of a RemoteStartTransaction (the E block's handler,
 * extended here). Profiles persist across reboots (1.6 3.13: they are kept in memory that survives).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { CallHandler, HandlerResult, HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import { composite16 } from './composite-16.js';
import { ProfileStore16, toStored, unfit, type StoredProfile16 } from './store-16.js';

type Fault = (typeof FAULTS)[number]['name'];

const status = (s: string): HandlerResult => ({ payload: { status: s } });
const constraint = (why: string): HandlerResult => ({ error: { code: 'PropertyConstraintViolation', description: why } });

export class SmartCharging16 implements BlockInstance {
  private readonly host: BlockHost<Fault>;
  private readonly store = new ProfileStore16();
  /**
   * Fault tx-default-not-for-running: per TxDefaultProfile, the transactions (by start time) running on its
   * connectors when it was installed; the faulty station keeps it from them. Recorded at install, so the
   * fault does not hang on comparing clock readings later.
   */
  private readonly notForRunning = new WeakMap<StoredProfile16, Map<number, number>>();

  constructor(host: BlockHost<Fault>) {
    this.host = host;
  }

  private get terse(): boolean {
    return this.host.options.behaviour.terseSmartCharging;
  }

  private running = (connectorId: number) => (connectorId > 0 ? this.host.tx.transactionOn(connectorId) : undefined);

  /** Start time of the transaction running on each connector `connectorId` covers (0: every connector). */
  private runningOn(connectorId: number): Map<number, number> {
    const connectors = connectorId === 0 ? this.host.evses.list.map((e) => e.id) : [connectorId];
    return new Map(connectors.flatMap((c) => {
      const tx = this.running(c);
      return tx ? [[c, tx.startedAt] as const] : [];
    }));
  }

  private tidy(): void {
    this.store.bind(this.running);
    this.store.dropEnded(this.running);
  }

  private set(p: Payload): HandlerResult {
    this.tidy();
    const profile = toStored(Number(p.connectorId), (p.csChargingProfiles ?? {}) as Payload);
    if (unfit(profile, this.host.evses.list.length)) return status('Rejected');
    if (profile.purpose === 'TxDefaultProfile' && this.host.faults.has('charging-profile-rejected')) return status('Rejected');
    if (profile.purpose === 'TxProfile' && !this.host.faults.has('tx-profile-without-transaction')) {
      // 5.16.3: a TxProfile needs a running transaction on the connector, and its transactionId when given.
      const tx = this.running(profile.connectorId);
      // Personality terse-smart-charging: no transaction at all is refused by CALLERROR (OCTT TC_058_1_CS allows it).
      if (!tx && this.terse) return constraint('TxProfile without a running transaction');
      if (!tx || (profile.transactionId !== undefined && profile.transactionId !== tx.transactionId)) return status('Rejected');
    }
    if (profile.purpose === 'TxProfile' && profile.transactionId === undefined) profile.transactionId = this.running(profile.connectorId)?.transactionId;
    if (profile.purpose === 'TxDefaultProfile' && this.host.faults.has('tx-default-not-for-running')) this.notForRunning.set(profile, this.runningOn(profile.connectorId));
    return status(this.store.install(profile) ? 'Accepted' : 'Rejected');
  }

  private clear(p: Payload): HandlerResult {
    const num = (v: unknown) => (v === undefined ? undefined : Number(v));
    if (p.id !== undefined && this.host.faults.has('clear-by-id-ignored')) return status(this.store.list().some((x) => x.id === Number(p.id)) ? 'Accepted' : 'Unknown');
    const removed = this.store.clear({
      ...(p.id !== undefined ? { id: Number(p.id) } : {}),
      ...(p.connectorId !== undefined ? { connectorId: num(p.connectorId) } : {}),
      ...(p.chargingProfilePurpose !== undefined ? { purpose: String(p.chargingProfilePurpose) } : {}),
      ...(p.stackLevel !== undefined ? { stackLevel: num(p.stackLevel) } : {}),
    });
    return status(removed > 0 ? 'Accepted' : 'Unknown');
  }

  private composite(p: Payload): HandlerResult {
    this.tidy();
    const connectorId = Number(p.connectorId);
    if (connectorId < 0 || connectorId > this.host.evses.list.length) return status('Rejected');
    const unit = p.chargingRateUnit === 'W' ? 'W' : 'A';
    // The schedule starts now, on a whole second (startPeriod is in whole seconds).
    const from = Math.floor(Date.now() / 1000) * 1000;
    const seconds = Number(p.duration);
    const tx = this.running(connectorId);
    const periods = composite16(this.store.list(), { connectorId, from, seconds, unit, ...(tx ? { tx } : {}) }, {
      lowestStackWins: this.host.faults.has('stack-level-inverted'),
      ignoreMax: this.host.faults.has('max-profile-ignored'),
      ignoreTx: this.host.faults.has('tx-profile-ignored'),
      skipDefault: (profile) => {
        const heldFrom = this.notForRunning.get(profile)?.get(connectorId);
        return heldFrom !== undefined && (tx === undefined || tx.startedAt === heldFrom);
      },
    });
    const start = new Date(from).toISOString();
    return {
      payload: {
        status: 'Accepted', connectorId, scheduleStart: start,
        chargingSchedule: { duration: seconds, ...(this.terse ? {} : { startSchedule: start }), chargingRateUnit: unit, chargingSchedulePeriod: periods },
      },
    };
  }

  /** 5.11: a RemoteStartTransaction's chargingProfile must be a TxProfile without transactionId; it is used for the transaction. */
  private remoteStart(inner: CallHandler | undefined): CallHandler | undefined {
    if (!inner) return undefined;
    return async (p, call) => {
      const given = p.chargingProfile as Payload | undefined;
      if (!given) return inner(p, call);
      const wrongPurpose = given.chargingProfilePurpose !== 'TxProfile' && !this.host.faults.has('remote-start-profile-unchecked');
      if (wrongPurpose || given.transactionId !== undefined) return this.terse ? constraint('chargingProfile must be a TxProfile without transactionId') : status('Rejected');
      const result = await inner(p, call);
      if (!('payload' in result) || result.payload.status !== 'Accepted' || this.host.faults.has('remote-start-profile-dropped')) return result;
      const connectorId = Number(p.connectorId ?? 1);
      const profile = toStored(connectorId, given);
      return {
        payload: result.payload,
        after: () => {
          if (!unfit(profile, this.host.evses.list.length)) this.store.install(profile);
          return result.after?.();
        },
      };
    };
  }

  handlers(composed: Readonly<HandlerTable>): HandlerTable {
    const remote = this.remoteStart(composed.RemoteStartTransaction);
    return {
      SetChargingProfile: (p) => this.set(p),
      ClearChargingProfile: (p) => this.clear(p),
      GetCompositeSchedule: (p) => this.composite(p),
      ...(remote ? { RemoteStartTransaction: remote } : {}),
    };
  }
}
