/**
 * Security (A, M): the security log and SecurityEventNotification (A04; critical events are
 * queued until delivered), events for failed TLS connections (A00.FR.310/316/323), the station
 * certificate (CertificateSigned: A02/A03; its request in certificate-signing.ts) and the
 * certificate store (InstallCertificate, DeleteCertificate, GetInstalledCertificateIds: M03-M05).
 */
import { X509Certificate } from 'node:crypto';
import type { Payload } from '../../../../rpc/codec.js';
import type { HarnessError } from '../../../../errors.js';
import type { StationContext } from '../../context.js';
import { claimsExplicitly } from '../../features.js';
import { CertificateSigning, type SignedUse } from './certificate-signing.js';
import { chainProblem, hashDataOf, readCertificate, sameHashData, splitPem, type ChainAnchors, type HashData } from './certificates.js';
import { CRITICAL_EVENTS, EVENT_NAMES_16, classifyConnectFailure, type SecurityLogEntry } from './security-events.js';
import type { HandlerTable } from '../../types.js';

const CERT_TYPE_16: Record<string, string> = { CSMSRootCertificate: 'CentralSystemRootCertificate' };
const CERT_TYPE_FROM_16: Record<string, string> = { CentralSystemRootCertificate: 'CSMSRootCertificate' };
const MAX_CERTIFICATES = 32;

interface InstalledCertificate {
  /** 2.0.1 spelling (CSMSRootCertificate, ManufacturerRootCertificate, V2GRootCertificate, MORootCertificate). */
  use: string;
  pem: string;
  /** AdditionalRootCertificateCheck: the old CSMS root a newer one replaced, kept temporarily as fallback (M05.FR.12). */
  fallback?: boolean;
  /** The old root that signed a new one (M05.FR.10): its key hash stays the new root's issuerKeyHash once it went. */
  issuer?: string;
}

export class Security {
  private readonly ctx: StationContext;
  readonly log: SecurityLogEntry[] = [];
  private installed: InstalledCertificate[] = [];
  /** The station's own certificate chains (leaf first) and keys, per use, once a CertificateSigned was accepted (A02.FR.09/15). */
  private readonly stationCertificates = new Map<string, { chainPem: string; keyPem: string; use: string }>();
  private readonly signing: CertificateSigning;
  /** Events already reported during the current run of failed connection attempts (A00.FR.316: once). */
  private failureStreak = new Set<string>();
  /** The next connection verifies the CSMS with the fallback CSMS root (M05.FR.14/16). */
  private useFallbackRoot = false;

  constructor(ctx: StationContext) {
    this.ctx = ctx;
    this.signing = new CertificateSigning(ctx);
  }

  get certificateCount(): number {
    return this.installed.length + this.stationCertificates.size;
  }

  /** Whether a root of this kind is installed (A05.FR.02: a CSMSRootCertificate before going to security profile 2 or 3). */
  hasRoot(use: 'CSMSRootCertificate' | 'V2GRootCertificate'): boolean {
    return this.installed.some((c) => c.use === use);
  }

  installedRoots(use: string): string[] {
    return this.installed.filter((c) => c.use === use && !c.fallback).map((c) => c.pem);
  }

  /** A technician removed the station certificate (configured or installed): profile 3 is no longer possible (A05.FR.03). */
  removeStationCertificate(): void {
    this.stationCertificates.delete('ChargingStationCertificate');
    delete this.ctx.options.tls.cert;
    delete this.ctx.options.tls.key;
  }

  /** Whether the station has a ChargingStationCertificate for security profile 3 (A05.FR.03): configured or installed by CertificateSigned. */
  get hasStationCertificate(): boolean {
    return this.stationCertificates.has('ChargingStationCertificate') || Boolean(this.ctx.options.tls.cert && this.ctx.options.tls.key);
  }

  /** Installs the configured trust anchors as CSMS root certificates. */
  init(): void {
    const ca = this.ctx.options.tls.ca;
    const pems = (Array.isArray(ca) ? ca : ca ? [ca] : []).flatMap(splitPem);
    for (const pem of pems) if (!this.installed.some((c) => c.pem === pem)) this.installed.push({ use: 'CSMSRootCertificate', pem });
  }

  /** Trust anchors and client certificate for the next TLS connection. */
  tlsMaterial(): { ca?: string[]; cert?: string; key?: string } {
    const all = this.installed.filter((c) => c.use === 'CSMSRootCertificate');
    // M05.FR.12: while a fallback root is kept, only the new root verifies the CSMS, unless falling back (M05.FR.14/16).
    const current = all.filter((c) => !c.fallback);
    const roots = (this.useFallbackRoot || !current.length ? all.filter((c) => c.fallback) : current).map((c) => c.pem);
    const own = this.stationCertificates.get('ChargingStationCertificate');
    const { cert, key } = this.ctx.options.tls;
    return {
      ...(roots.length ? { ca: roots } : {}),
      ...(own ? { cert: own.chainPem, key: own.keyPem } : cert && key ? { cert, key } : {}),
    };
  }

  // --- security events --------------------------------------------------------------------------

  /** Logs a security event; a critical one is sent (queued until delivered, A04.FR.02). */
  event(type: string, techInfo?: string): void {
    const wireType = this.ctx.version === '1.6' ? (EVENT_NAMES_16[type] ?? type) : type;
    const entry: SecurityLogEntry = { type: wireType, timestamp: this.ctx.now(), critical: CRITICAL_EVENTS.has(wireType), ...(techInfo ? { techInfo: techInfo.slice(0, 255) } : {}) };
    this.log.push(entry);
    if (this.log.length > 1000) this.log.shift();
    this.ctx.log.info(`security event ${wireType}${techInfo ? ` (${techInfo})` : ''}`);
    this.ctx.emit('securityEvent', entry);
    if (!entry.critical) return;
    const hostile = this.ctx.faults.has('hostile-strings') ? '<script>alert(1)</script><img src=x onerror=alert(1)>' : undefined;
    const info = hostile ?? entry.techInfo;
    void this.ctx.send('SecurityEventNotification', { type: wireType, timestamp: entry.timestamp, ...(info ? { techInfo: info } : {}) }, { queue: true });
  }

  /** A connection attempt failed; `migrating`: to a new network profile (B10), where M05.FR.15 applies instead. */
  onConnectFailed(err: HarnessError, migrating = false): void {
    const type = classifyConnectFailure(err);
    // M05.FR.14: reconnecting, the CSMS certificate does not verify with the new CSMS root: try the old (fallback) one.
    if (type === 'InvalidCsmsCertificate' && !migrating && !this.useFallbackRoot && this.installed.some((c) => c.fallback)) {
      if (this.ctx.faults.has('no-root-fallback-on-reconnect')) {
        this.ctx.log.debug('fault no-root-fallback-on-reconnect: the fallback CSMS root is not tried');
      } else {
        this.ctx.log.info('the CSMS certificate does not verify with the new CSMS root: retrying with the fallback one (M05.FR.14)');
        this.useFallbackRoot = true;
      }
    }
    if (!type || this.failureStreak.has(type)) return;
    this.failureStreak.add(type);
    if (type === 'InvalidCsmsCertificate' && this.ctx.faults.has('no-security-event-after-bad-cert')) {
      this.ctx.log.debug('fault no-security-event-after-bad-cert: InvalidCsmsCertificate not reported');
      return;
    }
    this.event(type, err.message);
  }

  onConnected(): void {
    this.failureStreak.clear();
    // M05.FR.13: connected using the new CSMS root: the old (fallback) root goes (fault fallback-root-kept: it stays).
    if (!this.useFallbackRoot && !this.ctx.faults.has('fallback-root-kept')) this.installed = this.installed.filter((c) => !c.fallback);
    this.useFallbackRoot = false;
  }

  /**
   * The station goes back to the previous network connection profile (B10.FR.03): it verifies the CSMS
   * with the fallback CSMS root, when one is kept (M05.FR.16).
   */
  fallBackToOldRoot(): void {
    if (!this.installed.some((c) => c.fallback)) return;
    this.ctx.log.info('using the fallback CSMS root certificate (M05.FR.16)');
    this.useFallbackRoot = true;
  }

  /**
   * AdditionalRootCertificateCheck (AS-2): a new CSMS root must be signed by the one it replaces (M05.FR.10/11);
   * the old one stays as fallback (M05.FR.12). Undefined: install as usual; otherwise the response status.
   */
  private replaceCsmsRoot(cert: X509Certificate, pem: string): 'Accepted' | 'Rejected' | undefined {
    if (!claimsExplicitly(this.ctx, 'AS-2')) return undefined;
    if (this.ctx.faults.has('additional-root-check-ignored')) {
      this.ctx.log.debug('fault additional-root-check-ignored: the new CSMS root is added next to the old one');
      return undefined;
    }
    const current = this.installed.filter((c) => c.use === 'CSMSRootCertificate' && !c.fallback);
    const signer = current.find((c) => {
      try {
        const old = new X509Certificate(c.pem);
        return old.fingerprint256 !== cert.fingerprint256 && cert.checkIssued(old) && cert.verify(old.publicKey);
      } catch {
        return false;
      }
    });
    if (!signer) return current.length ? 'Rejected' : undefined;
    this.installed = this.installed.filter((c) => !(c.use === 'CSMSRootCertificate' && c.fallback));
    for (const c of current) c.fallback = true;
    this.installed.push({ use: 'CSMSRootCertificate', pem: splitPem(pem)[0] ?? pem, issuer: signer.pem });
    this.ctx.log.info('new CSMS root installed; the old one is kept as fallback (M05.FR.12)');
    return 'Accepted';
  }

  // --- station certificate (A02, A03) -----------------------------------------------------------

  /** Generates a key pair and sends its CSR in SignCertificate (A02.FR.02/03); a trigger restarts the resend back-off (A02.FR.19). */
  async requestCertificate(use: SignedUse, triggered: boolean): Promise<void> {
    await this.signing.request(use, triggered);
  }

  /** The installed roots a signed chain of `use` must end at (undefined under fault certificate-hierarchy-not-checked). */
  private anchorsFor(use: string): ChainAnchors | undefined {
    if (this.ctx.faults.has('certificate-hierarchy-not-checked')) return undefined;
    const rootUse = use === 'V2GCertificate' ? 'V2GRootCertificate' : 'CSMSRootCertificate';
    return { use: rootUse, pems: this.installed.filter((c) => c.use === rootUse).map((c) => c.pem) };
  }

  // --- certificate store (M) ----------------------------------------------------------------------

  private async installedHashes(algorithm = 'SHA256'): Promise<Array<{ cert: InstalledCertificate; hash: HashData }>> {
    const all = this.installed.flatMap((c) => (c.issuer ? [c.pem, c.issuer] : [c.pem]));
    const out: Array<{ cert: InstalledCertificate; hash: HashData }> = [];
    for (const cert of this.installed) {
      const hash = await hashDataOf(cert.pem, algorithm, all);
      if (hash) out.push({ cert, hash });
      else this.ctx.log.warn(`no hash data for an installed ${cert.use} (issuer unknown)`);
    }
    return out;
  }

  private wireType(use: string): string {
    return this.ctx.version === '1.6' ? (CERT_TYPE_16[use] ?? use) : use;
  }

  handlers(): HandlerTable {
    const v16 = this.ctx.version === '1.6';
    return {
      CertificateSigned: (p) => {
        // A certificate (valid or not) ends the resend back-off for the pending CSR (A02.FR.17, A02.FR.20).
        const pending = this.signing.settle();
        const use = (p.certificateType as string | undefined) ?? pending?.use ?? 'ChargingStationCertificate';
        const problem = chainProblem(String(p.certificateChain), pending?.keyPem, this.anchorsFor(use));
        if (problem) return { payload: { status: 'Rejected' }, after: () => this.event('InvalidChargingStationCertificate', problem) };
        const key = pending as { keyPem: string; use: string };
        if (this.ctx.faults.has('certificate-signed-not-used')) {
          this.ctx.log.debug(`fault certificate-signed-not-used: the new ${use} is not used`);
          return { payload: { status: 'Accepted' } };
        }
        this.stationCertificates.set(use, { chainPem: String(p.certificateChain), keyPem: key.keyPem, use });
        return {
          payload: { status: 'Accepted' },
          after: () => {
            this.ctx.log.info(`new ${use} installed`);
            // A02.FR.08: switch to the new certificate by reconnecting.
            if (use === 'ChargingStationCertificate' && this.ctx.options.securityProfile === 3) void this.ctx.link.restart('close', 'new certificate');
          },
        };
      },
      InstallCertificate: (p) => {
        const use = v16 ? (CERT_TYPE_FROM_16[String(p.certificateType)] ?? String(p.certificateType)) : String(p.certificateType);
        const pem = String(p.certificate);
        const cert = readCertificate(pem);
        if (!cert) return { payload: { status: 'Rejected' } };
        if (Date.parse(cert.validTo) < Date.now() || Date.parse(cert.validFrom) > Date.now()) return { payload: { status: 'Rejected' } };
        const same = this.installed.findIndex((c) => readCertificate(c.pem)?.fingerprint256 === cert.fingerprint256);
        if (use === 'CSMSRootCertificate' && same < 0) {
          const replaced = this.replaceCsmsRoot(cert, pem);
          if (replaced) return { payload: { status: replaced } };
        }
        if (same >= 0) this.installed.splice(same, 1);
        else if (this.certificateCount >= MAX_CERTIFICATES) return { payload: { status: 'Rejected' } };
        this.installed.push({ use, pem: splitPem(pem)[0] ?? pem });
        return { payload: { status: 'Accepted' } };
      },
      GetInstalledCertificateIds: async (p) => {
        const asked = v16
          ? [CERT_TYPE_FROM_16[String(p.certificateType)] ?? String(p.certificateType)]
          : ((p.certificateType as string[] | undefined) ?? []);
        // Personality certificate-ids-sha384: a 1.6 Charge Point may list its hash data in SHA384.
        const algorithm = v16 && this.ctx.options.behaviour.certificateIdsSha384 ? 'SHA384' : 'SHA256';
        const hashes = (await this.installedHashes(algorithm)).filter((h) => !asked.length || asked.includes(h.cert.use));
        if (v16) {
          return { payload: hashes.length ? { status: 'Accepted', certificateHashData: hashes.map((h) => h.hash) } : { status: 'NotFound' } };
        }
        const chain: Payload[] = hashes.map((h) => ({ certificateType: this.wireType(h.cert.use), certificateHashData: h.hash }));
        const v2g = this.stationCertificates.get('V2GCertificate');
        if (v2g && (!asked.length || asked.includes('V2GCertificateChain'))) {
          const pems = splitPem(v2g.chainPem);
          const leaf = await hashDataOf(pems[0] ?? '', 'SHA256', pems.slice(1));
          const children = (await Promise.all(pems.slice(1).map((c) => hashDataOf(c, 'SHA256', [...pems.slice(2), ...this.installed.map((i) => i.pem)]))))
            .filter((h): h is HashData => h !== undefined);
          if (leaf) chain.push({ certificateType: 'V2GCertificateChain', certificateHashData: leaf, ...(children.length ? { childCertificateHashData: children } : {}) });
        }
        return { payload: chain.length ? { status: 'Accepted', certificateHashDataChain: chain } : { status: 'NotFound' } };
      },
      DeleteCertificate: async (p) => {
        const wanted = p.certificateHashData as unknown as HashData;
        const matches = (h: HashData) => sameHashData(h, wanted);
        for (const own of this.stationCertificates.values()) {
          const pems = splitPem(own.chainPem);
          const hash = await hashDataOf(pems[0] ?? '', wanted.hashAlgorithm, [...pems.slice(1), ...this.installed.map((c) => c.pem)]);
          if (hash && matches(hash)) return { payload: { status: 'Failed' } }; // M04.FR.06
        }
        const hit = (await this.installedHashes(wanted.hashAlgorithm)).find((h) => matches(h.hash));
        if (!hit) return { payload: { status: 'NotFound' } };
        this.installed = this.installed.filter((c) => c !== hit.cert);
        // The last current CSMS root went: a fallback root is the CSMS root again.
        if (!this.installed.some((c) => c.use === 'CSMSRootCertificate' && !c.fallback)) {
          for (const c of this.installed) delete c.fallback;
          this.useFallbackRoot = false;
        }
        return { payload: { status: 'Accepted' } };
      },
    };
  }
}
