/**
 * Diagnostics of the reference Charge Point, OCPP 1.6 (5.9 Get Diagnostics, 4.4 Diagnostics Status
 * Notification): GetDiagnostics.conf names the file, then a real upload of a diagnostics log into the
 * location (HTTP(S) PUT or FTP STOR; `retries` more attempts), reported Uploading then Uploaded or
 * UploadFailed (OCTT 1.6 TC_045_1/2_CS).
 */
import type { Payload } from '../../../../rpc/codec.js';
import { FileTransferError } from '../../../../transport/file-transfer.js';
import { uploadFile } from '../../../../transport/file-transfer.js';
import type { BlockHost } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const UPLOAD_TIMEOUT_MS = 30_000;
const MAX_RETRIES = 5;
const MAX_RETRY_INTERVAL_S = 5;

export class Diagnostics16 {
  private readonly host: BlockHost<Faults>;
  private count = 0;

  constructor(host: BlockHost<Faults>) {
    this.host = host;
  }

  handlers(): HandlerTable {
    return { GetDiagnostics: (p) => this.getDiagnostics(p) };
  }

  private getDiagnostics(p: Payload): { payload: Payload; after: () => unknown } {
    this.count += 1;
    const fileName = `diagnostics-${new Date().toISOString().replace(/[:.]/g, '-')}-${this.count}.log`;
    const location = String(p.location ?? '');
    const retries = typeof p.retries === 'number' ? Math.max(0, Math.min(p.retries, MAX_RETRIES)) : 0;
    const intervalMs = (typeof p.retryInterval === 'number' ? Math.max(0, Math.min(p.retryInterval, MAX_RETRY_INTERVAL_S)) : 1) * 1000;
    return { payload: { fileName }, after: () => this.upload(location, fileName, retries, intervalMs).catch(() => undefined) };
  }

  /** The log itself: what this Charge Point can say about itself. */
  private log(): Buffer {
    const lines = [`ocpp-harness reference Charge Point diagnostics, ${new Date().toISOString()}`, `OCPP ${this.host.version}`,
      ...this.host.evses.list.map((e) => `connector ${e.id}: ${e.availability}`)];
    return Buffer.from(`${lines.join('\n')}\n`);
  }

  private async upload(location: string, fileName: string, retries: number, intervalMs: number): Promise<void> {
    const { faults } = this.host;
    const send = (status: string) => this.host.send('DiagnosticsStatusNotification', { status }, { queue: true });
    // Fault: uploads without reporting Uploading (TC_045_1_CS / TC_045_2_CS step 3).
    if (!faults.has('diagnostics-16-uploading-skipped')) await send('Uploading');
    const bytes = this.log();
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      if (attempt > 0 && !(await this.host.timers.delay(undefined, intervalMs))) return;
      try {
        await uploadFile(location, fileName, bytes, { timeoutMs: UPLOAD_TIMEOUT_MS });
        await send('Uploaded');
        return;
      } catch (err) {
        if (!(err instanceof FileTransferError)) throw err;
      }
    }
    // Fault: a failed upload reported as Uploaded (TC_045_2_CS step 5: UploadFailed).
    await send(faults.has('diagnostics-16-upload-failed-as-uploaded') ? 'Uploaded' : 'UploadFailed');
  }
}
