import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import { ConsoleReporter } from '../../src/report/console.js';
import { fakeRunEvents } from './fake-run.js';

function capture(tty: boolean): string {
  const stream = Object.assign(new PassThrough(), { isTTY: tty, columns: 100 });
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  const reporter = new ConsoleReporter(stream, { color: false });
  for (const e of fakeRunEvents()) reporter.onEvent(e);
  return text;
}

describe('report/console', () => {
  it('prints one plain line per case, reasons under the non-passes, and a per-profile summary', () => {
    const text = capture(false);
    expect(text).not.to.contain('\x1b');
    expect(text).to.match(/^PASS {2}TC_B_01_CS {2}Cold boot charging station \(\d+ ms\)$/m);
    expect(text).to.match(/^FAIL {2}TC_B_02_CS {2}Cold boot - boot reason reported \(\d+ ms\)\n {6}BootNotificationRequest.reason was "Triggered".*\[B01\.FR\.05\]$/m);
    expect(text).to.match(/^N\/A {3}TC_C_01_CS/m);
    expect(text).to.match(/^INCON TC_E_03_CS/m);
    expect(text).to.match(/^ERROR TC_K_01_CS/m);
    expect(text).to.contain('7 case(s) in');
    expect(text).to.match(/^Core +1 +1 +1 +0 +1 +0 +0 +1 +failed$/m);
    expect(text).to.match(/^Advanced Security +1 +0 +0 +0 +0 +0 +0 +0 +all passed$/m);
    expect(text).not.to.match(/\bReady\b/);
    expect(text).to.contain('Certification readiness, over every official case that applies');
  });

  it('on a TTY shows a live progress line per case, cleared when the case ends', () => {
    const text = capture(true);
    expect(text).to.contain('\r\x1b[2K[1/7] RUN   TC_B_01_CS  Cold boot charging station');
    expect(text).to.contain('\r\x1b[2KPASS  TC_B_01_CS');
  });
});

describe('report/console: advisories', () => {
  it('lists a case\'s advisories under it, apart from the verdict, even for a PASS', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: false, columns: 100 });
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString()));
    const reporter = new ConsoleReporter(stream, { color: false });
    for (const e of fakeRunEvents()) {
      if (e.type === 'caseEnd' && e.result.id === 'TC_B_01_CS') {
        reporter.onEvent({ ...e, result: { ...e.result, advisories: [{ t: 0, text: 'currentTime 6 s off our clock', requirement: 'B01.FR.07' }] } });
      } else {
        reporter.onEvent(e);
      }
    }
    expect(text).to.match(/^PASS {2}TC_B_01_CS .*\n {6}advisory: currentTime 6 s off our clock \[B01\.FR\.07\]$/m);
  });
});
