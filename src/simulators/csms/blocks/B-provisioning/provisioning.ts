import type { Payload } from '../../../../rpc/codec.js';
import { HOSTILE_TEXT, type RpcFaultName } from '../rpc/port.js';
import { callError, ok, type BootStatus, type CsmsContext, type HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import type { CsmsBlockFactory } from '../../block-host.js';

/** The faults this block asks about: its own and rpc's shared ones. */
type Faults = (typeof FAULTS)[number]['name'] | RpcFaultName;
type Ctx = CsmsContext<Faults>;

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** How the CSMS registers a booting station: its configured status; unknown stations of a closed list are Rejected. */
export function bootStatusFor(ctx: Ctx): BootStatus {
  const config = ctx.csms.stationConfig(ctx.session.stationId);
  if (config === undefined) return ctx.csms.acceptsAnyStation ? 'Accepted' : 'Rejected';
  if (config.nextBootStatus) return config.nextBootStatus;
  const status = config.bootStatus ?? 'Accepted';
  if (status === 'Accepted' && ctx.csms.hasFault('boot-rejects-known-station')) return 'Rejected';
  return status;
}

function bootNotification(p: Payload, ctx: Ctx) {
  const status = bootStatusFor(ctx);
  const interval = status === 'Accepted' ? (ctx.csms.hasFault('boot-no-interval') ? 0 : ctx.csms.heartbeatInterval) : ctx.csms.bootRetryInterval;
  const response: Payload = {
    currentTime: ctx.csms.now().toISOString(),
    interval,
    status: ctx.csms.hasFault('schema-invalid-response') ? 'Maybe' : status,
  };
  if (ctx.version !== '1.6' && ctx.csms.hasFault('hostile-strings')) response.statusInfo = { reasonCode: 'Hostile', additionalInfo: HOSTILE_TEXT };
  const session = ctx.session;
  const config = ctx.csms.stationConfig(session.stationId);
  if (config?.nextBootStatus) delete config.nextBootStatus;
  if (status === 'Pending' && ctx.csms.hasFault('closes-on-pending')) ctx.after(() => session.rpc.close(1000, 'registration pending'));
  session.registration = status;
  session.lastBoot = { request: p, response, t: Date.now() };
  session.triggered.clear();
  ctx.csms.registered(session.stationId, status);
  ctx.csms.emit('boot', { stationId: session.stationId, status, request: p, response });
  return ok(response);
}

function heartbeat(_p: Payload, ctx: Ctx) {
  const now = ctx.csms.now().getTime();
  ctx.session.lastHeartbeatAt = Date.now();
  return ok({ currentTime: new Date(ctx.csms.hasFault('heartbeat-wrong-time') ? now - YEAR_MS : now).toISOString() });
}

function statusNotification(p: Payload, ctx: Ctx) {
  const key = ctx.version === '1.6' ? String(p.connectorId) : `${String(p.evseId)}/${String(p.connectorId)}`;
  ctx.session.connectorStatus.set(key, String(ctx.version === '1.6' ? p.status : p.connectorStatus));
  return ok({});
}

/** Reports and notifications the CSMS only acknowledges (their content is in the frame log). */
const acknowledge = () => ok({});

export const provisioningHandlers: HandlerTable<Faults> = {
  BootNotification: bootNotification,
  Heartbeat: heartbeat,
  StatusNotification: statusNotification,
  NotifyReport: acknowledge,
  SignedFirmwareStatusNotification: acknowledge,
  DiagnosticsStatusNotification: (_p, ctx) => (ctx.csms.hasFault('diagnostics-status-unhandled') ? callError('InternalError', 'unexpected DiagnosticsStatusNotification') : ok({})),
};

/** B Provisioning answers BootNotification, Heartbeat, StatusNotification and the reports. */
export const create: CsmsBlockFactory<Faults> = () => ({ handlers: () => provisioningHandlers });
