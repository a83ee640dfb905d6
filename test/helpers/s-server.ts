/** `openssl s_server` as an independent TLS server (a CSMS stand-in), on a free loopback port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { OPENSSL } from './s-client.js';
import type { Cleanup } from './wait.js';

export interface SServer {
  port: number;
  /** What s_server printed so far (it echoes what the client sent: an upgrade request shows here). */
  output(): string;
  /** Resolves once the output matches `re`; rejects with the output after `timeoutMs`. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<void>;
}

/** Starts s_server with `args` (certificate, key, cipher options); resolves once it accepts. */
export function sServer(cleanup: Cleanup, args: string[], timeoutMs = 8_000): Promise<SServer> {
  const child: ChildProcess = spawn(OPENSSL, ['s_server', '-accept', '127.0.0.1:0', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  cleanup.add(child, (c) => { c.kill('SIGKILL'); });
  let output = '';
  const waitFor = (re: RegExp, ms = 3_000) => new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!re.test(output)) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      resolve();
    };
    const timer = setTimeout(() => { child.stdout?.off('data', check); reject(new Error(`s_server output never matched ${String(re)}:\n${output}`)); }, ms);
    child.stdout?.on('data', check);
    setImmediate(check);
  });
  return new Promise<SServer>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`openssl s_server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /ACCEPT 127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), output: () => output, waitFor });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`openssl s_server exited (${String(code)}):\n${output}`)); });
  });
}
