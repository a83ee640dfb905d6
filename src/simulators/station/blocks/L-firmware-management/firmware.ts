/**
 * Secure firmware update (2.0.1 L01) in the reference station: UpdateFirmware is checked (signing
 * certificate against the installed ManufacturerRootCertificate), then a job downloads the image from
 * its location for real (HTTP, HTTPS, FTP), verifies the signature, installs and reboots to activate
 * it, reporting each state in a FirmwareStatusNotification with the request's requestId (L01.FR.01/10).
 * A newer UpdateFirmware cancels the running job (L01.FR.24: AcceptedCanceled), or is rejected by a station
 * configured without cancelling (not C-60, L01.FR.27). A 1.6 Charge Point does the same for the security
 * whitepaper's SignedUpdateFirmware, reporting in SignedFirmwareStatusNotification.
 */
import type { Payload } from '../../../../rpc/codec.js';
import { fetchFile, FileTransferError } from '../../../../transport/file-transfer.js';
import type { BlockFactory, BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import { signatureHolds, signingCertificateProblem } from './signing.js';
import { supports } from '../../features.js';
import { untilTransactionsEnd } from './pending-transactions.js';
import { registerFirmwareUpdate } from './port.js';

type Faults = (typeof FAULTS)[number]['name'];

interface FirmwareRequest {
  requestId: number;
  location: string;
  retrieveAt: number;
  installAt?: number;
  signingCertificate?: string;
  signature?: string;
  retries: number;
  retryIntervalMs: number;
}

const MAX_IMAGE_BYTES = 64 * 1024 * 1024;
/** An image starting with this line fails its installation (the harness's "invalid firmware" of TC_L_08_CS). */
const UNINSTALLABLE_HEADER = 'ocpp-harness test firmware, not installable\n';
const installable = (image: Buffer): boolean => image.subarray(0, UNINSTALLABLE_HEADER.length).toString('latin1') !== UNINSTALLABLE_HEADER;
const DOWNLOAD_TIMEOUT_MS = 30_000;

function parseRequest(p: Payload): FirmwareRequest {
  const fw = (p.firmware ?? {}) as Record<string, unknown>;
  const time = (v: unknown) => (typeof v === 'string' ? Date.parse(v) : NaN);
  const installAt = time(fw.installDateTime);
  return {
    requestId: Number(p.requestId),
    location: String(fw.location ?? ''),
    retrieveAt: Number.isFinite(time(fw.retrieveDateTime)) ? time(fw.retrieveDateTime) : Date.now(),
    ...(Number.isFinite(installAt) ? { installAt } : {}),
    ...(typeof fw.signingCertificate === 'string' ? { signingCertificate: fw.signingCertificate } : {}),
    ...(typeof fw.signature === 'string' ? { signature: fw.signature } : {}),
    retries: typeof p.retries === 'number' ? Math.max(0, Math.min(p.retries, 5)) : 1,
    retryIntervalMs: typeof p.retryInterval === 'number' ? Math.min(p.retryInterval, 5) * 1000 : 1000,
  };
}

export class Firmware implements BlockInstance {
  private readonly host: BlockHost<Faults>;
  /** The running job's cancel switch. */
  private job: { requestId: number; cancelled: boolean } | undefined;
  /** The status last reported for the running job (L01.FR.26: a triggered FirmwareStatusNotification repeats it). */
  private last: { requestId: number; status: string } | undefined;

  constructor(host: BlockHost<Faults>) {
    this.host = host;
    registerFirmwareUpdate(host, () => (this.job && this.last?.requestId === this.job.requestId && this.last.status !== 'Installed' ? { ...this.last } : undefined));
  }

  private get v16(): boolean {
    return this.host.version === '1.6';
  }

  handlers(): HandlerTable {
    return this.v16 ? { SignedUpdateFirmware: (p) => this.updateFirmware(p) } : { UpdateFirmware: (p) => this.updateFirmware(p) };
  }

  private updateFirmware(p: Payload): { payload: Payload; after?: () => unknown } {
    const { faults, security } = this.host;
    const req = parseRequest(p);
    if (req.signingCertificate === undefined || req.signature === undefined) {
      // L01.FR.09: firmware must be signed; an unsigned request is not a secure update.
      if (!faults.has('firmware-unsigned-accepted')) return { payload: { status: 'Rejected' } };
      return { payload: { status: 'Accepted' } };
    }
    const problem = signingCertificateProblem(req.signingCertificate, security.installedRoots('ManufacturerRootCertificate'));
    if (problem) {
      const event = () => { if (!faults.has('firmware-invalid-certificate-no-event')) security.event('InvalidFirmwareSigningCertificate', problem); };
      const statusInfo = this.v16 ? {} : { statusInfo: { reasonCode: 'InvalidCertificate', additionalInfo: problem.slice(0, 512) } };
      if (!faults.has('firmware-invalid-certificate-accepted')) return { payload: { status: 'InvalidCertificate', ...statusInfo }, after: event };
      return { payload: { status: 'Accepted' }, after: event };
    }
    const previous = this.job;
    // L01.FR.27: a station that cannot cancel an ongoing update (not C-60) may reject the new one.
    if (previous && !supports(this.host, 'C-60')) {
      return { payload: faults.has('firmware-uncancelable-accepted') ? { status: 'Accepted' } : { status: 'Rejected' } };
    }
    if (previous) previous.cancelled = true;
    const job = { requestId: req.requestId, cancelled: false };
    this.job = job;
    return {
      // L01.FR.24: the ongoing update canceled, AcceptedCanceled.
      payload: { status: previous && !faults.has('firmware-cancel-answered-accepted') ? 'AcceptedCanceled' : 'Accepted' },
      after: () => {
        // 2.0.1: the canceled update ends with DownloadFailed / InstallationFailed for its requestId (Part 6 TC_L_10_CS,
        // errata 2025-09 6.2.82 allows it before or after the AcceptedCanceled); a 1.6 Charge Point says nothing.
        if (previous && !this.v16) {
          const failed = this.last?.requestId === previous.requestId && this.last.status !== 'Downloading' ? 'InstallationFailed' : 'DownloadFailed';
          void this.host.send('FirmwareStatusNotification', { status: failed, requestId: previous.requestId }, { queue: true });
        }
        return this.run(req, job).catch(() => undefined).finally(() => { if (this.job === job) this.job = undefined; });
      },
    };
  }

  private status(job: { requestId: number; cancelled: boolean }, status: string): Promise<unknown> {
    if (job.cancelled) return Promise.resolve();
    this.last = { requestId: job.requestId, status };
    return this.host.send(this.v16 ? 'SignedFirmwareStatusNotification' : 'FirmwareStatusNotification', { status, requestId: job.requestId }, { queue: true });
  }

  private async waitUntil(at: number, job: { cancelled: boolean }): Promise<boolean> {
    const ms = at - Date.now();
    if (ms > 0 && !(await this.host.timers.delay(undefined, ms))) return false;
    return !job.cancelled;
  }

  private async download(req: FirmwareRequest, job: { cancelled: boolean }): Promise<Buffer | undefined> {
    const ca = this.host.security.installedRoots('CSMSRootCertificate');
    for (let attempt = 0; attempt <= req.retries && !job.cancelled; attempt += 1) {
      if (attempt > 0 && !(await this.host.timers.delay(undefined, req.retryIntervalMs))) return undefined;
      try {
        return await fetchFile(req.location, { timeoutMs: DOWNLOAD_TIMEOUT_MS, maxBytes: MAX_IMAGE_BYTES, ...(ca.length ? { ca } : {}) });
      } catch (err) {
        if (!(err instanceof FileTransferError)) throw err;
      }
    }
    return undefined;
  }

  private async run(req: FirmwareRequest, job: { requestId: number; cancelled: boolean }): Promise<void> {
    const { faults } = this.host;
    // L01.FR.13: retrieveDateTime in the future.
    if (req.retrieveAt > Date.now() && !faults.has('firmware-download-not-scheduled')) {
      await this.status(job, 'DownloadScheduled');
      if (!(await this.waitUntil(req.retrieveAt, job))) return;
    }
    // L01.FR.06/07: not C-43, the update waits for the transactions to end (AQ-7: downloads first, waits before installing).
    const pending = await untilTransactionsEnd(this.host, job, (status) => this.status(job, status), 'download');
    if (!pending) return;
    try {
      await this.fetchAndInstall(req, job);
    } finally {
      pending.restore();
    }
  }

  private async fetchAndInstall(req: FirmwareRequest, job: { requestId: number; cancelled: boolean }): Promise<void> {
    const { faults, security } = this.host;
    await this.status(job, 'Downloading');
    const image = await this.download(req, job);
    if (job.cancelled) return;
    if (!image) {
      if (!faults.has('firmware-download-failure-silent')) await this.status(job, 'DownloadFailed');
      return;
    }
    if (!faults.has('firmware-downloaded-skipped')) await this.status(job, 'Downloaded');
    // L01.FR.04: the signature over the whole image, with the signing certificate.
    if (!faults.has('firmware-bad-signature-installed') && !signatureHolds(image, req.signature ?? '', req.signingCertificate ?? '')) {
      await this.status(job, 'InvalidSignature');
      if (!faults.has('firmware-invalid-signature-no-event')) security.event('InvalidFirmwareSignature', `requestId ${req.requestId}`);
      return;
    }
    await this.status(job, 'SignatureVerified');
    // L01.FR.16: installDateTime in the future.
    if (req.installAt !== undefined && req.installAt > Date.now() && !faults.has('firmware-install-not-scheduled')) {
      await this.status(job, 'InstallScheduled');
      if (!(await this.waitUntil(req.installAt, job))) return;
    }
    if (job.cancelled) return;
    const pending = await untilTransactionsEnd(this.host, job, (status) => this.status(job, status), 'install');
    if (!pending) return;
    try {
      await this.install(job, image);
    } finally {
      pending.restore();
    }
  }

  /**
   * Installs, then reboots to activate (L01.FR.32: InstallRebooting before the reboot), then Installed and FirmwareUpdated
   * (L01.FR.28/31); an image that does not install ends in InstallVerificationFailed.
   */
  private async install(job: { requestId: number; cancelled: boolean }, image: Buffer): Promise<void> {
    const { faults, security, options } = this.host;
    // C-43 with transactions ongoing: no reboot now (L01.FR.33); the new firmware activated, the connection re-established (Part 6 TC_L_16_CS step 11).
    const live = this.host.tx.hasTransaction();
    const rebootFirst = options.behaviour.firmwareRebootBeforeInstall && !live;
    if (rebootFirst) {
      await this.status(job, 'InstallRebooting');
      await this.host.provisioning.reboot('FirmwareUpdate', 'close');
      await this.status(job, 'Installing');
    } else {
      await this.status(job, 'Installing');
    }
    // L01.FR.01: an installation that fails is reported (the station keeps its running firmware, no activation reboot).
    if (!installable(image) && !faults.has('firmware-failed-install-reported-installed')) {
      await this.status(job, 'InstallVerificationFailed');
      return;
    }
    if (live) await this.host.provisioning.reconnect();
    else if (!rebootFirst) {
      await this.status(job, 'InstallRebooting');
      await this.host.provisioning.reboot('FirmwareUpdate', 'close');
    }
    // Queued: delivered in order once the station is accepted again.
    await this.status(job, 'Installed');
    if (!faults.has('firmware-no-updated-event')) security.event('FirmwareUpdated', `requestId ${job.requestId}`);
  }
}

/** The block for a 2.0.1 station (1.6 firmware management is another block). */
export const create: BlockFactory<Faults> = (host) => (host.version === '2.0.1' ? new Firmware(host) : undefined);
