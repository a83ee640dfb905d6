/**
 * Log upload (2.0.1 N01) in the reference station: GetLog is answered with the file name (N01.FR.01),
 * then a job assembles a generated log of the asked type and uploads it for real to the request's
 * remoteLocation (HTTP(S) PUT or FTP), reporting Uploading, then Uploaded or, once every retry has
 * failed, UploadFailure (N01.FR.08-10, N01.FR.07: the request's requestId). A GetLog while a job runs
 * cancels it (N01.FR.12: AcceptedCanceled, N01.FR.20: its LogStatusNotification AcceptedCanceled). A log the operator
 * emptied (operator action emptyLog, TC_N_34_CS) has no information: Rejected (N01.FR.05).
 */
import type { Payload } from '../../../../rpc/codec.js';
import { FileTransferError, uploadFile } from '../../../../transport/file-transfer.js';
import type { BlockHost } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import { done, type ActionTable } from '../../actions.js';
import type { FAULTS } from './faults.js';
import { registerLogUpload } from './port.js';

type Faults = (typeof FAULTS)[number]['name'];

interface LogRequest {
  requestId: number;
  logType: string;
  location: string;
  retries: number;
  retryIntervalMs: number;
}

interface LogJob {
  requestId: number;
  cancelled: boolean;
  /** The status last reported for it (F06.FR.14: a triggered LogStatusNotification repeats Uploading). */
  last?: string;
}

/** How long the station takes to gather its log before the upload starts: a second GetLog in this time cancels it. */
const ASSEMBLY_MS = 500;
const UPLOAD_TIMEOUT_MS = 30_000;
const timer = (job: LogJob): string => `get-log-${job.requestId}`;

function parseRequest(p: Payload): LogRequest {
  const log = (p.log ?? {}) as Record<string, unknown>;
  return {
    requestId: Number(p.requestId),
    logType: String(p.logType),
    location: String(log.remoteLocation ?? ''),
    retries: typeof p.retries === 'number' ? Math.max(0, Math.min(p.retries, 5)) : 0,
    retryIntervalMs: typeof p.retryInterval === 'number' ? Math.min(p.retryInterval, 30) * 1000 : 1000,
  };
}

/** A generated log: a few lines naming the type and the request, so the uploaded bytes are recognisable. */
function logContent(req: LogRequest): Buffer {
  const now = new Date().toISOString();
  const lines = req.logType === 'SecurityLog'
    ? [`${now} security StartupOfTheDevice`, `${now} security SettingSystemTime`]
    : [`${now} info boot completed`, `${now} info connector 1 Available`, `${now} debug heartbeat sent`];
  return Buffer.from(`# ocpp-harness reference station ${req.logType} for request ${req.requestId}\n${lines.join('\n')}\n`);
}

export class GetLog {
  private readonly host: BlockHost<Faults>;
  private job: LogJob | undefined;
  /** The log types with no information (emptyLog). */
  private readonly empty = new Set<string>();

  constructor(host: BlockHost<Faults>) {
    this.host = host;
    registerLogUpload(host, () => {
      const job = this.job;
      return job && !job.cancelled && job.last === 'Uploading' ? { status: job.last, requestId: job.requestId } : undefined;
    });
  }

  handlers(): HandlerTable {
    return { GetLog: (p) => this.getLog(p) };
  }

  actions(): ActionTable {
    return {
      emptyLog: ({ params }) => {
        const logType = String(params.logType ?? 'DiagnosticsLog');
        if (params.empty === false || params.empty === 'false') this.empty.delete(logType);
        else this.empty.add(logType);
        return done;
      },
    };
  }

  private getLog(p: Payload): { payload: Payload; after?: () => unknown } {
    const { faults } = this.host;
    const req = parseRequest(p);
    // N01.FR.03: the security log is uploaded like the diagnostics log.
    if (req.logType === 'SecurityLog' && faults.has('security-log-rejected')) return { payload: { status: 'Rejected' } };
    // N01.FR.05: no information of the requested log (fault log-missing-accepted: accepted anyway, an empty log uploaded).
    if (this.empty.has(req.logType) && !faults.has('log-missing-accepted')) return { payload: { status: 'Rejected' } };
    const filename = `${req.logType}-${req.requestId}.log`;
    const previous = this.job;
    const cancel = previous !== undefined && !faults.has('log-upload-not-canceled');
    if (cancel) {
      previous.cancelled = true;
      this.host.timers.clear(timer(previous));
    }
    const job: LogJob = { requestId: req.requestId, cancelled: false };
    this.job = job;
    // N01.FR.20: the canceled upload's LogStatusNotification AcceptedCanceled, sent before the GetLogResponse (Part 6
    // TC_N_36_CS, errata 2025-09 6.2.97: step 7 may come before step 6). 1.6 has no such status: the upload just ends.
    if (cancel && this.host.version !== '1.6') void this.host.send('LogStatusNotification', { status: 'AcceptedCanceled', requestId: previous.requestId }, { queue: true });
    return {
      payload: { status: cancel ? 'AcceptedCanceled' : 'Accepted', ...(faults.has('get-log-no-filename') ? {} : { filename }) },
      after: async () => {
        await this.run(req, job, filename).catch(() => undefined).finally(() => { if (this.job === job) this.job = undefined; });
      },
    };
  }

  private status(job: LogJob, status: string): Promise<unknown> {
    if (job.cancelled) return Promise.resolve();
    job.last = status;
    const requestId = this.host.faults.has('log-wrong-request-id') ? job.requestId + 1 : job.requestId;
    return this.host.send('LogStatusNotification', { status, requestId }, { queue: true });
  }

  private async run(req: LogRequest, job: LogJob, filename: string): Promise<void> {
    const { faults, timers, security } = this.host;
    if (!faults.has('log-uploading-not-reported')) await this.status(job, 'Uploading');
    if (!(await timers.delay(timer(job), ASSEMBLY_MS)) || job.cancelled) return;
    const bytes = logContent(req);
    const ca = security.installedRoots('CSMSRootCertificate');
    const retries = faults.has('log-retries-ignored') ? 0 : req.retries;
    // Personality: every attempt reported (Uploading, UploadFailure), as Part 6 TC_N_26_CS allows.
    const everyAttempt = this.host.options.behaviour.logStatusEveryAttempt;
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      if (attempt > 0) {
        if (!(await timers.delay(timer(job), req.retryIntervalMs)) || job.cancelled) return;
        if (everyAttempt && !faults.has('log-uploading-not-reported')) await this.status(job, 'Uploading');
      }
      try {
        await uploadFile(req.location, filename, bytes, { timeoutMs: UPLOAD_TIMEOUT_MS, ...(ca.length ? { ca } : {}) });
        if (!faults.has('log-uploaded-not-reported')) await this.status(job, 'Uploaded');
        return;
      } catch (err) {
        if (!(err instanceof FileTransferError)) throw err;
        if (everyAttempt && attempt < retries && !faults.has('log-upload-failure-silent')) await this.status(job, 'UploadFailure');
      }
    }
    // N01.FR.10: reported once every retry has failed (as the requirement recommends; the personality also after each attempt).
    if (!faults.has('log-upload-failure-silent')) await this.status(job, 'UploadFailure');
  }
}
