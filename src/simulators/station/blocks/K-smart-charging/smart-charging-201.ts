/**
 * K Smart Charging, OCPP 2.0.1 part (Part 2 K01, K08, K09, K10): SetChargingProfile, ClearChargingProfile,
 * GetChargingProfiles with its ReportChargingProfiles, and GetCompositeSchedule. The profiles live in the
 * block (store-201.ts), kept per EVSE; the block outlives reboots, so they persist (K01.FR.27).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { CallHandler, HandlerResult, HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import type { ActionTable } from '../../actions.js';
import { composite201 } from './composite-201.js';
import { externalLimitActions } from './external-limit-201.js';
import { Iso15118Ev201 } from './iso15118-201.js';
import { criteriaOf, ProfileStore201, schedulesOf, type Installed201 } from './store-201.js';

type Fault = (typeof FAULTS)[number]['name'];

const status = (s: string): HandlerResult => ({ payload: { status: s } });

export class SmartCharging201 implements BlockInstance {
  private readonly host: BlockHost<Fault>;
  private readonly store = new ProfileStore201();
  private readonly ev: Iso15118Ev201;

  constructor(host: BlockHost<Fault>) {
    this.host = host;
    this.ev = new Iso15118Ev201(host, () => this.store.list());
  }

  /** K15 / K17: the EV's renegotiation (ISO 15118); K12 / K13: an external system's limit. */
  actions(): ActionTable {
    return { ...this.ev.actions(), ...externalLimitActions(this.host, this.store) };
  }

  private has = (f: Fault): boolean => this.host.faults.has(f);
  /** SC-2.1 A / SC-2.2 W (ChargingScheduleChargingRateUnit): the units the claim lists; both when it lists neither. */
  private supportsUnit = (unit: unknown): boolean => {
    const claimed = (this.host.options.features ?? []).filter((f) => f === 'SC-2.1' || f === 'SC-2.2');
    return claimed.length === 0 || claimed.includes(unit === 'W' ? 'SC-2.2' : 'SC-2.1');
  };
  private evseExists = (id: number): boolean => id === 0 || this.host.evses.list.some((e) => e.id === id);
  private running = (evseId: number): { transactionId: string; startedAt: number } | undefined => {
    const tx = evseId > 0 ? this.host.tx.transactionOn(evseId) : undefined;
    return tx?.transactionId === undefined ? undefined : { transactionId: tx.transactionId, startedAt: tx.startedAt };
  };

  private tidy(): void {
    this.store.dropEnded((evseId) => this.running(evseId)?.transactionId);
  }

  /** Why the station refuses the profile (K01), or undefined when it takes it. */
  private refusal(evseId: number, p: Payload): string | undefined {
    const purpose = p.chargingProfilePurpose;
    if (!this.evseExists(evseId) && !this.has('sc-unknown-evse-accepted')) return 'K01.FR.28 unknown evseId';
    if (purpose === 'ChargingStationExternalConstraints') return 'K01.FR.22 external constraints are not set by the CSMS';
    if (purpose === 'ChargingStationMaxProfile' && evseId !== 0) return 'ChargingStationMaxProfile is for evseId 0 (ChargingProfilePurposeEnumType)';
    // K01.FR.52 / FR.53: a TxDefaultProfile of a stack level held by another id on EVSE 0 vs a specific EVSE.
    if (purpose === 'TxDefaultProfile' && this.store.list().some((x) => x.profile.chargingProfilePurpose === 'TxDefaultProfile' && Number(x.profile.stackLevel) === Number(p.stackLevel)
      && Number(x.profile.id) !== Number(p.id) && (x.evseId === 0) !== (evseId === 0))) return 'K01.FR.52 / FR.53 same stackLevel on EVSE 0 and a specific EVSE';
    if (purpose === 'TxProfile') {
      if (evseId === 0) return this.has('sc-tx-profile-on-evse-0') ? undefined : 'K01.FR.16 TxProfile only with evseId > 0';
      const tx = this.running(evseId);
      if (!this.has('sc-tx-profile-without-transaction') && (!tx || (p.transactionId !== undefined && p.transactionId !== tx.transactionId))) {
        return 'K01.FR.09 / FR.33 no such transaction on the EVSE';
      }
    }
    if (p.chargingProfileKind === 'Recurring' && this.has('sc-recurring-rejected')) return 'fault: Recurring refused';
    if (p.chargingProfileKind === 'Relative' && this.has('sc-relative-rejected')) return 'fault: Relative refused';
    const schedules = schedulesOf(p);
    if (!schedules.length) return 'no chargingSchedule';
    for (const s of schedules) {
      if (p.chargingProfileKind !== 'Relative' && s.startSchedule === undefined) return 'K01.FR.40 startSchedule missing';
      if (p.chargingProfileKind === 'Recurring' && p.recurrencyKind === undefined) return 'recurrencyKind missing';
      if (s.chargingRateUnit !== 'A' && s.chargingRateUnit !== 'W') return 'K01.FR.26 chargingRateUnit';
      if (!this.supportsUnit(s.chargingRateUnit) && !this.has('sc-unsupported-unit-accepted')) return `K01.FR.26 chargingRateUnit ${String(s.chargingRateUnit)} not supported`;
    }
    return undefined;
  }

  private set(p: Payload): HandlerResult {
    this.tidy();
    let evseId = Number(p.evseId);
    const profile = { ...(p.chargingProfile ?? {}) as Payload };
    const why = this.refusal(evseId, profile);
    if (why) return { payload: { status: 'Rejected', statusInfo: { reasonCode: 'InvalidProfile', additionalInfo: why.slice(0, 512) } } };
    // Faults: what should have been refused is taken, somewhere the station can keep it.
    if (!this.evseExists(evseId)) return status('Accepted');
    if (profile.chargingProfilePurpose === 'TxProfile' && evseId === 0) evseId = 1;
    if (profile.chargingProfilePurpose === 'TxProfile' && profile.transactionId === undefined) {
      const tx = this.running(evseId);
      if (tx) profile.transactionId = tx.transactionId;
    }
    if (profile.chargingProfilePurpose === 'TxProfile' && this.has('sc-tx-profile-not-applied')) return status('Accepted');
    if (this.has('sc-replace-keeps-old') && this.store.list().some((x) => Number(x.profile.id) === Number(profile.id))) return status('Accepted');
    const full = this.store.install(evseId, profile);
    if (full) return { payload: { status: 'Rejected', statusInfo: { reasonCode: 'NoCapacity', additionalInfo: full } } };
    // K15.FR.09-10 / K17: an EV awaiting its schedule takes this one.
    return profile.chargingProfilePurpose === 'TxProfile' ? { payload: { status: 'Accepted' }, after: () => this.ev.txProfileSet(evseId, profile) } : status('Accepted');
  }

  private clear(p: Payload): HandlerResult {
    const c = (p.chargingProfileCriteria ?? {}) as Payload;
    const id = p.chargingProfileId === undefined ? undefined : Number(p.chargingProfileId);
    let removed: number;
    if (id !== undefined && this.has('sc-clear-by-id-ignored')) removed = this.store.list().filter((x) => Number(x.profile.id) === id).length;
    else {
      removed = this.store.clear({
        ...(id !== undefined ? { id } : {}),
        ...(c.evseId !== undefined ? { evseId: Number(c.evseId) } : {}),
        ...(c.chargingProfilePurpose !== undefined ? { purpose: String(c.chargingProfilePurpose) } : {}),
        ...(c.stackLevel !== undefined ? { stackLevel: Number(c.stackLevel) } : {}),
      }, this.has('sc-clear-by-criteria-ignored') && id === undefined, this.has('sc-clear-criteria-first-only') && id === undefined);
    }
    return status(removed > 0 || this.has('sc-clear-unknown-accepted') ? 'Accepted' : 'Unknown');
  }

  /** K09: Accepted and the reports after the response, or NoProfiles. */
  private get(p: Payload): HandlerResult {
    this.tidy();
    const criteria = criteriaOf(p);
    if (this.has('sc-report-evse-filter-ignored')) delete criteria.evseId;
    if (this.has('sc-report-source-filter-ignored')) delete criteria.sources;
    const found = this.store.select(criteria);
    if (!found.length) return status('NoProfiles');
    const requestId = Number(p.requestId) + (this.has('sc-report-wrong-request-id') ? 1 : 0);
    return { payload: { status: 'Accepted' }, after: () => this.report(requestId, found) };
  }

  /** One ReportChargingProfilesRequest per EVSE and source (the message has one of each), or per profile (personality); tbc on all but the last (K09.FR.02). */
  private async report(requestId: number, found: readonly Installed201[]): Promise<void> {
    const perProfile = this.host.options.behaviour.chargingProfileReportPerProfile;
    const groups = new Map<string, Installed201[]>();
    for (const x of found) {
      const key = perProfile ? `${x.evseId}/${x.source}/${String(x.profile.id)}` : `${x.evseId}/${x.source}`;
      groups.set(key, [...(groups.get(key) ?? []), x]);
    }
    const list = [...groups.values()];
    for (const [i, g] of list.entries()) {
      await this.host.send('ReportChargingProfiles', {
        requestId, chargingLimitSource: g[0]!.source, evseId: g[0]!.evseId, chargingProfile: g.map((x) => x.profile), ...(i < list.length - 1 ? { tbc: true } : {}),
      });
    }
  }

  private composite(p: Payload): HandlerResult {
    this.tidy();
    const evseId = Number(p.evseId);
    const unit = p.chargingRateUnit === 'W' ? 'W' : 'A';
    if (!this.evseExists(evseId) && !this.has('sc-composite-unknown-evse-accepted')) return status('Rejected');
    if (!this.supportsUnit(unit) && !this.has('sc-composite-unsupported-unit-accepted')) return status('Rejected');
    const asked = this.evseExists(evseId) ? evseId : 0;
    // K08.FR.02: from the moment of receipt, on a whole second (startPeriod is in seconds).
    const from = Math.floor(Date.now() / 1000) * 1000;
    const seconds = Number(p.duration);
    const tx = this.running(asked);
    const evses = asked === 0 ? this.host.evses.list.map((e) => ({ evseId: e.id, ...(this.running(e.id) ? { tx: this.running(e.id)! } : {}) })) : [];
    const periods = composite201(this.store.list(), { evseId: asked, from, seconds, unit, ...(tx ? { tx } : {}), evses }, {
      lowestStackWins: this.has('sc-composite-lowest-stack-wins'),
      ignoreMax: this.has('sc-composite-max-ignored'),
      ignoreTxDefault: this.has('sc-composite-tx-default-ignored'),
      ignoreValidFrom: this.has('sc-valid-from-ignored'),
      ignoreValidTo: this.has('sc-valid-to-ignored'),
      startAtInstall: this.has('sc-start-schedule-ignored'),
    });
    return {
      payload: {
        status: 'Accepted',
        schedule: { evseId, duration: this.has('sc-composite-duration-wrong') ? 86_400 : seconds, scheduleStart: new Date(from).toISOString(), chargingRateUnit: unit, chargingSchedulePeriod: periods },
      },
    };
  }

  /** K01.FR.27: the profiles are kept over a reboot (the fault forgets them). */
  onReboot(): void {
    if (this.has('sc-profiles-lost-on-reboot')) this.store.forget();
  }

  chargingProfileEntries(): number {
    this.tidy();
    return this.store.list().length;
  }

  /**
   * K05 / F01.FR.08-11: a RequestStartTransaction's chargingProfile must be a TxProfile without transactionId
   * (else Rejected, K05.FR.05); the transaction it starts uses it (F01.FR.10, K05.FR.03): installed now, bound to
   * the transaction once it has an id (store-201.ts).
   */
  private remoteStart(inner: CallHandler | undefined): CallHandler | undefined {
    if (!inner) return undefined;
    return async (p, call) => {
      const given = p.chargingProfile as Payload | undefined;
      if (!given) return inner(p, call);
      if (given.chargingProfilePurpose !== 'TxProfile' || given.transactionId !== undefined || this.refusal(Number(p.evseId ?? 1), { ...given, chargingProfilePurpose: 'TxDefaultProfile' })) {
        return { payload: { status: 'Rejected', statusInfo: { reasonCode: 'InvalidProfile' } } };
      }
      const result = await inner(p, call);
      if (!('payload' in result) || result.payload.status !== 'Accepted' || this.has('sc-remote-start-profile-dropped')) return result;
      return { payload: result.payload, after: () => { this.store.install(Number(p.evseId ?? 1), { ...given }); return result.after?.(); } };
    };
  }

  handlers(composed: Readonly<HandlerTable>): HandlerTable {
    const remote = this.remoteStart(composed.RequestStartTransaction);
    return {
      ...(remote ? { RequestStartTransaction: remote } : {}),
      SetChargingProfile: (p) => this.set(p),
      ClearChargingProfile: (p) => this.clear(p),
      GetChargingProfiles: (p) => this.get(p),
      GetCompositeSchedule: (p) => this.composite(p),
    };
  }
}
