import type { FrameRecord, StepRecord } from '../domain/records.js';
import type { FrameEvent } from '../rpc/connection.js';
import type { Finding } from '../rpc/findings.js';
import { maskSecretValues } from './secret-frames.js';

/** Collects what happens during one case: frames (both directions), steps and peer findings. */
export class CaseRecorder {
  readonly frames: FrameRecord[] = [];
  readonly steps: StepRecord[] = [];
  readonly findings: Array<{ finding: Finding; frame: FrameRecord | undefined }> = [];
  private readonly byMessageId = new Map<string, FrameRecord>();
  onStep: ((step: StepRecord) => void) | undefined;
  onFrame: ((frame: FrameRecord) => void) | undefined;

  addFrame(ev: FrameEvent): FrameRecord {
    const rec: FrameRecord = {
      t: ev.t, dir: ev.dir, raw: maskSecretValues(ev.raw),
      ...(ev.action ? { action: ev.action } : {}),
      ...(ev.findings?.length ? { findings: ev.findings.map((f) => `${f.code}: ${f.message}`) } : {}),
    };
    this.frames.push(rec);
    if (ev.messageId && ev.dir === 'rx') this.byMessageId.set(ev.messageId, rec);
    this.onFrame?.(rec);
    return rec;
  }

  /** The most recent received frame carrying this message id. */
  rxFrame(messageId: string): FrameRecord | undefined {
    return this.byMessageId.get(messageId);
  }

  step(text: string, outcome: StepRecord['outcome'] = 'ok'): void {
    const step: StepRecord = { t: Date.now(), text, outcome };
    this.steps.push(step);
    this.onStep?.(step);
  }

  addFinding(finding: Finding): void {
    const frame = finding.messageId ? this.byMessageId.get(finding.messageId) : this.frames[this.frames.length - 1];
    this.findings.push({ finding, frame });
  }

  /**
   * Moves frames recorded outside any case into this one (they are the case's prelude). Their
   * findings are reported as steps of their own, never charged to this case: the SUT sent those
   * frames while no case was running.
   */
  adopt(other: CaseRecorder): void {
    if (other.frames.length) this.step(`${other.frames.length} frame(s) exchanged before the case began`, 'info');
    for (const { finding } of other.findings) {
      this.step(`between cases (not charged to this case): ${finding.code}: ${finding.message}`, 'info');
    }
    this.frames.push(...other.frames);
    other.frames.length = 0;
    other.findings.length = 0;
  }
}
