/** `openssl s_client` as an independent TLS peer, bounded by a timeout. */
import { spawn } from 'node:child_process';

export const OPENSSL = '/usr/bin/openssl';

export interface SClientResult {
  code: number | null;
  /** stdout and stderr interleaved, as they came. */
  output: string;
}

export interface SClientOptions {
  port: number;
  args?: string[];
  /** Written to stdin once connected; stdin is kept open so the server's answer (or alert) can arrive. */
  request?: string;
  /** Ends stdin when the output matches (e.g. the HTTP 101), so a successful session terminates. */
  endWhen?: RegExp;
  timeoutMs?: number;
}

export function sClient(options: SClientOptions): Promise<SClientResult> {
  const timeoutMs = options.timeoutMs ?? 8_000;
  const child = spawn(OPENSSL, ['s_client', '-connect', `127.0.0.1:${options.port}`, ...(options.args ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  return new Promise<SClientResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`openssl s_client did not finish within ${timeoutMs} ms; output so far:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (options.endWhen?.test(output) && child.stdin.writable) child.stdin.end();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.stdin.on('error', () => undefined);
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, output }); });
    if (options.request !== undefined) child.stdin.write(options.request);
    else child.stdin.end();
  });
}

/** A WebSocket upgrade request for `stationId`, as raw HTTP text. */
export function upgradeRequest(stationId: string, protocol = 'ocpp2.0.1'): string {
  return `GET /ocpp/${stationId} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`
    + `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`;
}
