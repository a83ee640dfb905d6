/**
 * Where stations connect to the reference CSMS: the OCPP server for its security profile (behind
 * the lenient gate when a transport fault needs one, gate.ts), and the A05 upgrade endpoint with
 * the next security profile. The CSMS decides who gets in (authenticate) and what a connection does.
 */
import type { HarnessError } from '../../errors.js';
import { subprotocolOf } from '../../rpc/versions.js';
import { OcppServer, type AcceptedConnection, type AuthRequest, type RejectedUpgrade } from '../../transport/server.js';
import { usesTls } from '../../transport/security.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import type { CsmsFaultName } from './blocks/index.js';
import { innerProfile, LenientGate, needsGate, type GateAdmission } from './gate.js';
import { resolveTls } from './tls.js';
import type { CsmsPki, LogLevel, ReferenceCsmsOptions } from './types.js';

export interface EndpointHooks {
  authenticate(req: AuthRequest, profile: SecurityProfile): boolean;
  onConnection(c: AcceptedConnection): void;
  onRejected(r: RejectedUpgrade): void;
  onTlsError(e: HarnessError): void;
  passwordFor(stationId: string): string | undefined;
  hasFault(name: CsmsFaultName): boolean;
  log(line: string, level: LogLevel): void;
}

export class CsmsEndpoints {
  private readonly options: Readonly<ReferenceCsmsOptions>;
  private readonly profile: SecurityProfile;
  private readonly hooks: EndpointHooks;
  private server: OcppServer | undefined;
  private gate: LenientGate | undefined;
  /** A05: the endpoint with the next security profile, for stations upgraded by SetNetworkProfile. */
  private upgrade: OcppServer | undefined;

  constructor(options: Readonly<ReferenceCsmsOptions>, profile: SecurityProfile, hooks: EndpointHooks) {
    this.options = options;
    this.profile = profile;
    this.hooks = hooks;
  }

  get listening(): boolean {
    return this.server !== undefined;
  }

  /** What the gate let through for a station (undefined without a gate). */
  admission(stationId: string): GateAdmission | undefined {
    return this.gate?.admissions.get(stationId);
  }

  get gated(): boolean {
    return this.gate !== undefined;
  }

  async listen(pki: CsmsPki | undefined): Promise<void> {
    const { options, hooks, profile } = this;
    const tls = this.tlsFor(profile, pki);
    const host = options.host ?? '127.0.0.1';
    const common = {
      versions: options.versions,
      authenticate: (req: AuthRequest) => hooks.authenticate(req, profile),
      ...(options.callTimeoutMs ? { callTimeoutMs: options.callTimeoutMs } : {}),
    };
    let server: OcppServer;
    if (needsGate(profile, hooks.hasFault)) {
      server = new OcppServer({ ...common, host: '127.0.0.1', port: 0, securityProfile: innerProfile(profile) });
      await server.listen();
      const gate = new LenientGate({
        host, port: options.port ?? 0, profile, tls, innerPort: server.port, hasFault: hooks.hasFault,
        ...(options.organization !== undefined ? { organization: options.organization } : {}),
        passwordFor: (id) => hooks.passwordFor(id),
        ...(options.versions[0] ? { subprotocol: subprotocolOf(options.versions[0]) } : {}),
      });
      gate.on('rejected', (r: RejectedUpgrade) => hooks.onRejected(r));
      gate.on('tlsError', (e: HarnessError) => hooks.onTlsError(e));
      this.gate = gate;
      try {
        await gate.listen();
      } catch (err) {
        await server.close();
        this.gate = undefined;
        throw err;
      }
    } else {
      server = new OcppServer({ ...common, host, port: options.port ?? 0, securityProfile: profile, ...(tls ? { tls } : {}) });
      await server.listen();
    }
    this.server = server;
    this.wire(server);
  }

  /** A05 (upgrade the security profile): a second endpoint, with the next security profile, sharing everything else. */
  async listenUpgrade(pki: CsmsPki | undefined): Promise<void> {
    const profile = (this.profile + 1) as SecurityProfile;
    const tls = this.tlsFor(profile, pki);
    const server = new OcppServer({
      versions: this.options.versions, authenticate: (req: AuthRequest) => this.hooks.authenticate(req, profile),
      ...(this.options.callTimeoutMs ? { callTimeoutMs: this.options.callTimeoutMs } : {}),
      host: this.options.host ?? '127.0.0.1', port: 0, securityProfile: profile, ...(tls ? { tls } : {}),
    });
    await server.listen();
    this.wire(server);
    this.upgrade = server;
    this.hooks.log(`reference CSMS also listening on ${server.url}/<stationId> with security profile ${profile}, for upgraded stations (A05)`, 'info');
  }

  /** Base URL of the main endpoint; a station connects to `${url}/${stationId}`. Undefined when not listening. */
  get url(): string | undefined {
    if (!this.server) return undefined;
    if (!this.gate) return this.server.url;
    const host = this.options.host ?? '127.0.0.1';
    return `${usesTls(this.profile) ? 'wss' : 'ws'}://${host.includes(':') ? `[${host}]` : host}:${this.gate.port}/ocpp`;
  }

  get port(): number | undefined {
    if (!this.server) return undefined;
    return this.gate ? this.gate.port : this.server.port;
  }

  /** The base URL of the endpoint with this security profile (the main one, or the A05 upgrade endpoint). */
  endpointFor(profile: SecurityProfile): string | undefined {
    if (!this.server) return undefined;
    if (profile === this.profile) return this.url;
    return this.upgrade && profile === this.profile + 1 ? this.upgrade.url : undefined;
  }

  async close(): Promise<void> {
    const { server, gate, upgrade } = this;
    this.server = undefined;
    this.gate = undefined;
    this.upgrade = undefined;
    await gate?.close();
    await upgrade?.close();
    await server?.close();
  }

  private tlsFor(profile: SecurityProfile, pki: CsmsPki | undefined) {
    return resolveTls({
      profile, hasFault: this.hooks.hasFault,
      ...(this.options.tls ? { tls: this.options.tls } : {}), ...(pki ? { pki } : {}), ...(this.options.serverCert ? { serverCert: this.options.serverCert } : {}),
    });
  }

  private wire(server: OcppServer): void {
    server.on('connection', (c: AcceptedConnection) => this.hooks.onConnection(c));
    server.on('rejected', (r: RejectedUpgrade) => this.hooks.onRejected(r));
    server.on('tlsError', (e: HarnessError) => this.hooks.onTlsError(e));
  }
}
