/**
 * Monitoring (2.0.1 N02-N08) on the reference station: SetVariableMonitoring, ClearVariableMonitoring,
 * SetMonitoringBase, SetMonitoringLevel, GetMonitoringReport -> NotifyMonitoringReport, and the monitors
 * watching the device model's variables, raising NotifyEvent (N07 threshold / delta, N08 periodic) for the
 * monitors whose severity the monitoring level lets through (N05.FR.03).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import { done, type ActionTable } from '../../actions.js';
import type { DeviceModelPort, ModelComponent as ComponentRef, ModelVariable as VariableRef } from '../B-provisioning/port.js';
import { CRITERIA, MonitorList, matches, type Monitor, type MonitoringBase } from './monitors.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** Monitors per NotifyMonitoringReport part. */
const REPORT_CHUNK = 10;
/** How often the monitors look at their variables. */
const WATCH_MS = 100;

export class Monitoring implements BlockInstance {
  private readonly monitors: MonitorList;
  /** N05: the highest severity reported (9: every monitor). */
  private level = 9;
  /** What each monitor saw last (Delta: the value last reported; thresholds: whether it is exceeded). */
  private readonly seen = new Map<number, { value: string; exceeded: boolean; periodicAt: number; tx?: string }>();
  /** Fault removed-threshold-reports-cleared: cleared threshold monitors still watched for their return within the threshold. */
  private readonly ghosts: Monitor[] = [];
  private eventId = 1;

  constructor(private readonly ctx: BlockHost<Faults>, model: DeviceModelPort) {
    this.monitors = new MonitorList(model);
  }

  private has(f: Faults): boolean {
    return this.ctx.faults.has(f);
  }

  /** Whether the station's ICS leaves this monitoringCriteria / monitoringBase value out (a reference variant's claim). */
  private unsupported(kind: 'monitoringCriteria' | 'monitoringBase', value: string): boolean {
    return (this.ctx.options.features ?? []).some((f) => f.toLowerCase() === `unsupported ${kind} ${value}`.toLowerCase());
  }

  /** Watches the variables while any monitor exists (the timer stops with the station and restarts with the next monitor). */
  private watch(): void {
    if (this.monitors.onlyFactory && this.ghosts.length === 0) { this.ctx.timers.clear('monitoring-watch'); return; }
    // A new monitor compares with the value its variable has when it is set (not at the next look).
    for (const m of this.monitors.list) {
      const value = this.seen.has(m.id) ? undefined : this.monitors.valueOf(m);
      if (value !== undefined) this.seen.set(m.id, { value, exceeded: this.exceeded(m, value), periodicAt: Date.now() });
    }
    if (!this.ctx.timers.has('monitoring-watch')) this.ctx.timers.interval('monitoring-watch', WATCH_MS, () => this.evaluate());
  }

  private evaluate(): void {
    const events: Payload[] = [];
    for (const m of [...this.monitors.list, ...this.ghosts]) {
      const value = this.monitors.valueOf(m);
      if (value === undefined) continue;
      const before = this.seen.get(m.id);
      const now = Date.now();
      if (!before) { this.seen.set(m.id, { value, exceeded: this.exceeded(m, value), periodicAt: now, tx: this.transactionOf(m) }); continue; }
      // The transaction the value belongs to: the one running now, or the one that ran at the last look (it may just have ended).
      const tx = this.transactionOf(m) ?? before.tx;
      before.tx = this.transactionOf(m);
      const fire = (trigger: string, extra: Payload = {}) => events.push(this.eventOf(m, trigger, value, { ...(tx ? { transactionId: tx } : {}), ...extra }));
      if (this.ghosts.includes(m)) { this.ghostCleared(m, value, fire); continue; }
      if (m.type === 'Delta' && this.changed(m, before.value, value)) { before.value = value; fire('Delta'); }
      if (m.type === 'UpperThreshold' || m.type === 'LowerThreshold') {
        const exceeded = this.exceeded(m, value);
        // N07.FR.16-17 (Alerting): when the threshold is crossed; N07.FR.02: cleared when it is no longer.
        if (exceeded !== before.exceeded) {
          before.exceeded = exceeded;
          const silent = this.has('threshold-monitor-silent') || (!exceeded && this.has('threshold-cleared-not-reported'));
          if (!silent) fire('Alerting', exceeded ? {} : { cleared: true });
        }
      }
      const periodic = (m.type === 'Periodic' || m.type === 'PeriodicClockAligned') && !this.has('periodic-monitor-silent');
      if (periodic && m.value > 0 && now - before.periodicAt >= m.value * 1000) {
        before.periodicAt = now; fire('Periodic');
      }
    }
    // N05.FR.03: only monitors with a severity at or below the monitoring level are reported.
    const reported = events.filter((e) => Number(e.severity) <= this.level || this.has('monitoring-level-ignored'));
    if (reported.length) this.notify(reported);
  }

  /**
   * N07.FR.04: events of a severity at or below MonitoringCtrlr.OfflineQueuingSeverity are queued while the station is
   * offline (sent when it is back); the others are sent only while online (faults offline-monitor-events-dropped: none queued;
   * offline-monitor-events-all-queued: every one).
   */
  private notify(events: Payload[]): void {
    const limit = this.ctx.settings.int('offlineQueuingSeverity', 9);
    const queued = this.has('offline-monitor-events-dropped') ? [] : events.filter((e) => Number(e.severity) <= limit || this.has('offline-monitor-events-all-queued'));
    const rest = events.filter((e) => !queued.includes(e));
    const strip = (list: Payload[]) => list.map(({ severity: _s, ...e }) => e);
    const generatedAt = new Date().toISOString();
    if (queued.length) void this.ctx.send('NotifyEvent', { generatedAt, seqNo: 0, tbc: false, eventData: strip(queued) }, { queue: true });
    if (rest.length) void this.ctx.send('NotifyEvent', { generatedAt, seqNo: 0, tbc: false, eventData: strip(rest) });
  }

  /** Fault removed-threshold-reports-cleared: a cleared monitor's value back within its threshold is reported cleared (N07.FR.12 forbids it). */
  private ghostCleared(m: Monitor, value: string, fire: (trigger: string, extra?: Payload) => void): void {
    if (this.exceeded(m, value)) return;
    this.ghosts.splice(this.ghosts.indexOf(m), 1);
    this.seen.delete(m.id);
    fire('Alerting', { cleared: true });
  }

  /** The id of the transaction running on the EVSE of the monitored component (a component of the whole station: none). */
  private transactionOf(m: Monitor): string | undefined {
    const evseId = m.component.evse?.id;
    return evseId === undefined ? undefined : this.ctx.tx.transactionOn(evseId)?.transactionId;
  }

  /** A setting changed (SetVariables): the monitors look at once, so each change is compared on its own, not only at the next look. */
  onSettingChanged(): void {
    if (this.ctx.timers.has('monitoring-watch')) this.evaluate();
  }

  /** N07.FR.13: monitors persist over a reboot (fault monitors-lost-on-reboot: the custom ones are forgotten). */
  onReboot(): void {
    if (!this.has('monitors-lost-on-reboot')) return;
    for (const m of this.monitors.list.filter((x) => x.kind === 'CustomMonitor')) this.seen.delete(m.id);
    this.monitors.dropCustom();
  }

  private exceeded(m: Monitor, value: string): boolean {
    const n = Number(value);
    if (!Number.isFinite(n)) return false;
    return m.type === 'UpperThreshold' ? n > m.value : m.type === 'LowerThreshold' ? n < m.value : false;
  }

  /** N07.FR.18-19: a Delta monitor fires on any change of a non-numeric variable, and on a change of at least its value of a numeric one. */
  private changed(m: Monitor, before: string, now: string): boolean {
    if (before === now) return false;
    const a = Number(before);
    const b = Number(now);
    if (!Number.isFinite(a) || !Number.isFinite(b) || before === '' || now === '') return !this.has('delta-text-monitor-silent');
    // "changed more than plus or minus monitorValue" (fault delta-monitor-fires-at-value: a change of exactly the value fires).
    const delta = Math.abs(b - a);
    return (delta > m.value || (delta === m.value && this.has('delta-monitor-fires-at-value'))) && !this.has('delta-monitor-silent');
  }

  private eventOf(m: Monitor, trigger: string, value: string, extra: Payload): Payload {
    // N07.FR.10: the value of a WriteOnly variable is not disclosed: actualValue is empty (fault writeonly-monitor-discloses-value).
    const facts = this.monitors.factsOf(m);
    const actualValue = typeof facts !== 'string' && facts.mutability === 'WriteOnly' && !this.has('writeonly-monitor-discloses-value') ? '' : value.slice(0, 2500);
    return {
      eventId: this.eventId++, timestamp: new Date().toISOString(), trigger, actualValue, eventNotificationType: m.kind,
      variableMonitoringId: m.id, component: m.component, variable: m.variable, severity: m.severity, ...extra,
    };
  }

  /** N02: the monitors a GetMonitoringReport selects. */
  private select(p: Payload): Monitor[] {
    const criteria = this.has('monitoring-report-criteria-ignored') ? undefined : (p.monitoringCriteria as string[] | undefined);
    const wanted = (p.componentVariable as Array<{ component: ComponentRef; variable?: VariableRef }> | undefined) ?? [];
    const types = criteria?.length ? new Set(criteria.flatMap((c) => CRITERIA[c] ?? [])) : undefined;
    return this.monitors.list.filter((m) => (!types || types.has(m.type)) && (!wanted.length || wanted.some((w) => matches(m, w))));
  }

  /** N02.FR.03-04: NotifyMonitoringReport parts with the requestId, seqNo from 0, tbc on all but the last. */
  private report(requestId: number, selected: Monitor[]): void {
    const shown = this.has('monitoring-report-missing-monitor') ? selected.slice(0, -1) : selected;
    const parts: Monitor[][] = [];
    // Personality split-monitoring-reports: one monitor per part (N02.FR.03 "one or more").
    const chunk = this.ctx.options.behaviour.splitMonitoringReports ? 1 : REPORT_CHUNK;
    for (let i = 0; i < shown.length; i += chunk) parts.push(shown.slice(i, i + chunk));
    if (!parts.length) parts.push([]);
    parts.forEach((part, seqNo) => {
      void this.ctx.send('NotifyMonitoringReport', {
        requestId, seqNo, generatedAt: new Date().toISOString(), tbc: seqNo < parts.length - 1,
        ...(part.length ? { monitor: part.map((m) => ({ component: m.component, variable: m.variable, variableMonitoring: [{ id: m.id, transaction: m.transaction, value: m.value, type: m.type, severity: m.severity }] })) } : {}),
      }, { triggered: true });
    });
  }

  /** Operator action triggerHardwiredNotification: the station's hard-wired event (its housing opened), reported as such (TC_N_21_CS). */
  actions(): ActionTable {
    return {
      triggerHardwiredNotification: () => {
        const now = new Date().toISOString();
        void this.ctx.send('NotifyEvent', {
          generatedAt: now, seqNo: 0, tbc: false,
          eventData: [{
            eventId: this.eventId++, timestamp: now, trigger: 'Alerting', actualValue: 'true',
            eventNotificationType: this.has('hardwired-notification-as-custom') ? 'CustomMonitor' : 'HardWiredNotification',
            component: { name: 'ChargingStation' }, variable: { name: 'Problem' },
          }],
        });
        return done;
      },
    };
  }

  handlers(): HandlerTable {
    return {
      SetVariableMonitoring: (p) => {
        const lenient = {
          unknownComponent: this.has('monitor-unknown-component-accepted'), negativeDelta: this.has('monitor-negative-delta-accepted'),
          thresholdRange: this.has('monitor-threshold-out-of-range-accepted'), duplicate: this.has('monitor-duplicate-accepted'),
          anySecondDuplicate: this.has('monitor-second-on-variable-duplicate'), unknownVariable: this.has('monitor-unknown-variable-accepted'),
          replaceIgnored: this.has('monitor-replace-ignored'), idMismatch: this.has('monitor-id-mismatch-replaced'),
          thresholdOnText: this.has('threshold-on-text-accepted'),
        };
        const data = (p.setMonitoringData as Payload[] | undefined) ?? [];
        const setMonitoringResult = data.map((d, i) => (i > 0 && this.has('monitor-batch-first-only')
          ? { status: 'Rejected', type: d.type, severity: d.severity, component: d.component, variable: d.variable }
          : this.monitors.set(d, lenient)));
        // N07.FR.11: a replaced threshold monitor is compared with its new threshold at the next look (its last state is the old one's);
        // fault replaced-threshold-not-rechecked: the current value becomes the new monitor's starting point.
        if (this.has('replaced-threshold-not-rechecked')) {
          for (const [i, r] of setMonitoringResult.entries()) {
            const m = r.status === 'Accepted' && data[i]?.id !== undefined ? this.monitors.find(Number(r.id)) : undefined;
            const value = m && this.monitors.valueOf(m);
            const before = m && this.seen.get(m.id);
            if (m && before && value !== undefined) before.exceeded = this.exceeded(m, value);
          }
        }
        return { payload: { setMonitoringResult }, after: () => this.watch() };
      },
      ClearVariableMonitoring: (p) => {
        const clearMonitoringResult = ((p.id as number[] | undefined) ?? []).map((id) => {
          const m = this.monitors.find(id);
          // N06.FR.02: an unknown id is NotFound; N06.FR.03: a hard-wired monitor cannot be cleared.
          if (!m) return this.has('clear-unknown-monitor-accepted') ? { id, status: 'Accepted' } : { id, status: 'NotFound' };
          if (m.kind === 'HardWiredMonitor' && !this.has('hardwired-monitor-cleared')) return { id, status: 'Rejected' };
          if (!this.has('clear-monitor-ignored')) {
            this.monitors.remove(m);
            const exceeded = this.seen.get(id)?.exceeded === true;
            if (exceeded && this.has('removed-threshold-reports-cleared')) this.ghosts.push(m);
            else this.seen.delete(id);
          }
          return { id, status: 'Accepted' };
        });
        return { payload: { clearMonitoringResult }, after: () => this.watch() };
      },
      SetMonitoringBase: (p) => {
        const base = String(p.monitoringBase);
        // N03.FR.02: a base the station does not support (its ICS: 'Unsupported monitoringBase <base>', TC_N_07_CS) is NotSupported.
        if (this.unsupported('monitoringBase', base) && !this.has('monitoring-base-unsupported-accepted')) {
          return { payload: { status: 'NotSupported', statusInfo: { reasonCode: 'UnsupportedParam' } } };
        }
        if (base === 'FactoryDefault' && this.has('monitoring-base-factory-unsupported')) return { payload: { status: 'NotSupported' } };
        // N03.FR.03-05 (MonitorList.applyBase); fault monitoring-base-keeps-custom: HardWiredOnly changes nothing.
        if (base !== 'HardWiredOnly' || !this.has('monitoring-base-keeps-custom')) this.monitors.applyBase(base as MonitoringBase, this.has('factory-default-keeps-override'));
        return { payload: { status: 'Accepted' }, after: () => this.watch() };
      },
      SetMonitoringLevel: (p) => {
        const severity = Number(p.severity);
        // N05.FR.02: severities are 0-9.
        if ((severity < 0 || severity > 9) && !this.has('monitoring-level-out-of-range-accepted')) {
          return { payload: { status: 'Rejected', statusInfo: { reasonCode: 'ValueOutOfRange' } } };
        }
        this.level = severity;
        return { payload: { status: 'Accepted' } };
      },
      GetMonitoringReport: (p) => {
        // N02.FR.02: a criterion the station does not support (its ICS: 'Unsupported monitoringCriteria <c>', TC_N_04_CS) is NotSupported.
        const criteria = (p.monitoringCriteria as string[] | undefined) ?? [];
        if (criteria.some((c) => this.unsupported('monitoringCriteria', c)) && !this.has('monitoring-report-unsupported-criteria-accepted')) {
          return { payload: { status: 'NotSupported', statusInfo: { reasonCode: 'UnsupportedParam' } } };
        }
        const selected = this.select(p);
        // N02.FR.10: nothing selected is EmptyResultSet, and no report follows.
        if (!selected.length) return { payload: { status: 'EmptyResultSet' } };
        return { payload: { status: 'Accepted' }, after: () => this.report(Number(p.requestId), selected) };
      },
    };
  }
}
