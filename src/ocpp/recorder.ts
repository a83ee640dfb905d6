import type { FrameRecord, StepRecord } from '../domain/records.js';

import type { FrameEvent } from '../rpc/connection.js';
import type { Finding } from '../rpc/findings.js';
import { maskSecretValues } from './secret-frames.js';

/** An advisory as recorded, with the frame object (the runner turns it into an index). */
export interface RecordedAdvisory {
  t: number;
  text: string;
  requirement?: string;
  frame?: FrameRecord;
}

/** Collects what happens during one case: frames (both directions), steps and peer findings. */
export class CaseRecorder {
  readonly frames: FrameRecord[] = [];
  readonly steps: StepRecord[] = [];
  readonly findings: Array<{ finding: Finding; frame: FrameRecord | undefined }> = [];
  readonly advisories: RecordedAdvisory[] = [];
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

  /** A check beyond the official validations that did not hold: logged and kept, never a FAIL. */
  advise(text: string, options: { requirement?: string; frame?: FrameRecord } = {}): void {
    this.advisories.push({ t: Date.now(), text, ...options });
    this.step(`advisory: ${text}${options.requirement ? ` [${options.requirement}]` : ''}`, 'info');
  }

  addFinding(finding: Finding): void {
    const frame = finding.messageId ? this.byMessageId.get(finding.messageId) : this.frames[this.frames.length - 1];
    this.findings.push({ finding, frame });
  }

  /** Findings on frames received between cases: reported on their own, never charged to this case. */
  readonly betweenCaseFindings: Array<{ finding: Finding; frame: FrameRecord | undefined }> = [];

  /**
   * Moves frames recorded outside any case into this one (they are the case's prelude). Their findings
   * are kept apart (`betweenCaseFindings`) and logged as such: the case did not cause them.
   */
  adopt(other: CaseRecorder): void {
    if (!other.frames.length && !other.findings.length) return;
    if (other.frames.length) this.step(`${other.frames.length} frame(s) exchanged before the case began`, 'info');
    this.frames.push(...other.frames);
    for (const f of other.findings) {
      this.betweenCaseFindings.push(f);
      this.step(`between cases (not charged to this case): ${f.finding.code}: ${f.finding.message}`, 'info');
    }
    other.frames.length = 0;
    other.findings.length = 0;
  }
}
