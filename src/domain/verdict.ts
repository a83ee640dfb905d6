/** The verdict signals a case body throws; the runner turns each into its verdict (engine/runner.ts). */
import type { FrameRecord } from './records.js';

/** The verdicts of a case (DESIGN: FAIL only for what the official tool validations check; ERROR only for the harness's own failure). */
export const VERDICTS = ['PASS', 'FAIL', 'INCONCLUSIVE', 'NOT_APPLICABLE', 'ERROR'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Thrown inside a case body: the SUT broke a requirement. */
export class CaseFailure extends Error {
  readonly requirement: string | undefined;
  /** Index into the case's frame list, or the frame itself when it is known. */
  readonly frame: FrameRecord | undefined;
  constructor(reason: string, options: { requirement?: string; frame?: FrameRecord } = {}) {
    super(reason);
    this.name = 'CaseFailure';
    this.requirement = options.requirement;
    this.frame = options.frame;
  }
}

/**
 * The CaseFailure of a wait for the SUT that ran out (expectCall): a FAIL like any other, and the one error
 * a case that allows the call not to come (`optional`) may take as "none came". Its name stays CaseFailure.
 */
export class WaitTimedOut extends CaseFailure {}

/** Thrown inside a case body: the case cannot conclude (operator skipped a step, SUT unreachable). */
export class CaseInconclusive extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CaseInconclusive';
  }
}

/** Thrown inside a case body: the case turns out not to apply to this SUT (e.g. a response says NotSupported where the ICS allows it). */
export class CaseNotApplicable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CaseNotApplicable';
  }
}
