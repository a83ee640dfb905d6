import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import YAML from 'yaml';
import { CONFIG_SCHEMA } from './schema.js';
import { defaultIcs } from './default-ics.js';
import type { Ics } from '../domain/ics.js';
import type { OcppVersion } from '../domain/version.js';
import type { SutRole } from '../domain/role.js';
import { HarnessError } from '../errors.js';
import { DEFAULT_MAX_FRAME_DEPTH } from '../domain/limits.js';
import type { Hook } from '../domain/operator-actions.js';
import type { SecurityProfile } from '../domain/security-profile.js';
import { DEFAULT_UPGRADE_TIMEOUT_MS } from '../transport/server.js';
import type { ConfiguredValues } from '../domain/configured-values.js';
import { resolveConfigured } from './configured.js';
import { REDACTED_PRIVATE_KEY } from '../domain/secrets.js';
import { savedStationPassword, STATE_FILE_NAME } from './state.js';
import { resolveFileServer, type FileServerConfig, type FileServerConfigFile } from './file-server.js';

/** The config file as written (all optional). */
export interface ConfigFile {
  ocpp?: OcppVersion;
  sut?: 'cs' | 'csms';
  ics?: Partial<Omit<Ics, 'version' | 'sut' | 'idTokens' | 'station' | 'timeouts'>> & {
    idTokens?: Partial<Ics['idTokens']>;
    station?: Partial<Ics['station']>;
    timeouts?: Partial<Ics['timeouts']>;
  };
  listen?: { host?: string; port?: number };
  csmsUrl?: string;
  password?: string;
  fileServer?: FileServerConfigFile;
  certs?: string;
  tls?: { serverCert?: 'rsa' | 'ecdsa'; caFile?: string; certFile?: string; keyFile?: string };
  operator?: { interactive?: 'auto' | boolean; hook?: Hook; actions?: Record<string, Hook>; settleMs?: number };
  timeouts?: Partial<HarnessConfig['timeouts']>;
  limits?: { maxFrameDepth?: number };
  /** The <Configured ...> values (src/domain/configured-values.ts). */
  configured?: ConfiguredValues;
  out?: string;
  /** sut: csms — the state file (src/config/state.ts); default ocpp-harness.state.json next to the config file. */
  stateFile?: string;
}

/** The effective configuration after defaults, file, environment and flags. */
export interface HarnessConfig {
  version: OcppVersion;
  sut: SutRole;
  ics: Ics;
  listen: { host: string; port: number };
  csmsUrl?: string;
  password?: string;
  fileServer: FileServerConfig;
  certs: string;
  tls: NonNullable<ConfigFile['tls']>;
  /** `settleMs` absent: each kind of operator uses its own default (hooks 1 s, simulators 0). */
  operator: { interactive: 'auto' | boolean; hook?: Hook; actions: Record<string, Hook>; settleMs?: number };
  timeouts: {
    caseMs: number; connectMs: number; holdMs: number;
    /** sut: cs — how long a station may take from TCP connect to a complete upgrade request. */
    upgradeMs: number;
    /** A manual step's own limit (default 10 min): running out is INCONCLUSIVE. */
    operatorMs: number;
    /** Pause before the harness-as-station reconnects (default 1 s). */
    reconnectDelayMs: number;
    /** WebSocket ping interval in both roles (default 30 s; 0 disables). */
    pingMs: number;
  };
  limits: { maxFrameDepth: number };
  /** The <Configured ...> values the cases use: given or fixed defaults (derived ones only when given). */
  configured: ConfiguredValues;
  out?: string;
  /** sut: CSMS — what this run changed in the CSMS for good is recorded here (src/config/state.ts). */
  stateFile?: string;
  /** The station's password came from `stateFile` (an earlier TC_A_09_CSMS changed it in the CSMS). */
  passwordFromStateFile?: boolean;
}

/** Engine timeouts written down once (the schema documents each). */
export const DEFAULT_TIMEOUTS: HarnessConfig['timeouts'] = {
  caseMs: 120_000, connectMs: 30_000, holdMs: 5_000, upgradeMs: DEFAULT_UPGRADE_TIMEOUT_MS, operatorMs: 600_000, reconnectDelayMs: 1_000, pingMs: 30_000,
};

/** Flags the CLI passes on; they win over everything else. */
export interface ConfigOverrides {
  version?: OcppVersion;
  sut?: 'cs' | 'csms';
  out?: string;
  securityProfile?: SecurityProfile;
  port?: number;
  csmsUrl?: string;
  certs?: string;
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Checks a parsed config object against the published schema; the error names the field. */
export function validateConfigFile(data: unknown, source: string): ConfigFile {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (!validator(data)) {
    const errs = (validator.errors ?? []).map((e) => {
      const field = (e.instancePath || '/').replace(/^\//, '').replace(/\//g, '.') || '(top level)';
      const extra = e.keyword === 'additionalProperties' ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'` : e.keyword === 'enum' ? ` (${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')})` : '';
      return `${field}: ${e.message ?? e.keyword}${extra}`;
    });
    throw new HarnessError('OCPPH_ERR_CONFIG', `${source}: invalid config: ${errs.join('; ')}`, { errors: validator.errors });
  }
  return data as ConfigFile;
}

export async function readConfigFile(file: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_CONFIG', `cannot read config file ${file}: ${(err as Error).message}`, { file }, { cause: err });
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : YAML.parse(text);
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_CONFIG', `${file}: not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${(err as Error).message}`, { file }, { cause: err });
  }
  return validateConfigFile(data ?? {}, file);
}

/**
 * Precedence, written down once: command-line flags > environment (OCPPH_PASSWORD,
 * OCPPH_CSMS_URL, OCPPH_CERTS, OCPPH_FILESERVER_PASSWORD) > config file > built-in defaults. One exception: the station password
 * a run against a CSMS recorded in the state file (the CSMS now holds it) wins over every other.
 */
export function resolveConfig(file: ConfigFile, env: NodeJS.ProcessEnv, flags: ConfigOverrides, baseDir = process.cwd()): HarnessConfig {
  const version = flags.version ?? file.ocpp ?? '2.0.1';
  const sutFlag = flags.sut ?? file.sut ?? 'cs';
  const sut: SutRole = sutFlag === 'csms' ? 'CSMS' : 'CS';
  const base = defaultIcs(version, sut);
  const f = file.ics ?? {};
  const ics: Ics = {
    ...base,
    ...(f.profiles ? { profiles: f.profiles } : {}),
    ...(f.features ? { features: f.features } : {}),
    ...(f.evses ? { evses: f.evses } : {}),
    ...(f.heartbeatInterval ? { heartbeatInterval: f.heartbeatInterval } : {}),
    securityProfile: flags.securityProfile ?? f.securityProfile ?? base.securityProfile,
    idTokens: { ...base.idTokens, ...(f.idTokens ?? {}) } as Ics['idTokens'],
    // With the CSMS under test only these may be used (src/engine/id-tokens.ts); the defaults are placeholders.
    idTokensGiven: Object.keys(f.idTokens ?? {}) as Array<keyof Ics['idTokens']>,
    station: { ...base.station, ...(f.station ?? {}) },
    timeouts: { ...base.timeouts, ...(f.timeouts ?? {}) },
  };
  for (const key of Object.keys(ics.idTokens) as Array<keyof Ics['idTokens']>) {
    const t = ics.idTokens[key];
    if (t && !t.type) t.type = 'ISO14443';
  }
  const rel = (p: string) => (path.isAbsolute(p) ? p : path.resolve(baseDir, p));
  const csmsUrl = flags.csmsUrl ?? env.OCPPH_CSMS_URL ?? file.csmsUrl;
  if (csmsUrl !== undefined) checkCsmsUrl(csmsUrl, flags.csmsUrl !== undefined ? '--csms-url' : env.OCPPH_CSMS_URL !== undefined ? 'OCPPH_CSMS_URL' : 'csmsUrl');
  // The CSMS holds the password an earlier run set (TC_A_09_CSMS): it wins over the configured one until the file is deleted.
  const stateFile = sut === 'CSMS' ? rel(file.stateFile ?? STATE_FILE_NAME) : undefined;
  const saved = stateFile ? savedStationPassword(stateFile, csmsUrl, ics.station.id) : undefined;
  const password = saved ?? env.OCPPH_PASSWORD ?? file.password;
  const out = flags.out ?? file.out;
  return {
    version,
    sut,
    ics,
    listen: { host: file.listen?.host ?? '127.0.0.1', port: flags.port ?? file.listen?.port ?? 0 },
    ...(csmsUrl ? { csmsUrl } : {}),
    ...(password !== undefined ? { password } : {}),
    fileServer: resolveFileServer(file.fileServer, file.listen?.host, env),
    certs: rel(flags.certs ?? env.OCPPH_CERTS ?? file.certs ?? 'certs'),
    // Own-PKI files are relative to the config file, like the other paths.
    tls: Object.fromEntries(Object.entries(file.tls ?? {}).map(([k, v]) => [k, /File$/.test(k) ? rel(String(v)) : v])) as HarnessConfig['tls'],
    operator: {
      interactive: file.operator?.interactive ?? 'auto', ...(file.operator?.hook ? { hook: file.operator.hook } : {}), actions: file.operator?.actions ?? {},
      ...(file.operator?.settleMs !== undefined ? { settleMs: file.operator.settleMs } : {}),
    },
    timeouts: { ...DEFAULT_TIMEOUTS, ...(file.timeouts ?? {}) },
    limits: { maxFrameDepth: file.limits?.maxFrameDepth ?? DEFAULT_MAX_FRAME_DEPTH },
    configured: resolveConfigured(file.configured, sut),
    ...(out ? { out: rel(out) } : {}),
    ...(stateFile ? { stateFile } : {}),
    ...(saved !== undefined ? { passwordFromStateFile: true } : {}),
  };
}

/** A CSMS endpoint must be a ws:// or wss:// URL without a fragment (a WebSocket URL has none, RFC 6455 3). */
function checkCsmsUrl(value: string, field: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new HarnessError('OCPPH_ERR_CONFIG', `${field}: '${value}' is not a URL`, { field });
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new HarnessError('OCPPH_ERR_CONFIG', `${field}: must start with ws:// or wss://, got '${value}'`, { field });
  if (value.includes('#')) throw new HarnessError('OCPPH_ERR_CONFIG', `${field}: a WebSocket URL cannot carry a #fragment ('${value}')`, { field });
}

const SECRET_KEYS = /pass(word)?|secret|token$|key(pem|file)?$|authorization/i;

/** A copy of any config-like value with secrets replaced, for printing and reports. */
export function maskSecrets(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (SECRET_KEYS.test(key) && !/idtoken/i.test(key)) return value ? '********' : value;
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value)) return REDACTED_PRIVATE_KEY;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskSecrets(v, k)]));
  }
  return value;
}
