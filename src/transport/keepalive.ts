import type { WebSocket } from 'ws';

/**
 * WebSocket ping/pong (RFC 6455 5.5.2): pings every `intervalMs`; a connection that has not
 * answered the previous ping by the next one is lost (cable pulled, network down) and is
 * terminated, so the other layers see it close instead of waiting on a dead socket. 0 disables.
 */
export function keepAlive(ws: WebSocket, intervalMs: number): void {
  if (!(intervalMs > 0)) return;
  let answered = true;
  ws.on('pong', () => { answered = true; });
  const timer = setInterval(() => {
    if (ws.readyState !== ws.OPEN) return;
    if (!answered) {
      ws.terminate();
      return;
    }
    answered = false;
    ws.ping();
  }, intervalMs);
  timer.unref();
  ws.once('close', () => clearInterval(timer));
}
