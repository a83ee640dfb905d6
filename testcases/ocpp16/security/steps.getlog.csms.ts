/**
 * GetLog SecurityLog of the OCTT 1.6 §3.21 security cases (TC_079_CSMS), Central System under test: the harness
 * plays the Charge Point; <Configured log location> is a fresh directory on the harness's file server, and the
 * simulated Charge Point uploads a security log there for real.
 */
import { randomBytes } from 'node:crypto';
import type { CaseContext, RunningFileServer } from '../../kit.js';

type Ctx = CaseContext<'1.6', 'CSMS'>;

export interface LogPlace16Csms {
  location: string;
  dir: string;
  fileServer: RunningFileServer;
}

/** <Configured log location>: a directory on the file server (HTTPS on a TLS profile, else HTTP, else FTP). */
export async function logLocation16csms(ctx: Ctx): Promise<LogPlace16Csms> {
  const loader = ctx.settings.fileServer;
  if (!loader) throw new Error('this run has no file server (ctx.settings.fileServer): the harness cannot receive a log');
  const fileServer = await loader();
  const order = ctx.ics.securityProfile >= 2 ? (['https', 'http', 'ftp'] as const) : (['http', 'ftp', 'https'] as const);
  const protocol = order.find((p) => fileServer.protocols().includes(p)) ?? fileServer.protocols()[0]!;
  const dir = `securitylog16-${randomBytes(4).toString('hex')}`;
  return { location: fileServer.url(protocol, dir), dir, fileServer };
}

/** The simulated Charge Point uploads its security log to the location; whether it arrived is logged and returned. */
export async function uploadSecurityLog(ctx: Ctx, place: LogPlace16Csms, filename: string): Promise<boolean> {
  try {
    await ctx.sut.uploadFile(place.location, filename, Buffer.from(`ocpp-harness simulated Charge Point security log ${ctx.sut.now()}\n`), { timeoutMs: ctx.ics.timeouts.messageMs * 4 });
  } catch (err) {
    ctx.log(`could not upload ${filename} to ${place.location}: ${(err as Error).message}`);
    return false;
  }
  const got = place.fileServer.store.summaries().find((t) => t.direction === 'upload' && t.name === `${place.dir}/${filename}`);
  ctx.log(got ? `file server: upload of ${got.name} over ${got.protocol.toUpperCase()}, ${got.size} bytes` : `file server: no ${filename} in ${place.dir}/`);
  return got !== undefined;
}
