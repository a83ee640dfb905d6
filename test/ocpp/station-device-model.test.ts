/**
 * The harness's own device model when it plays the station (Part 6 §3.1 values): answers that
 * pass the official schemas, values that stick, read-only and write-only honoured, base reports.
 */
import { expect } from 'chai';
import { HarnessDeviceModel } from '../../src/ocpp/station-device-model.js';
import { SchemaRegistry } from '../../src/rpc/schemas.js';

const schemas = SchemaRegistry.for('2.0.1');
const model = () => new HarnessDeviceModel({ evses: [{ id: 1, connectors: 2 }], heartbeatInterval: 300, securityProfile: 1, stationId: 'CS001', vendor: 'V', model: 'M' }, () => '2026-12-02T10:00:00.000Z');
const get = (m: HarnessDeviceModel, component: string, variable: string, extra: Record<string, unknown> = {}) =>
  m.getVariables({ getVariableData: [{ component: { name: component, ...extra }, variable: { name: variable } }] })[0]!;

describe('harness station device model (Part 6 §3.1)', () => {
  it('reports the test tool general preconditions', () => {
    const m = model();
    expect(m.read('TxCtrlr', 'TxStartPoint')).to.equal('EVConnected,Authorized');
    expect(m.read('TxCtrlr', 'TxStopPoint')).to.equal('EVConnected');
    expect(m.read('AuthCtrlr', 'Enabled')).to.equal('true');
    expect(m.read('AuthCtrlr', 'AuthorizeRemoteStart')).to.equal('false');
    expect(m.read('SecurityCtrlr', 'AdditionalRootCertificateCheck')).to.equal('false');
    expect(m.read('ChargingStation', 'AllowNewSessionsPendingFirmwareUpdate')).to.equal('false');
    expect(m.read('AlignedDataCtrlr', 'SendDuringIdle')).to.equal('false');
  });

  it('GetVariables: values, unknown component / variable, write-only rejected, per EVSE and connector; schema-valid', () => {
    const m = model();
    const request = { getVariableData: [
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
      { component: { name: 'NoSuchCtrlr' }, variable: { name: 'X' } },
      { component: { name: 'AuthCtrlr' }, variable: { name: 'NoSuchVariable' } },
      { component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } },
      { component: { name: 'Connector', evse: { id: 1, connectorId: 2 } }, variable: { name: 'AvailabilityState' } },
      { component: { name: 'Connector', evse: { id: 1, connectorId: 3 } }, variable: { name: 'AvailabilityState' } },
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeType: 'Target' },
    ] };
    const results = m.getVariables(request);
    expect(results.map((r) => [r.attributeStatus, r.attributeValue])).to.deep.equal([
      ['Accepted', '300'], ['UnknownComponent', undefined], ['UnknownVariable', undefined], ['Rejected', undefined],
      ['Accepted', 'Available'], ['UnknownComponent', undefined], ['NotSupportedAttributeType', undefined],
    ]);
    expect(schemas.validate('GetVariables', 'request', request).valid).to.equal(true);
    expect(schemas.validate('GetVariables', 'response', { getVariableResult: results }).message).to.equal(undefined);
  });

  it('SetVariables: keeps an accepted value, rejects read-only and ill-typed values; schema-valid', () => {
    const m = model();
    const results = m.setVariables({ setVariableData: [
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: '60' },
      { component: { name: 'SecurityCtrlr' }, variable: { name: 'Identity' }, attributeValue: 'OTHER' },
      { component: { name: 'AuthCtrlr' }, variable: { name: 'Enabled' }, attributeValue: 'maybe' },
      { component: { name: 'TxCtrlr' }, variable: { name: 'TxStartPoint' }, attributeValue: 'PowerPathClosed' },
    ] });
    expect(results.map((r) => r.attributeStatus)).to.deep.equal(['Accepted', 'Rejected', 'Rejected', 'Accepted']);
    expect(get(m, 'OCPPCommCtrlr', 'HeartbeatInterval').attributeValue).to.equal('60');
    expect(get(m, 'SecurityCtrlr', 'Identity').attributeValue).to.equal('CS001');
    expect(m.read('TxCtrlr', 'TxStartPoint')).to.equal('PowerPathClosed');
    expect(schemas.validate('SetVariables', 'response', { setVariableResult: results }).message).to.equal(undefined);
  });

  it('never echoes what the CSMS sent beyond names: odd entries are unknown, not copied', () => {
    const nested = { name: 'AuthCtrlr', extra: { deep: [[[['x']]]] } };
    const [r] = model().getVariables({ getVariableData: [{ component: nested, variable: { name: 'Enabled', junk: 1 } }] });
    expect(r).to.deep.equal({ attributeType: 'Actual', attributeStatus: 'Accepted', attributeValue: 'true', component: { name: 'AuthCtrlr' }, variable: { name: 'Enabled' } });
    const [odd] = model().getVariables({ getVariableData: [{ component: 42, variable: null }] });
    expect(odd!.attributeStatus).to.equal('UnknownComponent');
  });

  it('base reports: full, configuration and summary inventories as schema-valid NotifyReport data; write-only without value', () => {
    const m = model();
    const full = m.baseReport('FullInventory')!;
    const config = m.baseReport('ConfigurationInventory')!;
    const summary = m.baseReport('SummaryInventory')!;
    expect(full.length).to.be.greaterThan(config.length).and.greaterThan(summary.length);
    expect(summary.every((d) => ['AvailabilityState', 'Available'].includes((d.variable as { name: string }).name))).to.equal(true);
    const password = full.find((d) => (d.variable as { name: string }).name === 'BasicAuthPassword')!;
    expect((password.variableAttribute as Array<Record<string, unknown>>)[0]).to.not.have.property('value');
    expect(m.baseReport('NoSuchReport')).to.equal(undefined);
    for (const reportData of [full, config, summary]) {
      const notify = { requestId: 1, generatedAt: '2026-12-02T10:00:00.000Z', seqNo: 0, tbc: false, reportData };
      expect(schemas.validate('NotifyReport', 'request', notify).message).to.equal(undefined);
    }
  });
});
