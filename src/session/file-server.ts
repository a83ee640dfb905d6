/**
 * The run's file server, started on first use (only runs with firmware or log cases open its ports)
 * and closed with the session. HTTPS serves the harness's CSMS server certificate: the user's own
 * (`tls.certFile`) or the test PKI's RSA one, so a station that trusts the CSMS trusts its files.
 */
import type { HarnessConfig } from '../config/config.js';
import type { OwnTlsMaterial } from '../config/tls-files.js';
import { startFileServer, type RunningFileServer } from '../fileserver/server.js';
import type { PkiLoader } from './tls.js';

export interface FileServerLoader {
  get: () => Promise<RunningFileServer>;
  close: () => Promise<void>;
}

export function fileServerLoader(config: HarnessConfig, pki: PkiLoader, ownTls: () => Promise<OwnTlsMaterial>): FileServerLoader {
  let started: Promise<RunningFileServer> | undefined;
  const fsConfig = config.fileServer;
  const tls = async () => {
    const own = await ownTls();
    if (own.cert && own.key) return { cert: own.cert, key: own.key };
    const test = await pki();
    return { cert: test.chainPem('csms-server-rsa'), key: test.get('csms-server-rsa').keyPem };
  };
  return {
    get: () => (started ??= (async () => startFileServer({
      host: fsConfig.host, advertisedHost: fsConfig.advertisedHost, ports: fsConfig.ports, ftpPassivePorts: fsConfig.ftpPassivePorts,
      username: fsConfig.username, password: fsConfig.password, httpAuth: fsConfig.httpAuth,
      ...(fsConfig.ports.https !== undefined ? { tls: await tls() } : {}),
    }))()),
    close: async () => {
      const s = started;
      started = undefined;
      await s?.then((server) => server.close(), () => undefined);
    },
  };
}
