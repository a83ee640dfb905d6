/**
 * Firmware management of the reference Charge Point, OCPP 1.6 (5.19 Update Firmware, 4.5 Firmware
 * Status Notification): UpdateFirmware.conf, then at retrieveDate a real download of the image from its
 * location (HTTP, HTTPS, FTP; `retries` more attempts), Downloading / Downloaded or DownloadFailed,
 * then Installing and a reboot (BootNotification, StatusNotification per connector) after which it
 * reports Installed, or InstallationFailed for an image it does not support (OCTT 1.6 TC_044_1/2/3_CS).
 * GetDiagnostics is diagnostics-16.ts; `create16` builds both.
 */
import type { Payload } from '../../../../rpc/codec.js';
import { fetchFile, FileTransferError } from '../../../../transport/file-transfer.js';
import type { BlockFactory, BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import { Diagnostics16 } from './diagnostics-16.js';
import { Firmware } from './firmware.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** What the reference Charge Point installs: an image that starts with this header (any other file is not a supported firmware). */
export const FIRMWARE_16_HEADER = 'OCPPH-FIRMWARE-1.6\n';

const MAX_IMAGE_BYTES = 64 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 30_000;
/** The station's own bound on what a CSMS may ask (retries, retryInterval s). */
const MAX_RETRIES = 5;
const MAX_RETRY_INTERVAL_S = 5;

interface Update16 {
  location: string;
  retrieveAt: number;
  retries: number;
  retryIntervalMs: number;
}

function parse(p: Payload): Update16 {
  const at = typeof p.retrieveDate === 'string' ? Date.parse(p.retrieveDate) : NaN;
  return {
    location: String(p.location ?? ''),
    retrieveAt: Number.isFinite(at) ? at : Date.now(),
    retries: typeof p.retries === 'number' ? Math.max(0, Math.min(p.retries, MAX_RETRIES)) : 0,
    retryIntervalMs: (typeof p.retryInterval === 'number' ? Math.max(0, Math.min(p.retryInterval, MAX_RETRY_INTERVAL_S)) : 1) * 1000,
  };
}

class Firmware16 implements BlockInstance {
  private readonly host: BlockHost<Faults>;
  /** The running update's cancel switch (a newer UpdateFirmware replaces it). */
  private job: { cancelled: boolean } | undefined;

  constructor(host: BlockHost<Faults>) {
    this.host = host;
  }

  handlers(): HandlerTable {
    return { UpdateFirmware: (p) => this.updateFirmware(p) };
  }

  private updateFirmware(p: Payload): { payload: Payload; after: () => unknown } {
    const req = parse(p);
    if (this.job) this.job.cancelled = true;
    const job = { cancelled: false };
    this.job = job;
    // 5.19: UpdateFirmware.conf carries nothing; the progress is in FirmwareStatusNotification.
    return { payload: {}, after: () => this.run(req, job).catch(() => undefined).finally(() => { if (this.job === job) this.job = undefined; }) };
  }

  private status(job: { cancelled: boolean }, status: string): Promise<unknown> {
    if (job.cancelled) return Promise.resolve();
    return this.host.send('FirmwareStatusNotification', { status }, { queue: true });
  }

  private async download(req: Update16, job: { cancelled: boolean }): Promise<Buffer | undefined> {
    for (let attempt = 0; attempt <= req.retries && !job.cancelled; attempt += 1) {
      if (attempt > 0 && !(await this.host.timers.delay(undefined, req.retryIntervalMs))) return undefined;
      try {
        return await fetchFile(req.location, { timeoutMs: DOWNLOAD_TIMEOUT_MS, maxBytes: MAX_IMAGE_BYTES });
      } catch (err) {
        if (!(err instanceof FileTransferError)) throw err;
      }
    }
    return undefined;
  }

  private async run(req: Update16, job: { cancelled: boolean }): Promise<void> {
    const { faults } = this.host;
    const wait = req.retrieveAt - Date.now();
    if (wait > 0 && !(await this.host.timers.delay(undefined, wait))) return;
    if (job.cancelled) return;
    // 4.5: Downloading, then Downloaded or DownloadFailed.
    await this.status(job, 'Downloading');
    const image = await this.download(req, job);
    if (job.cancelled) return;
    if (!image) {
      // Fault: a failed download reported as Downloaded (TC_044_2_CS step 5: DownloadFailed).
      if (faults.has('firmware-16-download-failed-as-downloaded')) await this.status(job, 'Downloaded');
      else await this.status(job, 'DownloadFailed');
      return;
    }
    await this.status(job, 'Downloaded');
    // Fault: installs without reporting Installing (TC_044_1_CS step 7).
    if (!faults.has('firmware-16-installing-skipped')) await this.status(job, 'Installing');
    const supported = image.subarray(0, FIRMWARE_16_HEADER.length).toString('latin1') === FIRMWARE_16_HEADER;
    // Fault: installs any file and reports Installed (TC_044_3_CS step 11: InstallationFailed).
    if (!supported && !faults.has('firmware-16-unsupported-installed')) {
      await this.status(job, 'InstallationFailed');
      return;
    }
    // The new firmware runs after a reboot (BootNotification, StatusNotification per connector), then Installed.
    await this.host.provisioning.reboot('FirmwareUpdate', 'close');
    // Fault: never reports Installed after the reboot (TC_044_1_CS step 13).
    if (!faults.has('firmware-16-installed-missing')) await this.status(job, 'Installed');
  }
}

/** The 1.6 block: UpdateFirmware here, GetDiagnostics in diagnostics-16.ts. */
export const create16: BlockFactory<Faults> = (host) => {
  const firmware = new Firmware16(host);
  const diagnostics = new Diagnostics16(host);
  // The security whitepaper's SignedUpdateFirmware: the 2.0.1 L01 job (OCTT 1.6 TC_080_CS / TC_081_CS).
  const signed = new Firmware(host);
  return { handlers: () => ({ ...firmware.handlers(), ...diagnostics.handlers(), ...signed.handlers() }) };
};
