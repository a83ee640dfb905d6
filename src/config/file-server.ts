/** The `fileServer` section of the config: where the harness's file server listens and what URLs it hands out. */
import { randomBytes } from 'node:crypto';
import { HarnessError } from '../errors.js';

/** The file server's protocols (src/fileserver/store.ts spells the same union). */
export type FileProtocol = 'http' | 'https' | 'ftp';

export interface FileServerConfigFile {
  host?: string;
  advertisedHost?: string;
  httpPort?: number;
  httpsPort?: number;
  ftpPort?: number;
  ftpPassivePortMin?: number;
  ftpPassivePortMax?: number;
  protocols?: FileProtocol[];
  username?: string;
  password?: string;
  httpAuth?: boolean;
}

export interface FileServerConfig {
  host: string;
  advertisedHost: string;
  ports: Partial<Record<FileProtocol, number>>;
  ftpPassivePorts: { min: number; max: number };
  username: string;
  password: string;
  httpAuth: boolean;
}

const ANY = new Set(['0.0.0.0', '::', '']);

/** Defaults: every protocol on a free port of the CSMS listen address, user `station`, a random password per run. */
export function resolveFileServer(file: FileServerConfigFile | undefined, listenHost: string | undefined, env: NodeJS.ProcessEnv): FileServerConfig {
  const f = file ?? {};
  const host = f.host ?? listenHost ?? '127.0.0.1';
  if ((f.ftpPassivePortMin ?? 0) > (f.ftpPassivePortMax ?? 0)) {
    throw new HarnessError('OCPPH_ERR_CONFIG', `fileServer.ftpPassivePortMin (${f.ftpPassivePortMin}) is above fileServer.ftpPassivePortMax (${f.ftpPassivePortMax})`, { field: 'fileServer.ftpPassivePortMin' });
  }
  const protocols = f.protocols ?? ['http', 'https', 'ftp'];
  const port = (p: FileProtocol, given: number | undefined) => (protocols.includes(p) ? { [p]: given ?? 0 } : {});
  return {
    host,
    advertisedHost: f.advertisedHost ?? (ANY.has(host) ? '127.0.0.1' : host),
    ports: { ...port('http', f.httpPort), ...port('https', f.httpsPort), ...port('ftp', f.ftpPort) },
    ftpPassivePorts: { min: f.ftpPassivePortMin ?? 0, max: f.ftpPassivePortMax ?? 0 },
    username: f.username ?? 'station',
    password: env.OCPPH_FILESERVER_PASSWORD ?? f.password ?? randomBytes(12).toString('hex'),
    httpAuth: f.httpAuth ?? false,
  };
}
