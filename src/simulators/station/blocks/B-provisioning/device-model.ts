/**
 * The 2.0.1 device model (part 1 ch. 4; part 2 appendix 3): components and variables with their
 * mutability and characteristics, GetVariables / SetVariables (B05, B06), GetBaseReport /
 * GetReport -> NotifyReport (B07, B08). Only attributeType Actual is implemented.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { SettingStore } from '../../settings.js';
import type { HandlerTable } from '../../types.js';
import { supports } from '../../features.js';
import { ITEMS_PER_MESSAGE, buildVariables, type ComponentRef, type VariableDef, type VariableRef } from './device-model-variables.js';


/** Items per NotifyReport message. */
const REPORT_CHUNK = 25;
/** The componentCriteria GetReport supports (B08.FR.07-10); Active is not (the ICS claims 'Unsupported componentCriteria Active'). */
const SUPPORTED_CRITERIA: readonly string[] = ['Available', 'Enabled', 'Problem'];

const refKey = (c: ComponentRef, v: VariableRef): string =>
  `${c.name}|${c.instance ?? ''}|${c.evse?.id ?? ''}|${c.evse?.connectorId ?? ''}|${v.name}|${v.instance ?? ''}`;

/** `Component.Variable` or `Component.Variable[Instance]` (top-level components only): the ids used by Settings. */
const settingId = (d: VariableDef): string | undefined =>
  d.component.evse || d.component.instance ? undefined : `${d.component.name}.${d.variable.name}${d.variable.instance ? `[${d.variable.instance}]` : ''}`;

function validate(def: VariableDef, value: string): string | undefined {
  switch (def.dataType) {
    case 'integer':
    case 'decimal': {
      if (!(def.dataType === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(value)) return def.dataType === 'integer' ? 'not an integer' : 'not a decimal';
      const n = Number(value);
      if (def.minLimit !== undefined && n < def.minLimit) return `below ${def.minLimit}`;
      if (def.maxLimit !== undefined && n > def.maxLimit) return `above ${def.maxLimit}`;
      break;
    }
    case 'boolean':
      if (value !== 'true' && value !== 'false') return 'not true or false';
      break;
    case 'dateTime':
      if (Number.isNaN(Date.parse(value))) return 'not a date-time';
      break;
    case 'OptionList':
      if (!(def.valuesList ?? '').split(',').includes(value)) return `not one of ${def.valuesList ?? ''}`;
      break;
    case 'MemberList':
    case 'SequenceList': {
      const allowed = (def.valuesList ?? '').split(',');
      const bad = value.split(',').map((s) => s.trim()).filter((s) => s && !allowed.includes(s));
      if (bad.length) return `unknown member(s) ${bad.join(', ')}`;
      break;
    }
    default:
      break;
  }
  return def.check?.(value);
}

export class DeviceModel implements SettingStore {
  private readonly ctx: StationContext;
  readonly vars: VariableDef[];
  private readonly index = new Map<string, VariableDef>();

  constructor(ctx: StationContext) {
    this.ctx = ctx;
    this.vars = buildVariables(ctx);
    for (const d of this.vars) this.index.set(refKey(d.component, d.variable), d);
  }

  private bySetting(id: string): VariableDef | undefined {
    return this.vars.find((d) => settingId(d) === id);
  }

  read(id: string): string | undefined {
    const d = this.bySetting(id);
    return d ? (d.get ? d.get() : d.value) : undefined;
  }

  write(id: string, value: string): void {
    const d = this.bySetting(id);
    if (d && !d.get) d.value = value;
  }

  /** DeviceModelPort: the variable at component/variable, or why there is none. */
  lookupVariable(component: ComponentRef, variable: VariableRef): VariableDef | 'UnknownComponent' | 'UnknownVariable' {
    return this.index.get(refKey(component, variable)) ?? (this.hasComponent(component) ? 'UnknownVariable' : 'UnknownComponent');
  }

  /** DeviceModelPort: the Actual value now. */
  currentValue(component: ComponentRef, variable: VariableRef): string | undefined {
    const d = this.index.get(refKey(component, variable));
    return d ? this.actual(d) : undefined;
  }

  private actual(d: VariableDef): string {
    return d.get ? d.get() : (d.value ?? '');
  }

  private hasComponent(c: ComponentRef): boolean {
    return this.vars.some((d) => d.component.name === c.name && (d.component.instance ?? '') === (c.instance ?? '')
      && d.component.evse?.id === c.evse?.id && d.component.evse?.connectorId === c.evse?.connectorId);
  }

  /** One GetVariableData (B06). */
  getVariable(data: Payload): Payload {
    const component = data.component as ComponentRef;
    const variable = data.variable as VariableRef;
    const attributeType = (data.attributeType as string | undefined) ?? 'Actual';
    const base = { ...(this.ctx.faults.has('result-omits-attribute-type') ? {} : { attributeType }), component, variable };
    const def = this.index.get(refKey(component, variable));
    const wrong = this.ctx.faults.has('getvariables-wrong-status');
    const fail = (attributeStatus: string): Payload => (wrong ? { ...base, attributeStatus: 'Accepted', attributeValue: '' } : { ...base, attributeStatus });
    if (!def) return fail(this.hasComponent(component) ? 'UnknownVariable' : 'UnknownComponent');
    if (attributeType !== 'Actual') return fail('NotSupportedAttributeType');
    if (def.mutability === 'WriteOnly' && !this.ctx.faults.has('password-readable')) return fail('Rejected');
    return { ...base, attributeStatus: 'Accepted', attributeValue: this.actual(def).slice(0, 2500) };
  }

  /** One SetVariableData (B05); returns the result and the setting id that changed, if any. */
  setVariable(data: Payload): { result: Payload; changed?: string } {
    const component = data.component as ComponentRef;
    const variable = data.variable as VariableRef;
    const attributeType = (data.attributeType as string | undefined) ?? 'Actual';
    const value = String(data.attributeValue);
    const base = { ...(this.ctx.faults.has('result-omits-attribute-type') ? {} : { attributeType }), component, variable };
    const def = this.index.get(refKey(component, variable));
    const faults = this.ctx.faults;
    if (!def) {
      if (faults.has('setvariables-unknown-accepted')) return { result: { ...base, attributeStatus: 'Accepted' } };
      return { result: { ...base, attributeStatus: this.hasComponent(component) ? 'UnknownVariable' : 'UnknownComponent' } };
    }
    if (attributeType !== 'Actual' && !faults.has('setvariables-unknown-accepted')) return { result: { ...base, attributeStatus: 'NotSupportedAttributeType' } };
    if ((def.mutability === 'ReadOnly' || def.get) && !faults.has('setvariables-readonly-accepted')) {
      return { result: { ...base, attributeStatus: 'Rejected', attributeStatusInfo: { reasonCode: 'ReadOnly' } } };
    }
    if (def.mutability === 'ReadOnly' || def.get || attributeType !== 'Actual') return { result: { ...base, attributeStatus: 'Accepted' } };
    const problem = faults.has('setvariables-no-format-check') ? def.check?.(value) : validate(def, value);
    if (problem) return { result: { ...base, attributeStatus: 'Rejected', attributeStatusInfo: { reasonCode: 'InvalidValue', additionalInfo: problem.slice(0, 512) } } };
    if (this.ctx.faults.has('setvariables-ignored')) return { result: { ...base, attributeStatus: 'Accepted' } };
    def.value = value;
    const id = settingId(def);
    return { result: { ...base, attributeStatus: def.rebootRequired ? 'RebootRequired' : 'Accepted' }, ...(id ? { changed: id } : {}) };
  }

  private reportEntry(d: VariableDef): Payload {
    const attribute: Payload = {
      type: 'Actual',
      ...(d.mutability !== 'WriteOnly' || this.ctx.faults.has('report-discloses-writeonly') ? { value: this.actual(d).slice(0, 2500) } : {}),
      mutability: d.mutability,
      persistent: true,
      constant: d.constant ?? false,
    };
    return {
      component: d.component,
      variable: d.variable,
      variableAttribute: [attribute],
      variableCharacteristics: {
        dataType: d.dataType,
        supportsMonitoring: false,
        ...(d.unit ? { unit: d.unit } : {}),
        ...(d.valuesList && !this.ctx.faults.has('report-missing-valueslist') ? { valuesList: d.valuesList } : {}),
        ...(d.minLimit !== undefined ? { minLimit: d.minLimit } : {}),
        ...(d.maxLimit !== undefined ? { maxLimit: d.maxLimit } : {}),
      },
    };
  }

  /** Variables of a base report (B07.FR.07-09). */
  baseReport(reportBase: string): VariableDef[] {
    const faults = this.ctx.faults;
    if (reportBase === 'ConfigurationInventory') {
      return faults.has('config-inventory-includes-readonly') ? this.vars : this.vars.filter((d) => d.mutability !== 'ReadOnly' && !d.get);
    }
    if (reportBase === 'SummaryInventory') {
      // B07.FR.09: the availability of the station, its EVSEs and connectors (and any problem condition).
      const summary = this.vars.filter((d) => d.variable.name === 'AvailabilityState' || d.variable.name === 'Problem');
      return faults.has('summary-inventory-incomplete') ? summary.filter((d) => !d.component.evse) : summary;
    }
    return faults.has('full-inventory-missing-hardware') ? this.vars.filter((d) => !d.component.evse) : this.vars;
  }

  /** Is this report base offered (B07.FR.12: Configuration and Full always; Summary with C-56)? */
  private offersReport(reportBase: string): boolean {
    if (reportBase === 'SummaryInventory') return supports(this.ctx, 'C-56') || this.ctx.faults.has('summary-unsupported-accepted');
    return reportBase === 'ConfigurationInventory' || reportBase === 'FullInventory';
  }

  /** Variables a GetReport selects (B08.FR.05-25). */
  customReport(p: Payload): VariableDef[] {
    const faults = this.ctx.faults;
    const criteria = faults.has('report-criteria-ignored') ? [] : (p.componentCriteria as string[] | undefined) ?? [];
    const wanted = faults.has('report-component-variable-ignored') ? [] : (p.componentVariable as Array<{ component: ComponentRef; variable?: VariableRef }> | undefined) ?? [];
    // Fault report-absent-fields-match-none: a missing evse or variable instance selects only entries without one (B08.FR.21, B08.FR.23).
    const strict = faults.has('report-absent-fields-match-none');
    const flag = (d: VariableDef, name: string): string | undefined =>
      this.vars.find((x) => x.variable.name === name && refKey(x.component, { name: '' }) === refKey(d.component, { name: '' }))?.value;
    return this.vars.filter((d) => {
      const matchesCriteria = !criteria.length || criteria.some((c) => (c === 'Problem' ? flag(d, 'Problem') === 'true' : flag(d, c) !== 'false'));
      const matchesList = !wanted.length || wanted.some((w) => {
        const c = w.component;
        if (c.name !== d.component.name) return false;
        if (c.instance !== undefined && c.instance !== d.component.instance) return false;
        if (c.evse && (c.evse.id !== d.component.evse?.id || (c.evse.connectorId !== undefined && c.evse.connectorId !== d.component.evse?.connectorId))) return false;
        if (!c.evse && strict && d.component.evse) return false;
        if (!w.variable) return true;
        const instance = faults.has('report-instance-ignored') ? undefined : w.variable.instance;
        if (instance === undefined && strict && d.variable.instance !== undefined) return false;
        return w.variable.name === d.variable.name && (instance === undefined || instance === d.variable.instance);
      });
      return matchesCriteria && matchesList;
    });
  }

  /** Sends the NotifyReport sequence for `vars` (seqNo from 0, tbc on all but the last: B07.FR.10). */
  async sendReport(requestId: number, vars: readonly VariableDef[]): Promise<void> {
    const generatedAt = this.ctx.now();
    const chunks: VariableDef[][] = [];
    for (let i = 0; i < vars.length; i += REPORT_CHUNK) chunks.push(vars.slice(i, i + REPORT_CHUNK));
    const faults = this.ctx.faults;
    const wireRequestId = faults.has('report-wrong-request-id') ? requestId + 1 : requestId;
    for (const [seqNo, chunk] of chunks.entries()) {
      const outcome = await this.ctx.send('NotifyReport', {
        requestId: wireRequestId, generatedAt, seqNo: faults.has('report-seqno-from-one') ? seqNo + 1 : seqNo, tbc: seqNo < chunks.length - 1,
        reportData: chunk.map((d) => this.reportEntry(d)),
      }, { triggered: true });
      if (outcome.kind === 'dropped' || outcome.kind === 'closed') return;
    }
  }

  handlers(): HandlerTable {
    return {
      GetVariables: (p) => {
        const data = (p.getVariableData as Payload[] | undefined) ?? [];
        if (data.length > ITEMS_PER_MESSAGE) return { error: { code: 'OccurrenceConstraintViolation', description: `more than ItemsPerMessage (${ITEMS_PER_MESSAGE}) entries` } };
        return { payload: { getVariableResult: data.map((d) => this.getVariable(d)) } };
      },
      SetVariables: (p) => {
        const data = (p.setVariableData as Payload[] | undefined) ?? [];
        if (data.length > ITEMS_PER_MESSAGE) return { error: { code: 'OccurrenceConstraintViolation', description: `more than ItemsPerMessage (${ITEMS_PER_MESSAGE}) entries` } };
        const outcomes = data.map((d) => this.setVariable(d));
        const changed = outcomes.flatMap((o) => (o.changed ? [o.changed] : []));
        return { payload: { setVariableResult: outcomes.map((o) => o.result) }, after: () => this.ctx.settings.notify(changed) };
      },
      GetBaseReport: (p) => {
        if (!this.offersReport(String(p.reportBase))) return { payload: { status: 'NotSupported', statusInfo: { reasonCode: 'UnsupportedParam' } } }; // B07.FR.02
        const vars = this.baseReport(String(p.reportBase));
        return { payload: { status: 'Accepted' }, after: () => this.sendReport(Number(p.requestId), vars) };
      },
      GetReport: (p) => {
        // B08.FR.02: a criterion the station does not support (Active: no component has an Active variable) is NotSupported.
        const unsupported = ((p.componentCriteria as string[] | undefined) ?? []).filter((c) => !SUPPORTED_CRITERIA.includes(c));
        if (unsupported.length && !this.ctx.faults.has('report-unsupported-criteria-accepted')) {
          return { payload: { status: 'NotSupported', statusInfo: { reasonCode: 'UnsupportedParam', additionalInfo: `componentCriteria ${unsupported.join(',')}` } } };
        }
        const wanted = (p.componentVariable as unknown[] | undefined) ?? [];
        if (wanted.length > ITEMS_PER_MESSAGE) return { error: { code: 'OccurrenceConstraintViolation', description: `more than ItemsPerMessage (${ITEMS_PER_MESSAGE}) entries` } };
        const vars = this.customReport(p);
        if (!vars.length) return { payload: { status: 'EmptyResultSet' } };
        return { payload: { status: 'Accepted' }, after: () => this.sendReport(Number(p.requestId), vars) };
      },
    };
  }
}
