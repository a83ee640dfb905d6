/**
 * A station connects to the reference CSMS: its session (registration carried over from earlier
 * connections, A05.FR.06/07 highest security profile remembered), its frames logged, its CALLs answered.
 */
import type { IncomingCall } from '../../rpc/connection.js';
import type { AcceptedConnection } from '../../transport/server.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import { formatFrame } from '../common/logger.js';
import { answerCall, type CallDesk } from './calls.js';
import type { GateAdmission } from './gate.js';
import type { BootRecord, BootStatus, StationConfig, StationSession } from './types.js';

/** What opening a session needs of the CSMS. */
export interface SessionDesk extends CallDesk {
  readonly sessions: Map<string, StationSession>;
  /** The CSMS's security profile, for sessions the gate admitted. */
  readonly securityProfile: SecurityProfile;
  /** What the gate let through (undefined: no gate, the transport checked everything). */
  admission(stationId: string): GateAdmission | undefined;
  gated(): boolean;
  /** The CSMS knows this station (or takes any). */
  knows(stationId: string): boolean;
  registration(stationId: string): BootStatus | undefined;
  lastBoot(stationId: string): BootRecord | undefined;
  /** The settings entry in which to remember the station's security profile (undefined: not kept). */
  profileEntry(stationId: string): StationConfig | undefined;
}

export function openSession(desk: SessionDesk, { rpc, info }: AcceptedConnection): void {
  const stationId = info.stationId;
  const previous = desk.sessions.get(stationId);
  if (previous) {
    desk.log(`${stationId} connected again: closing its previous connection`, 'warn');
    previous.rpc.close(1000, 'replaced by a new connection');
  }
  const admission = desk.admission(stationId);
  if (admission?.waived.length) desk.log(`${stationId} admitted despite: ${admission.waived.join('; ')}`, 'warn');
  const session: StationSession = {
    stationId,
    version: info.version,
    rpc,
    info: desk.gated() ? { ...info, securityProfile: desk.securityProfile, ...(admission?.tls ? { tls: admission.tls } : {}) } : info,
    registration: desk.registration(stationId) ?? (desk.knows(stationId) ? 'None' : 'Rejected'),
    lastBoot: desk.lastBoot(stationId),
    triggered: new Set(),
    connectorStatus: new Map(),
    lastHeartbeatAt: undefined,
    connectedAt: Date.now(),
  };
  desk.sessions.set(stationId, session);
  // A05.FR.06/07: remember the highest security profile the station connected with.
  const profile = session.info.securityProfile;
  const entry = profile > 0 ? desk.profileEntry(stationId) : undefined;
  if (entry && profile > (entry.minSecurityProfile ?? 0)) entry.minSecurityProfile = profile;
  rpc.on('frame', (ev: { dir: 'tx' | 'rx'; raw: string; action?: string }) => desk.log(`${stationId} ${formatFrame(ev.dir, ev.raw, ev.action)}`, 'info'));
  rpc.on('finding', (finding: { code: string; message: string; origin: string }) => {
    desk.log(`${stationId} ${finding.origin === 'local' ? 'own' : 'peer'} finding ${finding.code}: ${finding.message}`, 'warn');
    desk.emit('finding', { stationId, finding });
  });
  rpc.on('call', (call: IncomingCall) => { void answerCall(desk, session, call); });
  rpc.on('close', ({ code, reason }: { code: number; reason: string }) => {
    if (desk.sessions.get(stationId) === session) desk.sessions.delete(stationId);
    desk.log(`${stationId} disconnected (${code}${reason ? ` ${reason}` : ''})`, 'info');
    desk.emit('disconnect', { stationId, code, reason });
  });
  const tls = session.info.tls;
  desk.log(`${stationId} connected: OCPP ${info.version}, security profile ${session.info.securityProfile}${tls ? `, ${tls.protocol ?? 'TLS'}` : ''}${info.remoteAddress ? `, from ${info.remoteAddress}` : ''}`, 'info');
  desk.emit('connection', session);
}
