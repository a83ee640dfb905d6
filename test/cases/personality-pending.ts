/**
 * Cases that FAIL on a conformant personality: over-strict cases, not wrong personalities. Each
 * entry is one (case, personality) pair, with the reason; the conformance matrix reports it as
 * pending (never as a pass) and fails once the case passes, so the entry is deleted when the case
 * is fixed. Details, and what Part 6 allows: /work/notes/personality-failures.md.
 */
import type { OcppVersion } from '../../src/engine/model.js';

export const pendingKey = (version: OcppVersion, id: string, personality: string): string => `${version}/${id}@${personality}`;

export const PERSONALITY_PENDING: Readonly<Record<string, string>> = {
};
