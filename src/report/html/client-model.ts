/**
 * What render.ts embeds in report.html for its script (client.ts): a small index parsed at
 * start-up and one detail block per case, parsed when the case is expanded. Short keys and tuples
 * keep a large report small.
 */

/** The small block parsed at start-up: what the filters need for every case. */
export interface ClientIndex {
  cases: { id: string; v: string; b: string; p: string[]; s: string }[];
}

/** [t, dir, action, raw, findings, offending] */
export type ClientFrame = [number, 'tx' | 'rx', string | null, string, string[] | null, 0 | 1];
/** [t, outcome, text] */
export type ClientStep = [number, string, string];

/** One case's detail block, parsed only when the case is expanded. */
export interface ClientDetail {
  id: string;
  role: 'CS' | 'CSMS';
  verdict: string;
  reason: string | null;
  requirement: string | null;
  startedAt: string;
  t0: number;
  durationMs: number;
  block: string;
  profiles: [string, 0 | 1, string | null][];
  covers: string[];
  catches: string[];
  steps: ClientStep[];
  frames: ClientFrame[];
  off: number;
  /** [text, requirement, frame index or -1]: checks beyond the official validations, never failures. */
  adv: [string, string | null, number][];
}
