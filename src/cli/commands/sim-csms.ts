import { InvalidArgumentError, type Command } from 'commander';
import { HarnessError } from '../../errors.js';
import type { OcppVersion } from '../../rpc/versions.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import type { ControlServer } from '../../simulators/common/control-server.js';
import { isLogLevel, levelFilter, streamSink, type LogLevel } from '../../simulators/common/logger.js';
import { ReferenceCsms } from '../../simulators/csms/csms.js';
import { validateFaultNames } from '../../simulators/faults.js';
import { csmsBehaviour } from '../../simulators/personalities.js';
import type { BootStatus, IdTokenConfig, StationConfig } from '../../simulators/csms/types.js';
import { collect, parsePort, parseSecurityProfile, parseVersion } from '../options.js';

export interface SimCsmsFlags {
  port: number;
  host: string;
  ocpp: OcppVersion;
  securityProfile: SecurityProfile;
  password?: string;
  certs?: string;
  organization?: string;
  station?: string[];
  idToken?: string[];
  fault?: string[];
  personality?: string;
  heartbeatInterval?: number;
  controlPort?: number;
  logLevel: LogLevel;
}

const BOOT_STATUSES = new Set(['Accepted', 'Pending', 'Rejected']);

/** `ID`, `ID:password` or `ID:password:Pending` (the password may be empty: `ID::Pending`). */
export function parseStation(spec: string): StationConfig {
  const [id, password, bootStatus, ...rest] = spec.split(':');
  if (!id || rest.length) throw new InvalidArgumentError(`station '${spec}': expected ID[:password[:Accepted|Pending|Rejected]]`);
  if (bootStatus !== undefined && !BOOT_STATUSES.has(bootStatus)) throw new InvalidArgumentError(`station '${spec}': boot status must be Accepted, Pending or Rejected`);
  return { id, ...(password ? { password } : {}), ...(bootStatus ? { bootStatus: bootStatus as BootStatus } : {}) };
}

/** `TOKEN`, `TOKEN:Status` or `TOKEN:Status:Type` (default Accepted, ISO14443). */
export function parseIdToken(spec: string): IdTokenConfig {
  const [idToken, status, type, ...rest] = spec.split(':');
  if (!idToken || rest.length) throw new InvalidArgumentError(`id token '${spec}': expected TOKEN[:status[:type]]`);
  return { idToken, status: status || 'Accepted', ...(type ? { type } : {}) };
}

function parseLogLevel(value: string): LogLevel {
  if (!isLogLevel(value)) throw new InvalidArgumentError('expected error, warn, info or debug');
  return value;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of seconds');
  return n;
}

/** Builds the CSMS options from the flags (exported for tests). */
export function csmsOptionsFromFlags(flags: SimCsmsFlags, log: (line: string, level: LogLevel) => void): ConstructorParameters<typeof ReferenceCsms>[0] {
  validateFaultNames(flags.fault ?? [], 'csms', flags.ocpp);
  const stations = flags.station?.map(parseStation);
  if (flags.securityProfile >= 2 && !flags.certs) throw new HarnessError('OCPPH_ERR_CONFIG', `security profile ${flags.securityProfile} needs --certs DIR (a PKI from \`certs init\`)`);
  if ((flags.securityProfile === 1 || flags.securityProfile === 2) && !flags.password && !stations?.every((s) => s.password)) {
    throw new HarnessError('OCPPH_ERR_CONFIG', `security profile ${flags.securityProfile} needs --password or a password for every --station ID:password`);
  }
  return {
    host: flags.host,
    port: flags.port,
    versions: [flags.ocpp],
    securityProfile: flags.securityProfile,
    ...(flags.certs ? { certsDir: flags.certs } : {}),
    ...(flags.organization ? { organization: flags.organization } : {}),
    ...(stations ? { stations } : {}),
    ...(flags.password ? { password: flags.password } : {}),
    idTokens: (flags.idToken ?? []).map(parseIdToken),
    ...(flags.heartbeatInterval !== undefined ? { heartbeatInterval: flags.heartbeatInterval } : {}),
    faults: flags.fault ?? [],
    behaviour: csmsBehaviour(flags.personality, { version: flags.ocpp }),
    log,
  };
}

/**
 * Runs the reference CSMS until SIGINT/SIGTERM (or `signal` aborts). Prints its URL on stdout,
 * one log line per message on stderr.
 */
export async function runSimCsms(flags: SimCsmsFlags, signal?: AbortSignal, out: Pick<NodeJS.WritableStream, 'write'> = process.stdout): Promise<void> {
  const log = levelFilter(flags.logLevel, streamSink(process.stderr));
  const csms = new ReferenceCsms(csmsOptionsFromFlags(flags, log));
  const { url } = await csms.start();
  let control: ControlServer | undefined;
  let stop: (() => void) | undefined;
  try {
    if (flags.controlPort !== undefined) control = await csms.startControl(flags.controlPort);
    out.write(`reference CSMS (OCPP ${flags.ocpp}, security profile ${flags.securityProfile}) listening on ${url}/<stationId>\n`);
    out.write(flags.station?.length ? `stations: ${flags.station.map((s) => parseStation(s).id).join(', ')}\n` : 'accepting any station id\n');
    if (control) out.write(`control endpoint: POST ${control.url}/operator  {"action":"csmsSend","params":{"action":"Reset","stationId":"..."}}\n`);
    await new Promise<void>((resolve) => {
      stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      signal?.addEventListener('abort', stop, { once: true });
    });
  } finally {
    if (stop) {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
    await csms.stop();
    log('reference CSMS stopped', 'info');
  }
}

export function registerSimCsmsCommand(simCommand: Command): void {
  simCommand
    .command('csms')
    .description('Run the reference CSMS (OCPP 1.6 or 2.0.1): point a charging station at it. Without --station any station id is accepted.')
    .option('--port <n>', 'port to listen on (0 = any free port)', parsePort, 9000)
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--ocpp <version>', 'OCPP version: 1.6 or 2.0.1', parseVersion, '2.0.1' as OcppVersion)
    .option('--security-profile <n>', 'security profile 0-3', parseSecurityProfile, 0 as SecurityProfile)
    .option('--password <p>', 'Basic-auth password for stations without their own (profiles 1-2)')
    .option('--certs <dir>', 'PKI folder written by `certs init` (profiles 2-3, SignCertificate)')
    .option('--organization <name>', 'CSO name required in the O of client certificates (profile 3)')
    .option('--station <id[:password[:status]]>', 'a known station (repeatable); boot status Accepted, Pending or Rejected', collect)
    .option('--id-token <token[:status[:type]]>', 'a known id token (repeatable), default status Accepted', collect)
    .option('--fault <name>', 'switch a CSMS fault on (repeatable; see `sim --list-faults`)', collect)
    .option('--personality <name>', 'behave as this conformant personality (see `sim --list-personalities`)', 'default')
    .option('--heartbeat-interval <s>', 'heartbeat interval sent in BootNotification', parseSeconds)
    .option('--control-port <p>', 'also listen for operator actions on http://127.0.0.1:<p>/operator', parsePort)
    .option('--log-level <level>', 'error, warn, info or debug', parseLogLevel, 'info' as LogLevel)
    .action(async (flags: SimCsmsFlags) => {
      await runSimCsms(flags);
    });
}
