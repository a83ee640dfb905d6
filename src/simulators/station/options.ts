import { HarnessError } from '../../errors.js';
import { isSecurityProfile, usesBasicAuth } from '../../transport/security.js';
import { stationFaultNames } from '../faults.js';
import { DEFAULT_STATION_BEHAVIOUR } from '../personalities.js';
import { DEFAULT_TIMINGS, type ResolvedStationOptions, type StationIdentity, type StationOptions } from './types.js';

/** Markup that still fits each field's maxLength (1.6 vendor/model: 20; 2.0.1 vendorName 50, model 20; serial 25; firmware 50). */
function hostileIdentity(version: StationOptions['version']): Required<StationIdentity> {
  return {
    vendor: version === '1.6' ? '<svg onload=alert()>' : "<script>alert('vendor')</script>",
    model: '<svg onload=alert()>',
    serialNumber: '"><img src=x onerror=1>',
    firmwareVersion: '<script>alert(1)</script>',
  };
}

/** Defaults applied, everything checked: a bad option is an OCPPH_ERR_CONFIG before anything connects. */
export function resolveOptions(options: StationOptions): ResolvedStationOptions {
  const problem = (msg: string) => new HarnessError('OCPPH_ERR_CONFIG', `reference station: ${msg}`);
  if (options.version !== '1.6' && options.version !== '2.0.1') throw problem(`version must be 1.6 or 2.0.1, got ${String(options.version)}`);
  if (!options.stationId || /[/\s]/.test(options.stationId)) throw problem(`station id '${options.stationId}' must be non-empty without '/' or spaces`);
  if (!/^wss?:\/\//.test(options.url)) throw problem(`url must start with ws:// or wss://, got '${options.url}'`);
  const securityProfile = options.securityProfile ?? 0;
  if (!isSecurityProfile(securityProfile)) throw problem(`security profile must be 0-3, got ${String(securityProfile)}`);
  if (usesBasicAuth(securityProfile) && !options.password) throw problem(`security profile ${securityProfile} needs a password`);
  const faults = stationFaultNames([...new Set(options.faults ?? [])], options.version);
  const rebootMs = options.behaviour?.rebootMs ?? 0;
  if (!Number.isFinite(rebootMs) || rebootMs < 0) throw problem(`behaviour.rebootMs must be >= 0, got ${String(rebootMs)}`);
  const evses = options.evses ?? [{ id: 1, connectors: 1 }];
  if (!evses.length) throw problem('at least one EVSE is needed');
  const ids = new Set<number>();
  for (const e of evses) {
    if (!Number.isInteger(e.id) || e.id < 1 || ids.has(e.id)) throw problem(`EVSE ids must be distinct integers >= 1 (got ${e.id})`);
    if (!Number.isInteger(e.connectors) || e.connectors < 1) throw problem(`EVSE ${e.id} needs at least one connector`);
    ids.add(e.id);
  }
  const identity: Required<StationIdentity> = faults.includes('hostile-strings')
    ? hostileIdentity(options.version)
    : {
      vendor: options.identity?.vendor ?? 'OpenHarness',
      model: options.identity?.model ?? 'RefStation',
      serialNumber: options.identity?.serialNumber ?? options.stationId.slice(0, 25),
      firmwareVersion: options.identity?.firmwareVersion ?? '1.0.0',
    };
  return {
    url: options.url,
    version: options.version,
    stationId: options.stationId,
    securityProfile,
    password: options.password,
    tls: { ...(options.tls ?? {}) },
    certsDir: options.certsDir,
    evses: evses.map((e) => ({ ...e })),
    identity,
    faults,
    features: options.features ? [...options.features] : undefined,
    profiles: options.profiles ? [...options.profiles] : undefined,
    heartbeatInterval: options.heartbeatInterval ?? 300,
    meterValueSampleInterval: options.meterValueSampleInterval ?? 60,
    fixedCable: options.fixedCable ?? false,
    stopTransactionsBeforePowerDown: options.stopTransactionsBeforePowerDown ?? false,
    log: options.log,
    timings: { ...DEFAULT_TIMINGS, ...(options.timings ?? {}) },
    behaviour: { ...DEFAULT_STATION_BEHAVIOUR, ...(options.behaviour ?? {}) },
  };
}
