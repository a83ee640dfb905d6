import type { CaseContext, Payload } from '../../kit.js';
import { connectorIds } from '../_shared/states.csms.js';

/** The simulated Charge Point's configuration: the Core keys of 1.6 section 9.1, with their accessibility. */
export function configuration(ctx: CaseContext<'1.6', 'CSMS'>): Array<{ key: string; readonly: boolean; value: string }> {
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
export function getConfigurationAnswer(ctx: CaseContext<'1.6', 'CSMS'>, request: Payload): Payload {
  const all = configuration(ctx);
  const asked = Array.isArray(request.key) ? request.key.map(String) : [];
  if (!asked.length) return { configurationKey: all };
  return { configurationKey: all.filter((k) => asked.includes(k.key)), unknownKey: asked.filter((k) => !all.some((c) => c.key === k)) };
}
