/** What the recorder keeps of a case: the frames on the wire and the steps of the case body. */

/** One frame on the wire as the recorder saw it. `dir`: 'tx' = harness -> SUT, 'rx' = SUT -> harness. */
export interface FrameRecord {
  /** ms since epoch */
  t: number;
  dir: 'tx' | 'rx';
  raw: string;
  /** Action name when known (CALL, or the CALL a reply answers). */
  action?: string;
  /** Schema / protocol findings attached to this frame. */
  findings?: string[];
  /** Set on the frame a FAIL verdict blames. */
  offending?: boolean;
}

export interface StepRecord {
  t: number;
  /** Human text, e.g. "expect BootNotification", "respond BootNotification (Accepted)". */
  text: string;
  outcome: 'ok' | 'fail' | 'info';
}

/**
 * A check the harness makes beyond the official tool validations (issue 12 section 2): recorded with
 * the frame it is about and shown apart from failures, never a FAIL.
 */
export interface Advisory {
  t: number;
  text: string;
  requirement?: string;
  /** Index into the case's frames of the frame it is about. */
  frame?: number;
}
