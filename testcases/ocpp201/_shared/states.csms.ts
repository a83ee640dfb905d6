/**
 * Reusable states of OCPP 2.0.1 Part 6 (section 2.18), CSMS under test: the harness plays the
 * charging station, so these send what a station sends and check what the CSMS answers.
 */
import { createCsr, type CaseContext, type Payload, type StationSidePeer, type Request } from '../../kit.js';
import { createPublicKey, X509Certificate } from 'node:crypto';
import { chargingSession, configuredMs, csmsRequest, idTokenStatus, reportConnector, transactionEvent, validToken } from './charging-session.csms.js';

/** A 2.0.1 BootReasonEnumType. */
export type BootReason = Request<'2.0.1', 'BootNotification'>['reason'];

export function bootRequest(ctx: CaseContext<'2.0.1', 'CSMS'>, reason: BootReason = 'PowerUp'): Request<'2.0.1', 'BootNotification'> {
  const s = ctx.ics.station;
  return {
    reason,
    chargingStation: {
      model: s.model, vendorName: s.vendor,
      ...(s.serialNumber ? { serialNumber: s.serialNumber } : {}),
      ...(s.firmwareVersion ? { firmwareVersion: s.firmwareVersion } : {}),
    },
  };
}

/** Reusable State Booted (CSMS): BootNotification PowerUp must be Accepted; then every connector is reported Available. */
export async function booted(ctx: CaseContext<'2.0.1', 'CSMS'>, requirement = 'B01.FR.02'): Promise<Payload> {
  return rebooted(ctx, { requirement });
}

/**
 * The station reboots (power cycle, reset): it drops its connection, comes back, sends
 * BootNotification with `reason` (the CSMS must accept it) and reports its connectors.
 */
export async function rebooted(ctx: CaseContext<'2.0.1', 'CSMS'>, options: { reason?: BootReason; requirement?: string; connectorStatus?: ConnectorStatusOf } = {}): Promise<Payload> {
  const { sut } = ctx;
  if (sut.isConnected()) await sut.disconnect();
  await sut.expectConnection();
  const res = await bootAccepted(ctx, options.reason ?? 'PowerUp', options.requirement ?? 'B01.FR.02');
  await reportConnectors(ctx, options.connectorStatus ?? 'Available');
  return res;
}

/** BootNotification with `reason`; the CSMS must answer Accepted with its current time. */
export async function bootAccepted(ctx: CaseContext<'2.0.1', 'CSMS'>, reason: BootReason, requirement: string): Promise<Payload> {
  const { sut, expect } = ctx;
  const res = await sut.call('BootNotification', bootRequest(ctx, reason));
  sut.bootStatus = String(res.status);
  expect(res.status, `${requirement}: BootNotificationResponse status`).to.equal('Accepted');
  // Beyond Part 6's tool validations (status only): an advisory, never a FAIL (issue 12 section 2).
  adviseTime(ctx, res.currentTime, 'BootNotificationResponse', 'B01.FR.04');
  return res;
}

/** Advisory: a currentTime the CSMS reports further from ours than the configured time deviation. */
export function adviseTime(ctx: CaseContext<'2.0.1', 'CSMS'>, currentTime: unknown, message: string, requirement: string): void {
  const off = Math.abs(Date.parse(String(currentTime)) - Date.now());
  ctx.advise(`${message} currentTime ${String(currentTime)} is ${Number.isNaN(off) ? 'not a time' : `${off} ms from ours`} (allowed deviation ${ctx.ics.timeouts.maxTimeDeviationMs} ms)`,
    { requirement, holds: off <= ctx.ics.timeouts.maxTimeDeviationMs });
}

/** A connector status for every connector, or per connector. */
/** A 2.0.1 ConnectorStatusEnumType. */
export type ConnectorStatus = Request<'2.0.1', 'StatusNotification'>['connectorStatus'];
export type ConnectorStatusOf = ConnectorStatus | ((evseId: number, connectorId: number) => ConnectorStatus);

/** Step "The OCTT notifies the CSMS about the current state of all connectors". */
export async function reportConnectors(ctx: CaseContext<'2.0.1', 'CSMS'>, statusOf: ConnectorStatusOf): Promise<void> {
  for (const evse of ctx.ics.evses) {
    for (let connectorId = 1; connectorId <= evse.connectors; connectorId += 1) {
      const status = typeof statusOf === 'string' ? statusOf : statusOf(evse.id, connectorId);
      await ctx.sut.call('StatusNotification', { timestamp: ctx.sut.now(), connectorStatus: status, evseId: evse.id, connectorId });
      await ctx.sut.call('NotifyEvent', {
        generatedAt: ctx.sut.now(), seqNo: 0,
        eventData: [{
          eventId: Math.floor(Math.random() * 1e6), timestamp: ctx.sut.now(), trigger: 'Delta', actualValue: status, eventNotificationType: 'HardWiredNotification',
          component: { name: 'Connector', evse: { id: evse.id, connectorId } }, variable: { name: 'AvailabilityState' },
        }],
      });
    }
  }
}

// --- E Transactions: the station's charging session (charging-session.csms.ts) -------------------

export interface TxStateOptions {
  /** Requirement blamed when the CSMS does not answer a message of the state (default J02.FR.19). */
  requirement?: string;
}

/** Reusable State EVConnectedPreSession: the EV is plugged in (Started on CablePluggedIn, or Updated when already Authorized). */
export async function evConnectedPreSession(ctx: CaseContext<'2.0.1', 'CSMS'>, options: TxStateOptions = {}): Promise<void> {
  const s = chargingSession(ctx);
  // 1-2. The connector is Occupied (StatusNotification and NotifyEvent AvailabilityState).
  await reportConnector(ctx, 'Occupied');
  // 3-4. TransactionEvent CablePluggedIn, EVConnected, with the EVSE; Updated if State is Authorized, else Started.
  await transactionEvent(ctx, { eventType: s.tx ? 'Updated' : 'Started', triggerReason: 'CablePluggedIn', chargingState: 'EVConnected', ...options });
  s.state = 'EVConnectedPreSession';
}

/** Reusable State Authorized: the driver presents the configured valid idToken (or `idToken`), the CSMS accepts it twice. */
export async function authorized(ctx: CaseContext<'2.0.1', 'CSMS'>, options: TxStateOptions = {}, idToken = validToken(ctx)): Promise<void> {
  const { sut, expect } = ctx;
  const s = chargingSession(ctx);
  // 1-2. AuthorizeRequest with the configured valid idToken.
  const auth = await sut.call('Authorize', { idToken }, { requirement: 'C01.FR.07' });
  expect(idTokenStatus(auth), 'C01.FR.07: AuthorizeResponse idTokenInfo.status').to.equal('Accepted');
  // 3-4. TransactionEvent Authorized with the idToken: Updated if State is EVConnectedPreSession (cable first, E02), else Started (E03).
  const cableFirst = s.tx !== undefined;
  const answer = await transactionEvent(ctx, cableFirst
    ? { eventType: 'Updated', triggerReason: 'Authorized', idToken, ...options }
    : { eventType: 'Started', triggerReason: 'Authorized', idToken, chargingState: s.evConnected ? 'EVConnected' : 'Idle', ...options });
  expect(idTokenStatus(answer), `${cableFirst ? 'E02.FR.02' : 'E03.FR.02'}: TransactionEventResponse idTokenInfo.status`).to.equal('Accepted');
  s.state = 'Authorized';
}

/** Reusable State EnergyTransferStarted: authorized (if not yet), the EV plugged in (part 1, if not yet), energy flows (part 2). */
export async function energyTransferStarted(ctx: CaseContext<'2.0.1', 'CSMS'>, options: TxStateOptions = {}): Promise<void> {
  const s = chargingSession(ctx);
  // Before: Reusable State Authorized, unless the session is authorized.
  if (!s.authorized) await authorized(ctx, options);
  if (!s.evConnected) {
    // Part 1, 1-2. The connector is Occupied.
    await reportConnector(ctx, 'Occupied');
    // Part 1, 3-4. TransactionEvent Updated, CablePluggedIn, EVConnected, with the EVSE and connector.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'CablePluggedIn', chargingState: 'EVConnected', ...options });
  }
  // Part 2, 5-6. TransactionEvent Updated, ChargingStateChanged, Charging.
  await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'Charging', ...options });
  s.state = 'EnergyTransferStarted';
}

/** Reusable State EnergyTransferSuspended: after charging a while, the EV suspends the energy transfer. */
export async function energyTransferSuspended(ctx: CaseContext<'2.0.1', 'CSMS'>, options: TxStateOptions = {}): Promise<void> {
  const s = chargingSession(ctx);
  // Before: Reusable State EnergyTransferStarted.
  if (s.state !== 'EnergyTransferStarted') await energyTransferStarted(ctx, options);
  await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
  // 1-2. TransactionEvent Updated, ChargingStateChanged, SuspendedEV.
  await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'SuspendedEV', meter: 'Sample.Periodic', ...options });
  s.state = 'EnergyTransferSuspended';
}

/**
 * Reusable State StopAuthorized: after charging a while, the driver presents the idToken again to stop.
 * A suspended energy transfer counts as started (the EV may pause; the session is the same).
 */
export async function stopAuthorized(ctx: CaseContext<'2.0.1', 'CSMS'>, options: TxStateOptions = {}): Promise<void> {
  const { expect } = ctx;
  const s = chargingSession(ctx);
  // Before: Reusable State EnergyTransferStarted.
  if (s.state !== 'EnergyTransferStarted' && s.state !== 'EnergyTransferSuspended') await energyTransferStarted(ctx, options);
  await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
  // 1-2. TransactionEvent Updated, StopAuthorized, with the idToken that stops the authorization (E07.FR.02).
  const answer = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', idToken: s.idToken ?? validToken(ctx), ...options });
  expect(idTokenStatus(answer), 'E03.FR.02: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
  s.state = 'StopAuthorized';
}

/** Reusable State EVConnectedPostSession: the energy transfer has stopped, the EV is still connected. */
export async function evConnectedPostSession(ctx: CaseContext<'2.0.1', 'CSMS'>, options: TxStateOptions = {}): Promise<void> {
  const s = chargingSession(ctx);
  // Before: Reusable State StopAuthorized.
  if (s.state !== 'StopAuthorized') await stopAuthorized(ctx, options);
  // 1-2. TransactionEvent Updated, ChargingStateChanged, EVConnected.
  await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'EVConnected', ...options });
  s.state = 'EVConnectedPostSession';
}

/**
 * Reusable State EVDisconnected: the driver unplugs; the transaction ends (TxStopPoint EVConnected).
 * `endsTransaction: false` is for a station whose TxStopPoint is ParkingBayOccupancy: unplugging is
 * then reported as an Updated event and the transaction ends when the EV leaves the bay.
 */
export async function evDisconnected(ctx: CaseContext<'2.0.1', 'CSMS'>, options: TxStateOptions & { endsTransaction?: boolean } = {}): Promise<void> {
  const s = chargingSession(ctx);
  const { endsTransaction = true, ...rest } = options;
  // Before: Reusable State EVConnectedPostSession.
  if (s.state !== 'EVConnectedPostSession') await evConnectedPostSession(ctx, rest);
  // 1-2. The connector is Available.
  await reportConnector(ctx, 'Available');
  // 3-4. TransactionEvent EVCommunicationLost, Idle, stoppedReason EVDisconnected, Ended.
  await transactionEvent(ctx, endsTransaction
    ? { eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected', ...rest }
    : { eventType: 'Updated', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', ...rest });
  s.state = 'EVDisconnected';
}

// --- A Security and B Provisioning (a-security.csms.ts, b-provisioning.csms.ts) -------------------

type ConnectOverrides = NonNullable<Parameters<StationSidePeer['connect']>[0]>;

/**
 * A connection attempt the CSMS must refuse (wrong credentials, an old TLS version, a bad client
 * certificate). When the CSMS accepts it, the connection is closed again and the case FAILs on `requirement`.
 */
export async function refusedConnection(ctx: CaseContext<'2.0.1', 'CSMS'>, overrides: ConnectOverrides, what: string, requirement: string): Promise<void> {
  const { sut } = ctx;
  if (sut.isConnected()) await sut.disconnect();
  const res = await sut.connect(overrides);
  if (res.ok) {
    await sut.disconnect();
    ctx.fail(`the CSMS accepted a connection ${what}`, requirement);
  } else {
    const status = res.error.details?.status;
    ctx.log(`the CSMS refused the connection ${what} (${res.error.code}${status !== undefined ? ` ${String(status)}` : ''})`);
  }
}

/** A connection attempt the CSMS must accept; `persist` keeps the overrides as the station's settings from now on. */
export async function acceptedConnection(ctx: CaseContext<'2.0.1', 'CSMS'>, overrides: ConnectOverrides, what: string, requirement: string, persist = false): Promise<Record<string, unknown>> {
  const { sut } = ctx;
  if (sut.isConnected()) await sut.disconnect();
  const res = await sut.connect(overrides, { persist });
  if (!res.ok) return ctx.fail(`the CSMS refused the connection ${what}: ${res.error.message}`, requirement);
  return res.info;
}

export interface RenewOptions {
  /** SignChargingStationCertificate (default) or SignV2GCertificate. */
  requestedMessage?: 'SignChargingStationCertificate' | 'SignV2GCertificate';
  /** The station's CertificateSignedResponse status (default Accepted). */
  answer?: 'Accepted' | 'Rejected';
  /** Validate certificateType and certificateChain of CertificateSigned (default true; A_14 does not). */
  checkChain?: boolean;
}

export interface RenewedCertificate {
  /** certificateChain as the CSMS sent it (PEM, leaf first). */
  chainPem: string;
  /** The station's new private key (it never leaves the station, A02.FR.05). */
  keyPem: string;
}

/**
 * Memory State RenewChargingStationCertificate (A02, F06): on request the CSMS triggers
 * SignChargingStationCertificate, accepts the station's CSR and sends the certificate signed by
 * the configured CSMS root in CertificateSigned. Also serves A_12 (SignV2GCertificate), whose
 * chain checks only inform.
 */
export async function renewChargingStationCertificate(ctx: CaseContext<'2.0.1', 'CSMS'>, options: RenewOptions = {}): Promise<RenewedCertificate> {
  const { sut, expect } = ctx;
  const requestedMessage = options.requestedMessage ?? 'SignChargingStationCertificate';
  const v2g = requestedMessage === 'SignV2GCertificate';
  const certificateType = v2g ? 'V2GCertificate' : 'ChargingStationCertificate';
  const pki = await ctx.pki();
  // Manual action, 1-2. The CSMS sends TriggerMessageRequest; the station accepts it.
  const trigger = await csmsRequest(ctx, 'TriggerMessage', () => ({ status: 'Accepted' as const }), { hint: { requestedMessage } });
  expect(trigger.payload.requestedMessage, 'F06.FR.01: TriggerMessageRequest requestedMessage').to.equal(requestedMessage);
  // 3. SignCertificateRequest with a CSR for a new key pair (A02.FR.02/A02.FR.03).
  const { csrPem, keyPem } = await createCsr(v2g
    ? { commonName: pki.params.seccId, organization: pki.params.org, country: 'NL', keyType: 'ec' }
    : { commonName: ctx.ics.station.id, organization: pki.params.org, keyType: 'ec' });
  const signed = sut.expectCall('CertificateSigned', { requirement: 'A02.FR.11', describe: 'with the signed certificate' });
  const res = await sut.call('SignCertificate', { csr: csrPem, certificateType }, { requirement: 'A02.FR.11' });
  // 4. The CSMS accepts the request.
  expect(res.status, 'A02.FR.11: SignCertificateResponse status').to.equal('Accepted');
  // 5-6. CertificateSignedRequest; the station answers.
  const cs = await signed;
  cs.respond({ status: options.answer ?? 'Accepted' });
  const chainPem = String(cs.payload.certificateChain ?? '');
  const problem = chainProblem(chainPem, keyPem, v2g ? [pki.get('v2g-root').certPem] : [pki.get('csms-root').certPem]);
  if (v2g) {
    // Part 6: the CSMS probably does not generate this certificate itself, so these checks do not fail the case.
    ctx.log(problem ? `note: the V2G certificate chain: ${problem}` : 'the V2G certificate chains to the V2G root');
  } else if (options.checkChain !== false) {
    expect(cs.payload.certificateType, 'A02.FR.14: CertificateSignedRequest certificateType').to.equal(certificateType);
    expect(problem, 'A02.FR.06: CertificateSignedRequest certificateChain (signed by the configured CSMS root, for the CSR\'s key)').to.equal(undefined);
  }
  return { chainPem, keyPem };
}

/** What is wrong with a PEM chain (leaf first) for the key `keyPem` under one of the `roots` (undefined: nothing). */
export function chainProblem(chainPem: string, keyPem: string, roots: string[]): string | undefined {
  const blocks = chainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  let certs: X509Certificate[];
  let anchors: X509Certificate[];
  try {
    certs = blocks.map((b) => new X509Certificate(b));
    anchors = roots.map((r) => new X509Certificate(r));
  } catch (err) {
    return `a certificate cannot be read: ${(err as Error).message}`;
  }
  const [leaf] = certs;
  if (!leaf) return 'it holds no PEM certificate (A00.FR.507)';
  if (!leaf.publicKey.equals(createPublicKey(keyPem))) return 'the certificate is not for the key of the CSR';
  const now = Date.now();
  if (Date.parse(leaf.validFrom) > now || Date.parse(leaf.validTo) < now) return `the certificate is not valid now (${leaf.validFrom} - ${leaf.validTo})`;
  for (let i = 0; i < certs.length; i += 1) {
    const cert = certs[i] as X509Certificate;
    const anchor = anchors.find((a) => cert.checkIssued(a) && cert.verify(a.publicKey));
    if (anchor || anchors.some((a) => a.fingerprint256 === cert.fingerprint256)) return undefined;
    const issuer = certs[i + 1];
    if (!issuer || !cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) return `'${cert.subject.replace(/\n/g, ', ')}' does not chain to the expected root`;
  }
  return 'it does not end at the expected root';
}
