import { saveStationPassword } from '../config/state.js';
import { createRequire } from 'node:module';
import type { HarnessConfig } from '../config/config.js';
import { maskSecrets } from '../config/config.js';
import { loadCatalogue, preconditionsKey } from '../engine/catalogue.js';
import { plan, selectOrRefuse, type Selection } from '../engine/plan.js';
import { runPlan, extractBootIdentity, type PlannedCase } from '../engine/runner.js';
import type { CaseResult, RunEvent, SutIdentity } from '../engine/model.js';
import { summarize } from '../engine/model.js';
import type { Operator } from '../domain/operator-actions.js';
import { CsmsLink, StationLink, type Link } from '../ocpp/link.js';
import type { AuthRequest } from '../transport/server.js';
import { CsmsSidePeer } from '../ocpp/peer-csms-side.js';
import { StationSidePeer } from '../ocpp/peer-station-side.js';
import type { SutPeer } from '../ocpp/peer-roles.js';
import { ensurePki, type Pki } from '../pki/store.js';
import type { TlsOptions } from '../transport/security.js';
import { usesBasicAuth, usesTls } from '../transport/security.js';
import { HarnessError } from '../errors.js';
import { buildOperator } from './operators.js';
import { clientTls, ownTlsLoader, serverTls } from './tls.js';
import { fileServerLoader } from './file-server.js';
import { startReferenceSut, type SimSelection, type SimulatorHandle } from './simulators.js';

const require = createRequire(import.meta.url);
export const TOOL = { name: 'ocpp-harness', version: (require('../../../package.json') as { version: string }).version };

export interface SessionOptions {
  config: HarnessConfig;
  selection: Selection;
  catalogueDir?: string;
  /** Run against an in-process reference simulator of the SUT role, with these faults (and personality). */
  sim?: SimSelection;
  /** Where events go (the reporters). */
  emit: (event: RunEvent) => void | Promise<void>;
  /** Emit runBegin/runEnd (false when several sessions share one report, as in the demo). */
  runBoundaries?: boolean;
  /** Replace the configured operator chain (tests). */
  operator?: Operator;
  /** Wrap the operator chain (the reference runs' slow operator). */
  wrapOperator?: (operator: Operator) => Operator;
  bail?: boolean;
  /** Extra case settings (`ctx.settings`), e.g. the reference runs' short `configured` durations. */
  settings?: Record<string, unknown>;
}

export interface SessionOutcome {
  cases: CaseResult[];
  sut: SutIdentity;
  planned: PlannedCase[];
}

/** A test PKI loader shared by a run: generated once on first use. */
function pkiLoader(dir: string, stationId: string): () => Promise<Pki> {
  let p: Promise<Pki> | undefined;
  // Say so when the folder held no usable PKI: a user who pointed `certs` at their own folder must not be surprised.
  return () => (p ??= ensurePki(dir, { stationId }, (message) => process.stderr.write(`ocpp-harness: ${message}\n`)));
}

/** Wires config, catalogue, link, peer, operator and (optionally) a simulator, then runs the plan. */
export async function runSession(options: SessionOptions): Promise<SessionOutcome> {
  const { config } = options;
  const catalogue = await loadCatalogue(options.catalogueDir, [config.version]);
  const selected = selectOrRefuse(catalogue.cases, { ...options.selection, version: config.version, sut: config.sut });
  const planned = plan(selected, config.ics, options.selection.profiles);
  const pki = pkiLoader(config.certs, config.ics.station.id);
  const ownTls = ownTlsLoader(config);
  const fileServer = fileServerLoader(config, pki, ownTls);
  const profile = config.ics.securityProfile;

  let sim: SimulatorHandle | undefined;
  let link: Link;
  let peer: SutPeer;
  let endpoint: string;
  const password = config.password ?? (options.sim && usesBasicAuth(profile) ? 'harness-test-password' : undefined);
  if (usesBasicAuth(profile) && password === undefined) {
    throw new HarnessError('OCPPH_ERR_CONFIG', `security profile ${profile} needs the station's Basic-auth password (config 'password' or OCPPH_PASSWORD)`);
  }

  if (config.sut === 'CS') {
    const tls: TlsOptions | undefined = usesTls(profile) ? await serverTls(config, pki, await ownTls()) : undefined;
    // The Basic-auth check follows the profile of the server that received the request (cases may change it).
    const basicAuth = (expected: string | undefined) => (req: AuthRequest) => (usesBasicAuth(req.securityProfile) ? req.password === expected : true);
    const csmsLink = new CsmsLink({
      host: config.listen.host, port: config.listen.port, versions: [config.version], securityProfile: profile,
      ...(tls ? { tls } : {}),
      callTimeoutMs: config.ics.timeouts.messageMs,
      maxFrameDepth: config.limits.maxFrameDepth,
      pingIntervalMs: config.timeouts.pingMs,
      expectedStationId: config.ics.station.id,
      upgradeTimeoutMs: config.timeouts.upgradeMs,
      authenticate: basicAuth(password),
      // Cases that need another endpoint (bad server certificates, old TLS, another security profile) ask for it by name.
      endpointResolver: async (request) => {
        const securityProfile = request.securityProfile ?? profile;
        return {
          securityProfile,
          ...(usesTls(securityProfile) ? { tls: await serverTls(config, pki, await ownTls(), request) } : {}),
          authenticate: basicAuth(request.basicAuthPassword ?? password),
        };
      },
    });
    const { url } = await listenOrExplain(csmsLink, config);
    endpoint = url;
    link = csmsLink;
    // The peer answers from the first frame on, so the simulator's power-on boot is not left hanging.
    peer = new CsmsSidePeer(csmsLink, { ics: config.ics, holdMs: config.timeouts.holdMs, connectMs: config.timeouts.connectMs });
    if (options.sim) {
      sim = await startReferenceSut('CS', { config, endpoint, ...options.sim, pki, ...(password !== undefined ? { password } : {}) });
    }
  } else {
    if (options.sim) {
      sim = await startReferenceSut('CSMS', { config, ...options.sim, pki, ...(password !== undefined ? { password } : {}) });
    }
    const url = sim?.endpoint ?? config.csmsUrl;
    if (!url) throw new HarnessError('OCPPH_ERR_CONFIG', "testing a CSMS needs its endpoint: config 'csmsUrl', OCPPH_CSMS_URL or --csms-url");
    endpoint = url;
    const tls = usesTls(profile) ? await clientTls(config, pki, await ownTls()) : undefined;
    const stationLink = new StationLink({
      url, stationId: config.ics.station.id, versions: [config.version], securityProfile: profile,
      ...(password !== undefined && usesBasicAuth(profile) ? { basicAuth: { password } } : {}),
      ...(tls ? { tls } : {}),
      callTimeoutMs: config.ics.timeouts.messageMs,
      maxFrameDepth: config.limits.maxFrameDepth,
      handshakeTimeoutMs: config.timeouts.connectMs,
      pingIntervalMs: config.timeouts.pingMs,
      reconnectDelayMs: config.timeouts.reconnectDelayMs,
    });
    link = stationLink;
    peer = new StationSidePeer(stationLink, { ics: config.ics, holdMs: config.timeouts.holdMs, connectMs: config.timeouts.connectMs });
  }

  const built = options.operator ?? buildOperator(config, sim?.target);
  const operator = options.wrapOperator ? options.wrapOperator(built) : built;
  let sut: SutIdentity = {
    role: config.sut, version: config.version, endpoint, stationId: config.ics.station.id,
    ...(config.sut === 'CSMS' && sim ? { vendor: 'ocpp-harness', model: 'reference CSMS' } : {}),
  };
  if (options.runBoundaries !== false) await options.emit(runBeginEvent(config, sut, planned));
  let cases: CaseResult[] = [];
  // A promise a case body left behind must not take the run down: note it in the running case.
  const onStray = (reason: unknown) => {
    peer.currentRecorder.step(`unawaited error in the case body: ${reason instanceof Error ? reason.message : String(reason)}`, 'info');
  };
  process.on('unhandledRejection', onStray);
  try {
    const preconditions = catalogue.preconditions.get(preconditionsKey(config.version, config.sut));
    cases = await runPlan({
      plan: planned, peer, operator, ics: config.ics, emit: options.emit,
      ...(preconditions ? { preconditions } : {}),
      defaultDeadlineMs: config.timeouts.caseMs,
      settings: {
        ...options.settings,
        endpoint, ...(password !== undefined ? { basicAuthPassword: password } : {}), certsDir: config.certs,
        // A real CSMS keeps a password a case changes (TC_A_09_CSMS): the next run reads it back (src/config/state.ts).
        ...(!options.sim && config.stateFile ? { saveStationPassword: (p: string, by: string) => saveStationPassword(config.stateFile!, config.csmsUrl, config.ics.station.id, p, by) } : {}),
        configured: { ...config.configured },
        fileServer: fileServer.get,
        // The CSMS's endpoint per security profile (A05 upgrades), when the simulator has several.
        ...(sim?.endpointFor ? { endpointFor: sim.endpointFor } : {}),
      },
      pki,
      operatorMs: config.timeouts.operatorMs,
      connectMs: config.timeouts.connectMs,
      ...(options.bail ? { bail: true } : {}),
    });
    if (config.sut === 'CS') {
      sut = { ...sut, ...stripUndefined(extractBootIdentity(cases)) };
      await options.emit({ type: 'sutIdentity', sut });
    }
  } finally {
    process.off('unhandledRejection', onStray);
    await operator.close?.();
    await link.close();
    await sim?.stop();
    await fileServer.close();
  }
  if (options.runBoundaries !== false) {
    await options.emit({ type: 'runEnd', finishedAt: new Date().toISOString(), summary: summarize(cases) });
  }
  return { cases, sut, planned };
}

/** Listens, turning a port in use or not allowed into a config error that names the field. */
async function listenOrExplain(link: CsmsLink, config: HarnessConfig): Promise<{ url: string }> {
  try {
    return await link.listen();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'not allowed (a port below 1024 needs privileges)' : 'no such local address';
      throw new HarnessError('OCPPH_ERR_CONFIG', `listen.host/listen.port (--port): cannot listen on ${config.listen.host}:${config.listen.port}: ${why}`, { field: 'listen.port', code }, { cause: err });
    }
    throw err;
  }
}

/** The runBegin event of a session: tool, SUT, masked config, ICS and the plan. */
export function runBeginEvent(config: HarnessConfig, sut: SutIdentity, planned: PlannedCase[]): Extract<RunEvent, { type: 'runBegin' }> {
  return {
    type: 'runBegin', startedAt: new Date().toISOString(), tool: TOOL, sut,
    config: maskSecrets({ ...config, ics: undefined }) as Record<string, unknown>,
    ics: maskSecrets(config.ics) as Record<string, unknown>,
    planned: planned.map((p) => { const { definition: _d, ...info } = p.testCase; return info; }),
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
