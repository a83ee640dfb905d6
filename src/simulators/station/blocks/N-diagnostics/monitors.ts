/**
 * The reference station's variable monitors (2.0.1 N04, N06, N03): a list of monitors on device model
 * variables, set and cleared by the CSMS, checked against the variable they watch (B's device model port).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { DeviceModelPort, ModelComponent as ComponentRef, ModelVariable as VariableRef } from '../B-provisioning/port.js';

export type MonitorType = 'UpperThreshold' | 'LowerThreshold' | 'Delta' | 'Periodic' | 'PeriodicClockAligned';
export type MonitorKind = 'HardWiredMonitor' | 'PreconfiguredMonitor' | 'CustomMonitor';

export interface Monitor {
  id: number;
  component: ComponentRef;
  variable: VariableRef;
  type: MonitorType;
  value: number;
  severity: number;
  transaction: boolean;
  kind: MonitorKind;
}

/** What a SetVariableMonitoring check may skip (the block's faults). */
export interface SetLeniency {
  unknownComponent: boolean;
  negativeDelta: boolean;
  thresholdRange: boolean;
  duplicate: boolean;
  /** Any second monitor on a variable is a Duplicate (fault). */
  anySecondDuplicate: boolean;
  unknownVariable: boolean;
  /** A replacement by id is answered but not made (fault). */
  replaceIgnored: boolean;
  /** An id of a monitor of another component/variable moves that monitor (fault). */
  idMismatch: boolean;
  /** A threshold on a variable that is not numeric is set (fault). */
  thresholdOnText: boolean;
}

const NUMERIC = new Set(['integer', 'decimal']);

/**
 * The reference station's factory monitors (N03): one hard-wired (TC_N_44_CS clears it in vain) and one
 * preconfigured (TC_N_41_CS overrules it; <Configured preconfigured monitor id> 1001), each a Delta on a
 * ChargingStation variable that never changes, so they raise no event in any case.
 */
export const FACTORY_MONITORS: readonly Monitor[] = [
  { id: 1000, component: { name: 'ChargingStation' }, variable: { name: 'VendorName' }, type: 'Delta', value: 1, severity: 2, transaction: false, kind: 'HardWiredMonitor' },
  { id: 1001, component: { name: 'ChargingStation' }, variable: { name: 'Model' }, type: 'Delta', value: 1, severity: 6, transaction: false, kind: 'PreconfiguredMonitor' },
];

export type MonitoringBase = 'All' | 'FactoryDefault' | 'HardWiredOnly';

export const sameComponent = (a: ComponentRef, b: ComponentRef): boolean => a.name === b.name && (a.instance ?? '') === (b.instance ?? '')
  && a.evse?.id === b.evse?.id && a.evse?.connectorId === b.evse?.connectorId;

const sameVariable = (a: VariableRef, b: VariableRef): boolean => a.name === b.name && (a.instance ?? '') === (b.instance ?? '');

export class MonitorList {
  readonly list: Monitor[] = [];
  private nextId = 1;

  constructor(private readonly model: DeviceModelPort) {
    for (const m of FACTORY_MONITORS) this.list.push({ ...m });
  }

  /** Whether only the factory monitors are left (their variables never change: nothing to watch). */
  get onlyFactory(): boolean {
    return this.list.every((m) => m.kind !== 'CustomMonitor');
  }

  private newId(): number {
    while (FACTORY_MONITORS.some((m) => m.id === this.nextId)) this.nextId += 1;
    return this.nextId++;
  }

  /**
   * N03: All activates the preconfigured monitors and keeps the custom ones (FR.03); FactoryDefault deletes every
   * custom monitor, overruled preconfigured ones included, and restores the factory ones (FR.04); HardWiredOnly
   * clears the custom and disables the preconfigured monitors (FR.05). `keepOverrides` (fault): FactoryDefault
   * keeps the custom monitors that overrule a factory one.
   */
  applyBase(base: MonitoringBase, keepOverrides = false): void {
    const factory = (id: number) => FACTORY_MONITORS.some((f) => f.id === id);
    const drop = (m: Monitor) => (base === 'HardWiredOnly' ? m.kind !== 'HardWiredMonitor' : base === 'FactoryDefault' && m.kind === 'CustomMonitor' && !(keepOverrides && factory(m.id)));
    for (const m of this.list.filter(drop)) this.remove(m);
    const wanted = FACTORY_MONITORS.filter((f) => base !== 'HardWiredOnly' || f.kind === 'HardWiredMonitor');
    for (const f of wanted) if (!this.find(f.id)) this.list.push({ ...f });
  }

  find(id: number): Monitor | undefined {
    return this.list.find((m) => m.id === id);
  }

  /** The Actual value of the variable `m` watches (undefined when it has gone). */
  /** The monitored variable's characteristics (its mutability: N07.FR.10). */
  factsOf(m: Monitor): ReturnType<DeviceModelPort['lookupVariable']> {
    return this.model.lookupVariable(m.component, m.variable);
  }

  valueOf(m: Monitor): string | undefined {
    return this.model.currentValue(m.component, m.variable);
  }

  remove(m: Monitor): void {
    this.list.splice(this.list.indexOf(m), 1);
  }

  /** A reboot that forgets the custom monitors (fault monitors-lost-on-reboot). */
  dropCustom(): void {
    for (const m of this.list.filter((x) => x.kind === 'CustomMonitor')) this.remove(m);
  }

  /** One SetMonitoringData (N04): the SetMonitoringResult, and the monitor set or replaced. */
  set(d: Payload, lenient: SetLeniency): Payload {
    const component = d.component as ComponentRef;
    const variable = d.variable as VariableRef;
    const type = d.type as MonitorType;
    const severity = Number(d.severity);
    const value = Number(d.value);
    const result = (status: string, reasonCode?: string, id?: number): Payload => ({
      ...(id === undefined ? {} : { id }), status, type, severity, component, variable, ...(reasonCode ? { statusInfo: { reasonCode } } : {}),
    });
    const given = d.id === undefined ? undefined : Number(d.id);
    const existing = given === undefined ? undefined : this.find(given);
    // N04.FR.13 / FR.16 / FR.18: an id names an existing monitor of this component/variable that is not hard-wired.
    const corresponds = existing !== undefined && sameComponent(existing.component, component) && sameVariable(existing.variable, variable);
    if (given !== undefined && (!existing || existing.kind === 'HardWiredMonitor' || (!corresponds && !lenient.idMismatch))) {
      return result('Rejected', existing ? 'InvalidValue' : 'NotFound');
    }
    const def = this.model.lookupVariable(component, variable);
    // N04.FR.03 / FR.04: unknown component or variable.
    const lenientUnknown = (def === 'UnknownVariable' ? lenient.unknownVariable : lenient.unknownComponent) || (lenient.idMismatch && existing !== undefined);
    if (typeof def === 'string' && !lenientUnknown) return result(def, 'NotFound');
    const numeric = typeof def !== 'string' && NUMERIC.has(def.dataType);
    // N04.FR.14: a Delta monitor never has a negative value.
    if (type === 'Delta' && value < 0 && !lenient.negativeDelta) return result('Rejected', 'ValuePositiveOnly');
    if (typeof def !== 'string' && (type === 'UpperThreshold' || type === 'LowerThreshold')) {
      // N04.FR.05: a threshold on a variable that is not a number is not supported; N04.FR.06: within minLimit..maxLimit.
      if (!numeric && !lenient.thresholdOnText) return result('UnsupportedMonitorType');
      const out = (def.minLimit !== undefined && value < def.minLimit) || (def.maxLimit !== undefined && value > def.maxLimit);
      if (out && !lenient.thresholdRange) return result('Rejected', 'ValueOutOfRange');
    }
    // N04.FR.10: another monitor of the same type and severity on this variable.
    const twin = this.list.find((m) => m.id !== given && ((m.type === type && m.severity === severity) || lenient.anySecondDuplicate) && sameComponent(m.component, component) && sameVariable(m.variable, variable));
    if (twin && !lenient.duplicate) return result('Duplicate', 'InvalidValue');
    const monitor: Monitor = { id: existing?.id ?? this.newId(), component, variable, type, value, severity, transaction: d.transaction === true, kind: 'CustomMonitor' };
    // N04.FR.12 / FR.15: an existing monitor is replaced and becomes a custom monitor.
    if (existing && !lenient.replaceIgnored) this.list[this.list.indexOf(existing)] = monitor;
    else if (!existing) this.list.push(monitor);
    return result('Accepted', undefined, monitor.id);
  }
}

/** N02.FR.12-14: the monitor types a monitoringCriterion selects. */
export const CRITERIA: Record<string, readonly MonitorType[]> = {
  ThresholdMonitoring: ['UpperThreshold', 'LowerThreshold'],
  DeltaMonitoring: ['Delta'],
  PeriodicMonitoring: ['Periodic', 'PeriodicClockAligned'],
};

/** N02.FR.16-20: does `m` match one componentVariable entry (absent fields match every value)? */
export function matches(m: Monitor, wanted: { component: ComponentRef; variable?: VariableRef }): boolean {
  const c = wanted.component;
  if (c.name !== m.component.name) return false;
  if (c.instance !== undefined && c.instance !== m.component.instance) return false;
  if (c.evse && (c.evse.id !== m.component.evse?.id || (c.evse.connectorId !== undefined && c.evse.connectorId !== m.component.evse?.connectorId))) return false;
  if (!wanted.variable) return true;
  return wanted.variable.name === m.variable.name && (wanted.variable.instance === undefined || wanted.variable.instance === m.variable.instance);
}
