/**
 * Interop smoke test: `ocpp-harness sim station` (the real CLI, in a child process) against an
 * independent OCPP-J implementation, ocpp-rpc's RPCServer in strict mode (it validates every
 * frame against the OCA schemas and answers a bad one with a CALLERROR).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect } from 'chai';
import { CLI } from '../helpers/cli.js';
import { startPeerServer, type PeerClient } from '../helpers/ocpp-rpc.js';
import { Cleanup, nextEvent, within } from '../helpers/wait.js';

interface Seen { method: string; params: Record<string, unknown> }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe('reference station interop (sim station vs ocpp-rpc RPCServer)', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  for (const version of ['1.6', '2.0.1'] as const) {
    it(`${version}: boots, reports its connectors, heartbeats, and runs a transaction driven through the control endpoint`, async () => {
      const peer = cleanup.add(await startPeerServer({ protocols: [version === '1.6' ? 'ocpp1.6' : 'ocpp2.0.1'], strictMode: true }), (p) => p.close());
      const seen: Seen[] = [];
      const events = peer.events;
      const record = (method: string, reply: (params: Record<string, unknown>) => unknown) => (client: PeerClient) =>
        client.handle(method, ({ params }) => {
          seen.push({ method, params: params ?? {} });
          events.emit('seen', method);
          return reply(params ?? {});
        });
      const now = () => new Date().toISOString();
      const handlers = [
        record('BootNotification', () => ({ status: 'Accepted', currentTime: now(), interval: 1 })),
        record('StatusNotification', () => ({})),
        record('Heartbeat', () => ({ currentTime: now() })),
        record('SecurityEventNotification', () => ({})),
        record('Authorize', () => (version === '1.6' ? { idTagInfo: { status: 'Accepted' } } : { idTokenInfo: { status: 'Accepted' } })),
        record('TransactionEvent', () => ({})),
        record('StartTransaction', () => ({ transactionId: 7, idTagInfo: { status: 'Accepted' } })),
      ];
      events.on('client', (client: PeerClient) => { for (const h of handlers) h(client); });

      const controlPort = await freePort();
      const child: ChildProcess = spawn(process.execPath, [CLI, 'sim', 'station', '--url', peer.url, '--ocpp', version, '--id', 'CS042',
        '--evses', '2', '--control-port', String(controlPort)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
      let output = '';
      child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
      child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      cleanup.add(child, (c) => { if (c.exitCode === null) c.kill('SIGKILL'); });

      const waitFor = async (method: string, count = 1) => {
        while (seen.filter((s) => s.method === method).length < count) {
          await nextEvent(events, 'seen', { timeoutMs: 8_000 }).catch(() => { throw new Error(`no ${method} from sim station; output:\n${output}`); });
        }
        return seen.filter((s) => s.method === method);
      };
      const [boot] = await waitFor('BootNotification');
      expect(peer.clients[0]?.identity).to.equal('CS042');
      if (version === '2.0.1') expect(boot?.params.reason).to.equal('PowerUp');
      const statuses = await waitFor('StatusNotification', version === '1.6' ? 3 : 2);
      expect(statuses.map((s) => s.params.connectorId).sort()).to.deep.equal(version === '1.6' ? [0, 1, 2] : [1, 1]);
      await waitFor('Heartbeat');

      const post = (action: string, params: Record<string, unknown>) => fetch(`http://127.0.0.1:${controlPort}/operator`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, params, caseId: 'interop' }),
      });
      expect((await post('plugIn', { evseId: 2 })).status).to.equal(200);
      expect((await post('presentIdToken', { idToken: 'VALID0001', evseId: 2 })).status).to.equal(200);
      if (version === '2.0.1') {
        const events201 = await waitFor('TransactionEvent', 3);
        expect(events201.map((e) => e.params.seqNo)).to.deep.equal([0, 1, 2]);
        expect(events201.map((e) => e.params.triggerReason)).to.deep.equal(['CablePluggedIn', 'Authorized', 'ChargingStateChanged']);
      } else {
        const [start] = await waitFor('StartTransaction');
        expect(start?.params).to.include({ connectorId: 2, idTag: 'VALID0001' });
      }

      child.kill('SIGTERM');
      expect(await within(exited, 'sim station to exit', 5_000)).to.equal(0);
      expect(output).to.contain('-> CALL BootNotification');
      expect(output).to.contain('<- CALLRESULT BootNotification');
    });
  }
});
