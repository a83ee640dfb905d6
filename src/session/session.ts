import { createRequire } from 'node:module';
import type { HarnessConfig } from '../config/config.js';
import { maskSecrets } from '../config/config.js';
import { loadCatalogue, preconditionsKey } from '../engine/catalogue.js';
import { plan, select, type Selection } from '../engine/plan.js';
import { runPlan, extractBootIdentity, type PlannedCase } from '../engine/runner.js';
import type { CaseResult, RunEvent, SutIdentity } from '../engine/model.js';
import { summarize } from '../engine/model.js';
import type { Operator } from '../engine/operator.js';
import { CsmsLink, StationLink, type EndpointRequest, type Link } from '../ocpp/link.js';
import type { AuthRequest } from '../transport/server.js';
import { isPkiRole } from '../pki/roles.js';
import { Peer } from '../ocpp/peer.js';
import { ensurePki, type Pki } from '../pki/store.js';
import type { TlsOptions } from '../transport/security.js';
import { usesBasicAuth, usesTls } from '../transport/security.js';
import { HarnessError } from '../errors.js';
import { buildOperator } from './operators.js';
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
  bail?: boolean;
}

export interface SessionOutcome {
  cases: CaseResult[];
  sut: SutIdentity;
  planned: PlannedCase[];
}

/** A test PKI loader shared by a run: generated once on first use. */
function pkiLoader(dir: string, stationId: string): () => Promise<Pki> {
  let p: Promise<Pki> | undefined;
  return () => (p ??= ensurePki(dir, { stationId }));
}

/** Wires config, catalogue, link, peer, operator and (optionally) a simulator, then runs the plan. */
export async function runSession(options: SessionOptions): Promise<SessionOutcome> {
  const { config } = options;
  const catalogue = await loadCatalogue(options.catalogueDir, [config.version]);
  const selected = select(catalogue.cases, { ...options.selection, version: config.version, sut: config.sut });
  const planned = plan(selected, config.ics, options.selection.profiles);
  const pki = pkiLoader(config.certs, config.ics.station.id);
  const profile = config.ics.securityProfile;

  let sim: SimulatorHandle | undefined;
  let link: Link;
  let peer: Peer;
  let endpoint: string;
  const password = config.password ?? (options.sim && usesBasicAuth(profile) ? 'harness-test-password' : undefined);
  if (usesBasicAuth(profile) && password === undefined) {
    throw new HarnessError('OCPPH_ERR_CONFIG', `security profile ${profile} needs the station's Basic-auth password (config 'password' or OCPPH_PASSWORD)`);
  }

  if (config.sut === 'CS') {
    const tls: TlsOptions | undefined = usesTls(profile) ? await serverTls(config, await pki()) : undefined;
    // The Basic-auth check follows the profile of the server that received the request (cases may change it).
    const basicAuth = (expected: string | undefined) => (req: AuthRequest) => (usesBasicAuth(req.securityProfile) ? req.password === expected : true);
    const csmsLink = new CsmsLink({
      host: config.listen.host, port: config.listen.port, versions: [config.version], securityProfile: profile,
      ...(tls ? { tls } : {}),
      callTimeoutMs: config.ics.timeouts.messageMs,
      expectedStationId: config.ics.station.id,
      authenticate: basicAuth(password),
      // Cases that need another endpoint (bad server certificates, old TLS, another security profile) ask for it by name.
      endpointResolver: async (request) => {
        const securityProfile = request.securityProfile ?? profile;
        return {
          securityProfile,
          ...(usesTls(securityProfile) ? { tls: await serverTls(config, await pki(), request) } : {}),
          authenticate: basicAuth(request.basicAuthPassword ?? password),
        };
      },
    });
    const { url } = await csmsLink.listen();
    endpoint = url;
    link = csmsLink;
    // The peer answers from the first frame on, so the simulator's power-on boot is not left hanging.
    peer = new Peer(link, { ics: config.ics, holdMs: config.timeouts.holdMs });
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
    const tls = usesTls(profile) ? await clientTls(config, await pki()) : undefined;
    link = new StationLink({
      url, stationId: config.ics.station.id, versions: [config.version], securityProfile: profile,
      ...(password !== undefined && usesBasicAuth(profile) ? { basicAuth: { password } } : {}),
      ...(tls ? { tls } : {}),
      callTimeoutMs: config.ics.timeouts.messageMs,
    });
    peer = new Peer(link, { ics: config.ics, holdMs: config.timeouts.holdMs });
  }

  const operator = options.operator ?? buildOperator(config, sim?.target);
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
        endpoint, ...(password !== undefined ? { basicAuthPassword: password } : {}), certsDir: config.certs,
        // The CSMS's endpoint per security profile (A05 upgrades), when the simulator has several.
        ...(sim?.endpointFor ? { endpointFor: sim.endpointFor } : {}),
      },
      pki,
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
  }
  if (options.runBoundaries !== false) {
    await options.emit({ type: 'runEnd', finishedAt: new Date().toISOString(), summary: summarize(cases) });
  }
  return { cases, sut, planned };
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

async function serverTls(config: HarnessConfig, pki: Pki, request: EndpointRequest = {}): Promise<TlsOptions> {
  const role = request.serverCert ?? (config.tls.serverCert === 'ecdsa' ? 'csms-server-ecdsa' : 'csms-server-rsa');
  if (!isPkiRole(role)) throw new HarnessError('OCPPH_ERR_USAGE', `no test-PKI certificate '${role}' for the server`);
  const server = pki.get(role);
  return {
    cert: pki.chainPem(server.role),
    key: server.keyPem,
    // Profile 3: station certificates chain up to the CSMS root through the CSO sub-CA.
    ca: [pki.get('csms-root').certPem],
    ...(request.minTlsVersion ? { minVersion: request.minTlsVersion } : {}),
    ...(request.maxTlsVersion ? { maxVersion: request.maxTlsVersion } : {}),
    ...(request.ciphers ? { ciphers: request.ciphers } : {}),
    // A restricted cipher list may hold RSA and ECDSA suites (A00.FR.319): present a certificate of each key type.
    ...(request.ciphers && !request.serverCert ? { additionalCerts: [otherKeyType(role, pki)] } : {}),
  };
}

function otherKeyType(role: string, pki: Pki): { cert: string; key: string } {
  const other = pki.get(role === 'csms-server-ecdsa' ? 'csms-server-rsa' : 'csms-server-ecdsa');
  return { cert: pki.chainPem(other.role), key: other.keyPem };
}

async function clientTls(config: HarnessConfig, pki: Pki): Promise<TlsOptions> {
  const station = pki.get('station');
  return {
    ca: [pki.get('csms-root').certPem],
    ...(config.ics.securityProfile === 3 ? { cert: pki.chainPem('station'), key: station.keyPem } : {}),
  };
}
