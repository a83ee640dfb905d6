import { readFileSync } from 'node:fs';
import { summarize } from '../engine/model.js';
import type { CaseResult, RunEvent, RunResults, SutIdentity } from '../engine/model.js';
import { HarnessError } from '../errors.js';

/**
 * Folds run events into RunResults. The case results come whole from `caseEnd`; caseBegin,
 * step and frame events are for live reporters and are ignored here. The summary is always
 * recomputed from the cases held, so it describes exactly what the file contains.
 */
export class ResultsBuilder {
  private begin: Extract<RunEvent, { type: 'runBegin' }> | undefined;
  private sut: SutIdentity | undefined;
  private finishedAt: string | undefined;
  private readonly cases: CaseResult[] = [];

  get finished(): boolean {
    return this.finishedAt !== undefined;
  }

  get caseCount(): number {
    return this.cases.length;
  }

  add(event: RunEvent): void {
    switch (event.type) {
      case 'runBegin':
        this.begin = event;
        this.sut = { ...event.sut };
        break;
      case 'sutIdentity':
        this.sut = mergeIdentity(this.sut, event.sut);
        break;
      case 'caseEnd':
        this.cases.push(event.result);
        break;
      case 'runEnd':
        this.finishedAt = event.finishedAt;
        break;
      default:
        break;
    }
  }

  build(): RunResults {
    const first = this.cases[0];
    const sut: SutIdentity = this.sut ?? { role: first?.sutRole ?? 'CS', version: first?.version ?? '2.0.1' };
    const results: RunResults = {
      tool: this.begin?.tool ?? { name: 'ocpp-harness', version: 'unknown' },
      startedAt: this.begin?.startedAt ?? first?.startedAt ?? '',
      finishedAt: this.finishedAt ?? lastCaseEnd(this.cases),
      sut,
      config: this.begin?.config ?? {},
      cases: [...this.cases],
      summary: summarize(this.cases),
    };
    if (this.begin?.ics) results.ics = this.begin.ics;
    if (this.begin) results.planned = this.begin.planned.length;
    if (this.finishedAt === undefined) results.unfinished = true;
    return results;
  }
}

function mergeIdentity(base: SutIdentity | undefined, update: SutIdentity): SutIdentity {
  const merged: SutIdentity = { ...(base ?? update) };
  for (const [key, value] of Object.entries(update) as [keyof SutIdentity, SutIdentity[keyof SutIdentity]][]) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** For an unfinished run: when the last finished case ended (best effort), or '' with no case. */
function lastCaseEnd(cases: readonly CaseResult[]): string {
  let last = Number.NaN;
  for (const c of cases) {
    const end = Date.parse(c.startedAt) + c.durationMs;
    if (!(end <= last)) last = end;
  }
  return Number.isFinite(last) ? new Date(last).toISOString() : '';
}

export function buildResultsFromEvents(events: Iterable<RunEvent>): RunResults {
  const builder = new ResultsBuilder();
  for (const event of events) builder.add(event);
  return builder.build();
}

/**
 * Parses journal text into events. A last line that does not parse is the write a killed
 * run did not finish, and is dropped; a bad line anywhere else is corruption and throws.
 */
export function parseJournal(text: string, source = 'journal'): RunEvent[] {
  const lines = text.split('\n');
  const events: RunEvent[] = [];
  let lastContent = lines.length - 1;
  while (lastContent >= 0 && lines[lastContent]!.trim() === '') lastContent--;
  for (let i = 0; i <= lastContent; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      if (i === lastContent) break;
      throw new HarnessError('OCPPH_ERR_REPORT', `${source}:${i + 1}: not a JSON line (the journal is corrupt)`, { source, line: i + 1 }, { cause: error });
    }
    if (!isEvent(parsed)) {
      throw new HarnessError('OCPPH_ERR_REPORT', `${source}:${i + 1}: not a run event (no "type")`, { source, line: i + 1 });
    }
    events.push(parsed);
  }
  return events;
}

function isEvent(value: unknown): value is RunEvent {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new HarnessError('OCPPH_ERR_REPORT', `cannot read ${path}: ${(error as Error).message}`, { path }, { cause: error });
  }
}

/** Rebuilds RunResults from a journal.jsonl, including one left behind by a killed run. */
export function readJournal(path: string): RunResults {
  return buildResultsFromEvents(parseJournal(readText(path), path));
}

/** Loads either a results.json or a journal.jsonl, recognised by content rather than name. */
export function loadResults(path: string): RunResults {
  const text = readText(path);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    let whole: unknown;
    try {
      whole = JSON.parse(text);
    } catch {
      whole = undefined;
    }
    if (isResults(whole)) return whole;
  }
  const events = parseJournal(text, path);
  if (!events.some((e) => e.type === 'runBegin' || e.type === 'caseEnd')) {
    throw new HarnessError('OCPPH_ERR_REPORT', `${path}: neither a results.json nor a journal.jsonl with run events`, { path });
  }
  return buildResultsFromEvents(events);
}

function isResults(value: unknown): value is RunResults {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<RunResults>;
  return Array.isArray(v.cases) && typeof v.sut === 'object' && typeof v.summary === 'object';
}
