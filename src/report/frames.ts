import type { CaseResult, FrameRecord, SutRole } from '../engine/model.js';

/** OCPP-J message type ids; 5 and 6 exist from OCPP 2.1. */
export const MESSAGE_TYPES: Record<number, string> = {
  2: 'CALL',
  3: 'CALLRESULT',
  4: 'CALLERROR',
  5: 'CALLRESULTERROR',
  6: 'SEND',
};

/** The index of the frame a FAIL blames, from `offendingFrame` or the frame's own mark. */
export function offendingFrameIndex(result: CaseResult): number | undefined {
  if (result.verdict === 'FAIL' && result.offendingFrame !== undefined && result.frames[result.offendingFrame]) return result.offendingFrame;
  const marked = result.frames.findIndex((f) => f.offending === true);
  return marked >= 0 ? marked : undefined;
}

/** Who sent a frame, in words: `tx` is the harness, `rx` the SUT. */
export function frameDirection(frame: FrameRecord, sutRole: SutRole): string {
  const harness = sutRole === 'CS' ? 'harness (CSMS)' : 'harness (station)';
  const sut = sutRole === 'CS' ? 'SUT (station)' : 'SUT (CSMS)';
  return frame.dir === 'tx' ? `${harness} -> ${sut}` : `${sut} -> ${harness}`;
}

/** One line naming a frame for text reports: `#3 SUT (station) -> harness (CSMS) at 2024-..Z, CALL BootNotification`. */
export function describeFrame(frame: FrameRecord, index: number, sutRole: SutRole): string {
  let kind = '';
  try {
    const parsed: unknown = JSON.parse(frame.raw);
    if (Array.isArray(parsed) && typeof parsed[0] === 'number') kind = MESSAGE_TYPES[parsed[0]] ?? `type ${parsed[0]}`;
  } catch {
    kind = 'malformed';
  }
  const what = [kind, frame.action].filter(Boolean).join(' ');
  const at = Number.isFinite(frame.t) ? new Date(frame.t).toISOString() : '?';
  return `#${index} ${frameDirection(frame, sutRole)} at ${at}${what ? `, ${what}` : ''}`;
}
