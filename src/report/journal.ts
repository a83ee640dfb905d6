import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RunEvent } from '../engine/model.js';
import { HarnessError } from '../errors.js';
import { redactSecrets } from './redact.js';
import type { Reporter } from './reporter.js';

export const JOURNAL_FILE = 'journal.jsonl';

/** The events a journal keeps: enough to rebuild RunResults, nothing live-only (steps, frames). */
const JOURNALED = new Set<RunEvent['type']>(['runBegin', 'caseEnd', 'sutIdentity', 'runEnd']);

/**
 * Writes one JSON line per runBegin, caseEnd, sutIdentity and runEnd, synchronously, and
 * fsyncs each one before returning: once the engine has delivered a caseEnd, that case
 * survives a SIGKILL or a power cut. The file is opened on the first event, not before.
 */
export class JournalReporter implements Reporter {
  readonly name = 'journal';
  private fd: number | undefined;
  private opened = false;

  constructor(readonly path: string) {}

  onEvent(event: RunEvent): void {
    if (!JOURNALED.has(event.type)) return;
    const fd = this.open();
    const line = `${JSON.stringify(redactSecrets(event))}\n`;
    const bytes = Buffer.from(line, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    if (event.type === 'runEnd') this.closeFile();
  }

  async close(): Promise<void> {
    this.closeFile();
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      // Truncate on the first open only: events after a runEnd append to the same journal.
      this.fd = openSync(this.path, this.opened ? 'a' : 'w');
      this.opened = true;
    } catch (error) {
      throw new HarnessError('OCPPH_ERR_REPORT', `cannot create the journal ${this.path}: ${(error as Error).message}`, { path: this.path }, { cause: error });
    }
    return this.fd;
  }

  private closeFile(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    closeSync(fd);
  }
}
