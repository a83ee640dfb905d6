/**
 * Child process for the journal test: journals the fake run's first cases, says "ready",
 * then keeps journaling a case every few ms until the parent SIGKILLs it.
 * argv: <journal path> <cases before ready>
 */
import type { RunEvent } from '../../../src/engine/model.js';
import { JournalReporter } from '../../../src/report/journal.js';
import { fakeRunEvents } from '../fake-run.js';

const [path, before] = process.argv.slice(2);
const readyAfter = Number(before);
const journal = new JournalReporter(path!);
const events = fakeRunEvents().filter((e) => e.type !== 'runEnd');
const begin = events[0]!;
const caseEvents = events.slice(1);

journal.onEvent(begin);
let ended = 0;
let i = 0;
function next(): void {
  for (;;) {
    const e: RunEvent = caseEvents[i++ % caseEvents.length]!;
    journal.onEvent(e);
    if (e.type === 'caseEnd') {
      ended++;
      if (ended === readyAfter) process.stdout.write('ready\n');
      if (ended >= readyAfter) break;
    }
  }
  setTimeout(next, 2);
}
next();
