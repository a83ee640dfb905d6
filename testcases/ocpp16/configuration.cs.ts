/**
 * OCPP 1.6J configuration, charge point under test: the harness plays the Central System.
 * The official 1.6 test-case document is not available: the steps follow the catalogue and the
 * 1.6 specification (5.3 Change Configuration, 5.8 Get Configuration, 9.1 Core profile keys).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import { getConfiguration, setConfiguration } from './states.cs.js';

const block = 'configuration';

/** The configuration keys 1.6 section 9.1 marks "required" for the Core profile. */
const REQUIRED_CORE_KEYS = [
  'AuthorizeRemoteTxRequests', 'ClockAlignedDataInterval', 'ConnectionTimeOut', 'ConnectorPhaseRotation', 'GetConfigurationMaxKeys',
  'HeartbeatInterval', 'LocalAuthorizeOffline', 'LocalPreAuthorize', 'MeterValuesAlignedData', 'MeterValuesSampledData',
  'MeterValueSampleInterval', 'NumberOfConnectors', 'ResetRetries', 'StopTransactionOnEVSideDisconnect', 'StopTransactionOnInvalidId',
  'StopTxnAlignedData', 'StopTxnSampledData', 'SupportedFeatureProfiles', 'TransactionMessageAttempts', 'TransactionMessageRetryInterval',
  'UnlockConnectorOnEVSideDisconnect',
];

/** Required keys that 9.1 makes read-only. */
const READ_ONLY_KEYS = ['GetConfigurationMaxKeys', 'NumberOfConnectors', 'SupportedFeatureProfiles'];

export const TC_019_CS = defineTestCase({
  id: 'TC_019_CS',
  title: 'Retrieve configuration',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.8', '9.1'],
  catches: ['config-key-missing'],
  async run(ctx) {
    const { expect } = ctx;
    // 1-2. GetConfiguration.req without keys: GetConfiguration.conf lists every configuration key (5.8).
    const { values } = await getConfiguration(ctx, []);
    // Every required Core key is there (9.1), the read-only ones marked readonly.
    const missing = REQUIRED_CORE_KEYS.filter((k) => !values.has(k));
    expect(missing, '9.1: required Core configuration keys missing from GetConfiguration.conf').to.deep.equal([]);
    for (const k of READ_ONLY_KEYS) expect(values.get(k)?.readonly, `9.1: ${k} is read-only`).to.equal(true);
    expect(values.get('SupportedFeatureProfiles')?.value ?? '', '9.1.29: SupportedFeatureProfiles lists Core').to.match(/(^|,)\s*Core\s*(,|$)/);
  },
});

export const TC_021_CS = defineTestCase({
  id: 'TC_021_CS',
  title: 'Change/set Configuration',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.3', '5.8'],
  catches: ['changeconfiguration-ignored'],
  async run(ctx) {
    const key = 'MeterValueSampleInterval';
    const before = Number((await getConfiguration(ctx, [key])).values.get(key)?.value ?? '0');
    const wanted = String(before + 7);
    // 1-2. ChangeConfiguration.req MeterValueSampleInterval: Accepted.
    await setConfiguration(ctx, key, wanted);
    // 3-4. GetConfiguration.req for the key: the new value (5.3: the change was applied).
    const after = (await getConfiguration(ctx, [key])).values.get(key)?.value;
    ctx.expect(after, `5.3: ${key} after ChangeConfiguration`).to.equal(wanted);
  },
});

export const TC_040_1_CS = defineTestCase({
  id: 'TC_040_1_CS',
  title: 'Configuration key - NotSupported',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.3'],
  catches: ['unknown-key-accepted'],
  async run(ctx) {
    // 1-2. ChangeConfiguration.req for a key the charge point does not have: NotSupported (5.3).
    const res = await ctx.sut.call('ChangeConfiguration', { key: 'OcppHarnessUnknownKey', value: 'true' }, { requirement: '5.3' });
    ctx.expect(res.status, '5.3: ChangeConfiguration.conf status for an unknown key').to.equal('NotSupported');
  },
});

export const TC_040_2_CS = defineTestCase({
  id: 'TC_040_2_CS',
  title: 'Configuration key - Invalid value',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.3'],
  catches: ['invalid-config-value-accepted'],
  async run(ctx) {
    const key = 'MeterValueSampleInterval';
    const before = (await getConfiguration(ctx, [key])).values.get(key)?.value;
    // 1-2. ChangeConfiguration.req with a value that is no interval in seconds: Rejected (5.3: malformed or out of range).
    const res = await ctx.sut.call('ChangeConfiguration', { key, value: '-1' }, { requirement: '5.3' });
    ctx.expect(res.status, '5.3: ChangeConfiguration.conf status for an invalid value').to.equal('Rejected');
    // The key keeps its value.
    const after = (await getConfiguration(ctx, [key])).values.get(key)?.value;
    ctx.expect(after, `5.3: ${key} after a rejected change`).to.equal(before);
  },
});
