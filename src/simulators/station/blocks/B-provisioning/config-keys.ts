/**
 * OCPP 1.6 configuration keys (1.6 chapter 9; security whitepaper chapter 4): GetConfiguration
 * and ChangeConfiguration with read-only, write-only (AuthorizationKey) and unknown keys.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { SettingStore } from '../../settings.js';
import type { HandlerResult, HandlerTable } from '../../types.js';
import { measurandsSupported } from '../../meter.js';
import { isSecurityProfile, usesTls } from '../../../../transport/security.js';

type KeyType = 'boolean' | 'integer' | 'csl' | 'measurands' | 'string' | 'password';

interface ConfigKey {
  key: string;
  readonly: boolean;
  type: KeyType;
  value?: string;
  get?: () => string;
  /** Never returned by GetConfiguration (AuthorizationKey). */
  writeOnly?: boolean;
  rebootRequired?: boolean;
  check?: (value: string) => string | undefined;
}

const GET_CONFIGURATION_MAX_KEYS = 50;

function validate(k: ConfigKey, value: string): string | undefined {
  switch (k.type) {
    case 'boolean':
      if (value.toLowerCase() !== 'true' && value.toLowerCase() !== 'false') return 'not true or false';
      break;
    case 'integer':
      if (!/^\d+$/.test(value)) return 'not a non-negative integer';
      break;
    case 'measurands':
      if (!measurandsSupported(value)) return 'unsupported measurand (1.6 3.16.4)';
      break;
    case 'password':
      // AuthorizationKey: 16 to 20 bytes as 32 to 40 hex digits (security whitepaper A00.FR.205); tolerate plain 16-40 characters.
      if (value.length < 16 || value.length > 40) return 'an authorization key has 16 to 40 characters';
      break;
    default:
      break;
  }
  return k.check?.(value);
}

export class ConfigKeys implements SettingStore {
  private readonly ctx: StationContext;
  readonly keys: ConfigKey[];

  constructor(ctx: StationContext) {
    this.ctx = ctx;
    this.keys = buildKeys(ctx);
  }

  private find(key: string): ConfigKey | undefined {
    return this.keys.find((k) => k.key === key);
  }

  read(id: string): string | undefined {
    const k = this.find(id);
    return k ? (k.get ? k.get() : k.value) : undefined;
  }

  write(id: string, value: string): void {
    const k = this.find(id);
    if (k && !k.get) k.value = value;
  }

  private entry(k: ConfigKey): Payload {
    // Fault config-key-wrong-accessibility: NumberOfConnectors (9.1: read-only) is reported writable.
    const readonly = this.ctx.faults.has('config-key-wrong-accessibility') && k.key === 'NumberOfConnectors' ? false : k.readonly;
    return { key: k.key, readonly, value: (k.get ? k.get() : (k.value ?? '')).slice(0, 500) };
  }

  handlers(): HandlerTable {
    return {
      GetConfiguration: (p) => {
        const asked = (p.key as string[] | undefined) ?? [];
        const visible = (k: ConfigKey) => !k.writeOnly || this.ctx.faults.has('password-readable');
        // Fault config-key-missing: the full listing leaves out a required Core key (1.6 9.1 ConnectionTimeOut).
        const listed = (k: ConfigKey) => visible(k) && !(this.ctx.faults.has('config-key-missing') && k.key === 'ConnectionTimeOut');
        if (!asked.length) return { payload: { configurationKey: this.keys.filter(listed).map((k) => this.entry(k)) } };
        const known = asked.map((name) => this.find(name)).filter((k): k is ConfigKey => k !== undefined && visible(k));
        const unknownKey = asked.filter((name) => !known.some((k) => k.key === name));
        return { payload: { ...(known.length ? { configurationKey: known.map((k) => this.entry(k)) } : {}), ...(unknownKey.length ? { unknownKey } : {}) } };
      },
      ChangeConfiguration: (p) => {
        const key = String(p.key);
        const value = String(p.value);
        const k = this.find(key);
        if (!k) return { payload: { status: this.ctx.faults.has('unknown-key-accepted') ? 'Accepted' : 'NotSupported' } };
        if (key === 'SecurityProfile') return changeSecurityProfile(this.ctx, value);
        if (k.readonly || k.get) return { payload: { status: 'Rejected' } };
        if (validate(k, value) && !this.ctx.faults.has('invalid-config-value-accepted')) return { payload: { status: 'Rejected' } };
        if (this.ctx.faults.has('changeconfiguration-ignored')) return { payload: { status: 'Accepted' } };
        k.value = k.type === 'boolean' ? value.toLowerCase() : value;
        return { payload: { status: k.rebootRequired ? 'RebootRequired' : 'Accepted' }, after: () => this.ctx.settings.notify([key]) };
      },
    };
  }
}

function buildKeys(ctx: StationContext): ConfigKey[] {
  const o = ctx.options;
  const rw = (key: string, type: KeyType, value: string, extra: Partial<ConfigKey> = {}): ConfigKey => ({ key, readonly: false, type, value, ...extra });
  const r = (key: string, type: KeyType, value: string | (() => string)): ConfigKey =>
    ({ key, readonly: true, type, ...(typeof value === 'function' ? { get: value } : { value }) });
  return [
    // Core profile
    rw('AllowOfflineTxForUnknownId', 'boolean', 'false'),
    rw('AuthorizationCacheEnabled', 'boolean', 'true'),
    rw('AuthorizeRemoteTxRequests', 'boolean', 'false'),
    rw('ClockAlignedDataInterval', 'integer', '0'),
    rw('ConnectionTimeOut', 'integer', '60'),
    // 9.1.7: RW (OCTT 1.6 §2.8.1 checks it).
    rw('ConnectorPhaseRotation', 'csl', ctx.evses.list.map((e) => `${e.id}.RST`).join(',')),
    r('GetConfigurationMaxKeys', 'integer', String(GET_CONFIGURATION_MAX_KEYS)),
    rw('HeartbeatInterval', 'integer', String(o.heartbeatInterval)),
    rw('LocalAuthorizeOffline', 'boolean', 'true'),
    // Personality pre-authorize: true out of the box (1.6 9.1.13 mandates no default).
    rw('LocalPreAuthorize', 'boolean', String(o.behaviour.localPreAuthorize)),
    rw('MeterValuesAlignedData', 'measurands', 'Energy.Active.Import.Register,Power.Active.Import'),
    r('MeterValuesAlignedDataMaxLength', 'integer', '8'),
    rw('MeterValuesSampledData', 'measurands', 'Energy.Active.Import.Register,Power.Active.Import'),
    r('MeterValuesSampledDataMaxLength', 'integer', '8'),
    rw('MeterValueSampleInterval', 'integer', String(o.meterValueSampleInterval)),
    r('NumberOfConnectors', 'integer', () => String(ctx.evses.list.length)),
    rw('ResetRetries', 'integer', '2'),
    rw('StopTransactionOnEVSideDisconnect', 'boolean', 'true'),
    rw('StopTransactionOnInvalidId', 'boolean', 'true'),
    rw('StopTxnAlignedData', 'measurands', ''),
    r('StopTxnAlignedDataMaxLength', 'integer', '8'),
    rw('StopTxnSampledData', 'measurands', 'Energy.Active.Import.Register'),
    r('StopTxnSampledDataMaxLength', 'integer', '8'),
    r('SupportedFeatureProfiles', 'csl', 'Core,FirmwareManagement,LocalAuthListManagement,RemoteTrigger,Reservation,SmartCharging'),
    // 9.1.30: what UpdateFirmware / GetDiagnostics locations may use (L-firmware-management/*-16.ts).
    r('SupportedFileTransferProtocols', 'csl', 'FTP,HTTP,HTTPS'),
    rw('TransactionMessageAttempts', 'integer', '3'),
    rw('TransactionMessageRetryInterval', 'integer', '10'),
    // Errata 3.84: a fixed cable reports false, read-only.
    o.fixedCable ? r('UnlockConnectorOnEVSideDisconnect', 'boolean', 'false') : rw('UnlockConnectorOnEVSideDisconnect', 'boolean', 'true'),
    rw('WebSocketPingInterval', 'integer', '0'),
    // Local auth list management profile
    rw('LocalAuthListEnabled', 'boolean', 'true'),
    r('LocalAuthListMaxLength', 'integer', '1000'),
    r('SendLocalListMaxLength', 'integer', '100'),
    // Reservation profile (9.3): reservations of connector 0 (H-reservation/reservation-16.ts).
    r('ReserveConnectorZeroSupported', 'boolean', 'true'),
    // Smart charging profile (9.4): the limits K-smart-charging/store-16.ts enforces.
    r('ChargeProfileMaxStackLevel', 'integer', '8'),
    r('ChargingScheduleAllowedChargingRateUnit', 'csl', 'Current,Power'),
    r('ChargingScheduleMaxPeriods', 'integer', '24'),
    r('MaxChargingProfilesInstalled', 'integer', '10'),
    // Security whitepaper
    { key: 'AuthorizationKey', readonly: false, type: 'password', value: o.password ?? '', writeOnly: true },
    rw('CpoName', 'string', 'ocpp-harness test CSO'),
    { key: 'SecurityProfile', readonly: false, type: 'integer', get: () => String(o.securityProfile) },
    r('CertificateSignedMaxChainSize', 'integer', '10000'),
    r('CertificateStoreMaxLength', 'integer', '32'),
    r('AdditionalRootCertificateCheck', 'boolean', 'false'),
  ];
}

/**
 * Security whitepaper 7.6 and A05: SecurityProfile only goes up, and only when the new profile's
 * prerequisites are met (A05.FR.01-04); then the station reconnects with it (A05.FR.05-07).
 */
function changeSecurityProfile(ctx: StationContext, value: string): HandlerResult {
  const wanted = Number(value);
  const current = ctx.options.securityProfile;
  const rejected: HandlerResult = { payload: { status: 'Rejected' } };
  if (!/^\d$/.test(value) || !isSecurityProfile(wanted)) return rejected;
  if (wanted <= current && !ctx.faults.has('security-profile-downgrade-accepted')) return rejected; // A05.FR.01
  const key = ctx.settings.str('basicAuthPassword') || ctx.options.password || '';
  if ((wanted === 1 || wanted === 2) && key.length < 16) return rejected; // A05.FR.02
  const material = ctx.security.tlsMaterial();
  if ((wanted === 2 || wanted === 3) && !material.ca?.length) return rejected; // A05.FR.03
  if (wanted === 3 && !(material.cert && material.key)) return rejected; // A05.FR.04
  return {
    payload: { status: 'Accepted' },
    after: () => {
      if (ctx.faults.has('security-profile-upgrade-ignored')) return;
      ctx.options.securityProfile = wanted;
      // The same Central System, reached with the scheme of the new profile.
      if (usesTls(wanted)) ctx.options.url = ctx.options.url.replace(/^ws:/, 'wss:');
      ctx.log.info(`security profile ${current} -> ${wanted}: reconnecting (A05.FR.06/07)`);
      return ctx.link.restart('close', 'security profile changed');
    },
  };
}
