import { expect } from 'chai';
import type { RunEvent } from '../../src/engine/model.js';
import type { Reporter } from '../../src/report/reporter.js';
import { ReporterMultiplexer } from '../../src/report/reporter.js';
import { fakeRunEvents } from './fake-run.js';

class Recorder implements Reporter {
  readonly events: string[] = [];
  closed = false;
  constructor(readonly name: string) {}
  onEvent(event: RunEvent): void {
    this.events.push(event.type);
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

function stderrSink() {
  const lines: string[] = [];
  return { lines, write: (chunk: string) => lines.push(chunk) > 0 };
}

describe('report/reporter: ReporterMultiplexer', () => {
  const events = fakeRunEvents();

  it('delivers every event to every reporter, in order, synchronously when all reporters are synchronous', () => {
    const a = new Recorder('a');
    const b = new Recorder('b');
    const mux = new ReporterMultiplexer([a, b], { stderr: stderrSink() });
    for (const e of events) expect(mux.onEvent(e)).to.equal(undefined);
    expect(a.events).to.deep.equal(events.map((e) => e.type));
    expect(b.events).to.deep.equal(a.events);
  });

  it('contains a throwing reporter: the run goes on, the others get everything, the error is reported once', async () => {
    const good = new Recorder('good');
    let calls = 0;
    const broken: Reporter = {
      name: 'broken',
      onEvent() {
        calls++;
        throw new Error('disk on fire');
      },
    };
    const err = stderrSink();
    const mux = new ReporterMultiplexer([broken, good], { stderr: err });
    for (const e of events) mux.onEvent(e);
    await mux.close();
    expect(good.events).to.have.length(events.length);
    expect(good.closed).to.equal(true);
    expect(calls).to.equal(1);
    expect(err.lines).to.have.length(1);
    expect(err.lines[0]).to.contain('reporter "broken" failed on runBegin').and.contain('disk on fire');
    expect(mux.failures).to.have.length(1);
    expect(mux.failures[0]).to.include({ reporter: 'broken', during: 'runBegin' });
  });

  it('contains a rejecting async reporter and a failing close', async () => {
    const good = new Recorder('good');
    const rejecting: Reporter = {
      name: 'rejecting',
      async onEvent(e) {
        if (e.type === 'caseEnd') throw new Error('upload failed');
      },
    };
    const badClose: Reporter = {
      name: 'bad-close',
      onEvent() {},
      async close() {
        throw new Error('cannot flush');
      },
    };
    const err = stderrSink();
    const mux = new ReporterMultiplexer([rejecting, badClose, good], { stderr: err });
    for (const e of events) await mux.onEvent(e);
    await mux.close();
    expect(good.events).to.have.length(events.length);
    expect(err.lines.join('')).to.contain('"rejecting" failed on caseEnd').and.contain('"bad-close" failed on close');
    expect(mux.failures.map((f) => f.reporter)).to.deep.equal(['rejecting', 'bad-close']);
  });

  it('keeps events in order for an async reporter even when the caller does not await', async () => {
    const seen: string[] = [];
    const slow: Reporter = {
      name: 'slow',
      async onEvent(e) {
        await new Promise((r) => setTimeout(r, e.type === 'runBegin' ? 20 : 1));
        seen.push(e.type);
      },
    };
    const mux = new ReporterMultiplexer([slow], { stderr: stderrSink() });
    for (const e of events) void mux.onEvent(e);
    await mux.close();
    expect(seen).to.deep.equal(events.map((e) => e.type));
  });

  it('survives a broken stderr', () => {
    const broken: Reporter = {
      name: 'broken',
      onEvent() {
        throw new Error('x');
      },
    };
    const mux = new ReporterMultiplexer([broken], {
      stderr: {
        write() {
          throw new Error('EPIPE');
        },
      },
    });
    expect(() => mux.onEvent(events[0]!)).not.to.throw();
  });
});
