/**
 * OCPP 1.6J Core, configuration, Central System under test: the harness plays the Charge Point.
 * Steps follow the 1.6 test-case document (3.7 Configuration happy flow, 3.13 Configuration keys
 * non-happy flow).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import type { CaseContext } from '../../src/engine/testcase.js';
import type { Payload } from '../../src/ocpp/types.js';
import { connectorIds, csmsSends, refusalTaken } from './states.csms.js';

/** The simulated Charge Point's configuration: the Core keys of 1.6 section 9.1, with their accessibility. */
function configuration(ctx: CaseContext): Array<{ key: string; readonly: boolean; value: string }> {
  const rw = (key: string, value: string) => ({ key, readonly: false, value });
  const r = (key: string, value: string) => ({ key, readonly: true, value });
  return [
    rw('AuthorizeRemoteTxRequests', 'true'), rw('ClockAlignedDataInterval', '0'), rw('ConnectionTimeOut', '60'),
    rw('ConnectorPhaseRotation', connectorIds(ctx).map((id) => `${id}.RST`).join(',')), r('GetConfigurationMaxKeys', '50'),
    rw('HeartbeatInterval', String(ctx.ics.heartbeatInterval)), rw('LocalAuthorizeOffline', 'true'), rw('LocalPreAuthorize', 'false'),
    rw('MeterValuesAlignedData', 'Energy.Active.Import.Register'), rw('MeterValuesSampledData', 'Energy.Active.Import.Register'),
    rw('MeterValueSampleInterval', '60'), r('NumberOfConnectors', String(connectorIds(ctx).length)), rw('ResetRetries', '3'),
    rw('StopTransactionOnEVSideDisconnect', 'true'), rw('StopTransactionOnInvalidId', 'true'),
    rw('StopTxnAlignedData', 'Energy.Active.Import.Register'), rw('StopTxnSampledData', 'Energy.Active.Import.Register'),
    r('SupportedFeatureProfiles', 'Core'), rw('TransactionMessageAttempts', '3'), rw('TransactionMessageRetryInterval', '60'),
    rw('UnlockConnectorOnEVSideDisconnect', 'true'),
  ];
}

/** GetConfiguration.conf: the keys asked for (all of them for an empty list), unknown ones in unknownKey (5.8). */
function getConfigurationAnswer(ctx: CaseContext, request: Payload): Payload {
  const all = configuration(ctx);
  const asked = Array.isArray(request.key) ? request.key.map(String) : [];
  if (!asked.length) return { configurationKey: all };
  return { configurationKey: all.filter((k) => asked.includes(k.key)), unknownKey: asked.filter((k) => !all.some((c) => c.key === k)) };
}

/** 1-2. The Central System sends ChangeConfiguration.req for the key and value the operator asked; the Charge Point answers `status`. */
async function changeConfiguration(ctx: CaseContext, key: string, value: string, status: 'Accepted' | 'Rejected' | 'NotSupported'): Promise<Payload> {
  const { expect } = ctx;
  const req = await csmsSends(ctx, 'ChangeConfiguration', () => ({ status }), { hint: { key, value }, requirement: '5.3' });
  expect(req.payload.key, '5.3: ChangeConfiguration.req key').to.equal(key);
  return req.payload;
}

export const TC_019_1_CSMS = defineTestCase({
  id: 'TC_019_1_CSMS',
  title: 'Retrieve All Configuration Keys',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'configuration',
  covers: ['5.8'],
  catches: ['getconfiguration-fixed-keys'],
  async run(ctx) {
    // 1-2. The Central System sends GetConfiguration.req with an empty key list (all keys); the Charge Point reports them all.
    const req = await csmsSends(ctx, 'GetConfiguration', (p) => getConfigurationAnswer(ctx, p), { requirement: '5.8' });
    const keys = Array.isArray(req.payload.key) ? req.payload.key : [];
    ctx.expect(keys, '5.8: GetConfiguration.req key list (empty: all keys)').to.have.lengthOf(0);
  },
});

export const TC_019_2_CSMS = defineTestCase({
  id: 'TC_019_2_CSMS',
  title: 'Retrieve Specific Configuration Key',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'configuration',
  covers: ['5.8'],
  catches: ['getconfiguration-fixed-keys'],
  async run(ctx) {
    // 1-2. The Central System sends GetConfiguration.req for SupportedFeatureProfiles; the Charge Point reports it, unknownKey empty.
    const req = await csmsSends(ctx, 'GetConfiguration', (p) => getConfigurationAnswer(ctx, p),
      { hint: { key: ['SupportedFeatureProfiles'] }, requirement: '5.8' });
    ctx.expect(req.payload.key, '5.8: GetConfiguration.req key').to.deep.equal(['SupportedFeatureProfiles']);
  },
});

export const TC_021_CSMS = defineTestCase({
  id: 'TC_021_CSMS',
  title: 'Change/Set Configuration',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'configuration',
  covers: ['5.3', '6.9'],
  catches: ['configuration-value-as-number'],
  async run(ctx) {
    // 1-2. ChangeConfiguration.req MeterValueSampleInterval = "60" (a string, 6.9); the Charge Point accepts.
    const req = await changeConfiguration(ctx, 'MeterValueSampleInterval', '60', 'Accepted');
    ctx.expect(req.value, '6.9: ChangeConfiguration.req value').to.equal('60');
  },
});

export const TC_040_1_CSMS = defineTestCase({
  id: 'TC_040_1_CSMS',
  title: 'Configuration Keys - NotSupported',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'configuration',
  covers: ['5.3'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    // 1-2. ChangeConfiguration.req for a key the Charge Point does not know: NotSupported.
    await changeConfiguration(ctx, 'HarnessUnknownKey', 'true', 'NotSupported');
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'ChangeConfiguration', '5.3');
  },
});

export const TC_040_2_CSMS = defineTestCase({
  id: 'TC_040_2_CSMS',
  title: 'Configuration Keys - Invalid Value',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'configuration',
  covers: ['5.3'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    // 1-2. ChangeConfiguration.req MeterValueSampleInterval with a value the Charge Point refuses: Rejected.
    await changeConfiguration(ctx, 'MeterValueSampleInterval', '-1', 'Rejected');
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'ChangeConfiguration', '5.3');
  },
});
