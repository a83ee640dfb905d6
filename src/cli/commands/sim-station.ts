/**
 * `sim station`: runs the reference charging station against a CSMS until SIGINT/SIGTERM.
 *
 *   ocpp-harness sim station --url ws://127.0.0.1:9000/ocpp --ocpp 2.0.1 --id CS001 --fault seqno-gap --control-port 9100
 */
import type { Command } from 'commander';
import { HarnessError } from '../../errors.js';
import { faultsFor, type FaultRole } from '../../simulators/faults.js';
import { isLogLevel, levelFilter, streamSink, type LogLevel } from '../../simulators/common/logger.js';
import { startControlServer, type ControlServer } from '../../simulators/common/control-server.js';
import { ReferenceStation } from '../../simulators/station/station.js';
import { stationBehaviour } from '../../simulators/personalities.js';
import type { SecurityProfile } from '../../domain/security-profile.js';

export interface SimStationFlags {
  url: string;
  ocpp?: string;
  id?: string;
  securityProfile?: string;
  password?: string;
  certs?: string;
  fault?: string[];
  personality?: string;
  rebootMs?: string;
  evses?: string;
  controlPort?: string;
  logLevel?: string;
}

export interface SimStationHandle {
  station: ReferenceStation;
  control?: ControlServer;
  stop(): Promise<void>;
}

/** Env var read when --password is not given (keeps the password out of the process list). */
export const STATION_PASSWORD_ENV = 'OCPP_HARNESS_STATION_PASSWORD';

function int(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new HarnessError('OCPPH_ERR_USAGE', `--${name} must be an integer ${min}-${max}, got '${value}'`);
  return n;
}

/** Starts a station (and its control endpoint) from CLI flags; the caller decides when to stop it. */
export async function runSimStation(flags: SimStationFlags, sink: (line: string, level: LogLevel) => void = streamSink()): Promise<SimStationHandle> {
  const version = flags.ocpp ?? '2.0.1';
  if (version !== '1.6' && version !== '2.0.1') throw new HarnessError('OCPPH_ERR_USAGE', `--ocpp must be 1.6 or 2.0.1, got '${version}'`);
  const level = flags.logLevel ?? 'info';
  if (!isLogLevel(level)) throw new HarnessError('OCPPH_ERR_USAGE', `--log-level must be error, warn, info or debug, got '${level}'`);
  const log = levelFilter(level, sink);
  const evseCount = int(flags.evses, 'evses', 1, 32) ?? 1;
  const password = flags.password ?? process.env[STATION_PASSWORD_ENV];
  const station = new ReferenceStation({
    url: flags.url,
    version,
    stationId: flags.id ?? 'CS001',
    securityProfile: (int(flags.securityProfile, 'security-profile', 0, 3) ?? 0) as SecurityProfile,
    ...(password ? { password } : {}),
    ...(flags.certs ? { certsDir: flags.certs } : {}),
    evses: Array.from({ length: evseCount }, (_v, i) => ({ id: i + 1, connectors: 1 })),
    faults: flags.fault ?? [],
    behaviour: { ...stationBehaviour(flags.personality, { version }), ...(flags.rebootMs !== undefined ? { rebootMs: int(flags.rebootMs, 'reboot-ms', 0, 3_600_000) ?? 0 } : {}) },
    log,
  });
  const controlPort = int(flags.controlPort, 'control-port', 0, 65_535);
  let control: ControlServer | undefined;
  if (controlPort !== undefined) {
    control = await startControlServer({
      port: controlPort,
      perform: (req) => station.perform(req.action, req.params),
      status: () => station.status(),
      log: (line) => log(line, 'info'),
    });
    log(`control endpoint ${control.url} (POST /operator, GET /status)`, 'info');
  }
  await station.start();
  return {
    station,
    ...(control ? { control } : {}),
    async stop() {
      await control?.close();
      await station.stop();
    },
  };
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(sig);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** The fault table printed by `sim --list-faults` (all roles, or one). */
export function formatFaultList(role?: FaultRole): string {
  const roles: FaultRole[] = role ? [role] : ['station', 'csms'];
  return roles.flatMap((r) => faultsFor(r))
    .map((f) => `${f.name.padEnd(34)} ${f.role.padEnd(8)} ${f.versions.join(',').padEnd(10)} ${f.description}  [${f.requirement}]`)
    .join('\n');
}

export function registerSimStationCommand(simCommand: Command): void {
  simCommand
    .command('station')
    .description('Run the reference charging station against a CSMS (Ctrl-C stops it).')
    .requiredOption('--url <url>', 'CSMS endpoint base URL, ws:// or wss:// (the station id is appended)')
    .option('--ocpp <version>', 'OCPP version: 1.6 or 2.0.1', '2.0.1')
    .option('--id <stationId>', 'charging station identity', 'CS001')
    .option('--security-profile <n>', 'security profile 0-3', '0')
    .option('--password <password>', `Basic-auth password for profiles 1-2 (or set ${STATION_PASSWORD_ENV})`)
    .option('--certs <dir>', 'PKI folder (certs init): CSMS root to trust, station certificate for profile 3')
    .option('--fault <name...>', 'switch on a station fault (repeatable; see sim --list-faults)')
    .option('--personality <name>', 'behave as this conformant personality (see sim --list-personalities)', 'default')
    .option('--reboot-ms <ms>', 'how long the station is down in a reset or power cycle before it connects again (overrides the personality; slow-reboot: 20000)')
    .option('--evses <n>', 'number of EVSEs (one connector each)', '1')
    .option('--control-port <port>', 'serve the HTTP control endpoint on 127.0.0.1:<port> (0 = any free port)')
    .option('--log-level <level>', 'error, warn, info or debug', 'info')
    .action(async (flags: SimStationFlags) => {
      const handle = await runSimStation(flags);
      const sig = await untilSignal();
      process.stderr.write(`${sig}: stopping the station\n`);
      await handle.stop();
    });
}
