/**
 * Reusable states of OCPP 2.0.1 Part 6 (section 2.18), charging station under test: the harness
 * plays the CSMS. Written once, called by the cases and by the general preconditions.
 */
import { adviseUnless, CaseFailure, CaseInconclusive, connectorCount, type CaseContext, type IdTokenSpec, type Payload, type ReceivedCall, type Received } from '../../kit.js';
import { configure, txSession, validToken } from './charging-session.cs.js';
import { idTokenOf } from './id-token.js';
import { authorized, evConnectedPreSession, parkingBayOccupied, parkingBayUnoccupied } from './transaction-states.cs.js';

export interface BootedOptions {
  /** 'powerCycle' (manual action, default) or 'reset' (steps 1-2: ResetRequest Immediate). */
  via?: 'powerCycle' | 'reset';
  /** Requirement blamed for a wrong boot reason. */
  reasonRequirement?: string;
  expectedReason?: string;
  /**
   * The reason is not an official tool validation here (Booted after a power cycle validates the reset,
   * the connector states and the security event, not the reason: Part 6 Table 423): a wrong one is an advisory.
   */
  reasonAdvisory?: boolean;
  /** The status each connector reports after the boot (default Available), and the requirement blamed otherwise. */
  connectorStatus?: ExpectedStatus;
  statusRequirement?: string;
  /** Steps 7-8, SecurityEventNotification StartupOfTheDevice / ResetOrReboot (default true; false for cases whose steps end earlier). */
  securityEvent?: boolean;
}

/** A connector status, or the status per connector (evseId, connectorId). */
export type ExpectedStatus = string | ((evseId: number, connectorId: number) => string);

/**
 * Reusable State Booted: the station reboots, sends BootNotification (answered Accepted),
 * reports every connector Available, and sends SecurityEventNotification StartupOfTheDevice or ResetOrReboot.
 */
export async function booted(ctx: CaseContext<'2.0.1', 'CS'>, options: BootedOptions = {}): Promise<Received<'2.0.1', 'BootNotification'>> {
  const { sut, operator, expect, ics } = ctx;
  // Observed, not assumed: the boot that answers the reboot comes on a connection opened after it was asked for.
  const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.bootMs, requirement: 'B01.FR.01', connectedSince: Date.now() });
  if (options.via === 'reset') {
    const res = await sut.call('Reset', { type: 'Immediate' });
    expect(res.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
  } else {
    await operator.do('powerCycle');
  }
  return bootAccepted(ctx, boot, options);
}

/**
 * Steps 3-8 of Booted, for a reboot the case triggered itself (arm `boot` before the trigger): the
 * BootNotification is answered Accepted, every connector reports its state, then the security event.
 */
export async function bootAccepted(ctx: CaseContext<'2.0.1', 'CS'>, boot: Promise<Received<'2.0.1', 'BootNotification'>>, options: BootedOptions = {}): Promise<Received<'2.0.1', 'BootNotification'>> {
  const { sut, expect, ics } = ctx;
  const bootCall = await boot;
  if (options.expectedReason && options.reasonAdvisory) {
    adviseUnless(ctx, bootCall.payload.reason === options.expectedReason,
      `BootNotificationRequest reason is ${JSON.stringify(bootCall.payload.reason)}, expected ${options.expectedReason}`, options.reasonRequirement ?? 'B01.FR.09');
  } else if (options.expectedReason) {
    expect(bootCall.payload.reason, `${options.reasonRequirement ?? 'B01.FR.09'}: BootNotificationRequest reason`).to.equal(options.expectedReason);
  }
  bootCall.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  await connectorsAvailable(ctx, options.connectorStatus, options.statusRequirement);
  if (options.securityEvent === false) return bootCall;
  // Security events queued before the reboot (e.g. InvalidCsmsCertificate from a refused TLS attempt) may come first:
  // A04 delivers them once connected; they are not the boot's.
  const sec = await sut.expectCall('SecurityEventNotification', {
    requirement: 'A04.FR.01', describe: 'StartupOfTheDevice or ResetOrReboot, after boot',
    filter: (p) => p.type === 'StartupOfTheDevice' || p.type === 'ResetOrReboot',
  });
  expect(sec.payload.type, 'A04.FR.01: SecurityEventNotificationRequest type').to.be.oneOf(['StartupOfTheDevice', 'ResetOrReboot']);
  return bootCall;
}

/** Step "The Charging Station notifies the CSMS about the current state of all connectors": StatusNotification or NotifyEvent AvailabilityState per connector. */
export async function connectorsAvailable(ctx: CaseContext<'2.0.1', 'CS'>, expected: ExpectedStatus = 'Available', requirement = 'B01.FR.05'): Promise<Array<ReceivedCall<Payload>>> {
  const want = (evseId: unknown, connectorId: unknown) => (typeof expected === 'function' ? expected(Number(evseId), Number(connectorId)) : expected);
  const { sut, expect, ics } = ctx;
  const seen = new Set<string>();
  const calls: Array<ReceivedCall<Payload>> = [];
  while (seen.size < connectorCount(ics)) {
    const call = await sut.expectCall(['StatusNotification', 'NotifyEvent'], {
      requirement,
      describe: `(connector state ${seen.size + 1}/${connectorCount(ics)})`,
      filter: (p) => 'connectorStatus' in p || availabilityEvent(p) !== undefined,
    });
    calls.push(call);
    if (call.action === 'StatusNotification') {
      expect(call.payload.evseId, `${requirement}: StatusNotificationRequest evseId not 0`).to.not.equal(0);
      expect(call.payload.connectorId, `${requirement}: StatusNotificationRequest connectorId not 0`).to.not.equal(0);
      expect(call.payload.connectorStatus, `${requirement}: StatusNotificationRequest connectorStatus`).to.equal(want(call.payload.evseId, call.payload.connectorId));
      seen.add(`${String(call.payload.evseId)}/${String(call.payload.connectorId)}`);
    } else {
      const ev = availabilityEvent(call.payload);
      expect(ev?.trigger, `${requirement}: NotifyEventRequest eventData[0].trigger`).to.equal('Delta');
      expect(ev?.actualValue, `${requirement}: NotifyEventRequest eventData[0].actualValue`).to.equal(want(ev?.component?.evse?.id, ev?.component?.evse?.connectorId));
      seen.add(`${String(ev?.component?.evse?.id)}/${String(ev?.component?.evse?.connectorId)}`);
    }
  }
  return calls;
}

interface EventDatum { trigger?: string; actualValue?: string; component?: { name?: string; evse?: { id?: number; connectorId?: number } }; variable?: { name?: string } }

function availabilityEvent(p: Payload): EventDatum | undefined {
  const data = (p.eventData as EventDatum[] | undefined) ?? [];
  return data.find((d) => d.component?.name === 'Connector' && d.variable?.name === 'AvailabilityState');
}

/** Memory State IdTokenCached: a session with `token` (answered Accepted, with `groupIdToken`) leaves it in the Authorization Cache. */
export async function idTokenCached(ctx: CaseContext<'2.0.1', 'CS'>, token: IdTokenSpec = validToken(ctx), groupIdToken?: IdTokenSpec): Promise<void> {
  const s = txSession(ctx);
  // 1-2. ParkingBayOccupied, Authorized (A 3-4: EVConnectedPreSession, ParkingBayUnoccupied).
  await parkingBayOccupied(ctx);
  await authorized(ctx, { token, ...(groupIdToken ? { groupIdToken } : {}) });
  await evConnectedPreSession(ctx);
  await parkingBayUnoccupied(ctx);
  // The next session starts afresh.
  Object.assign(s, { state: 'Idle', authorized: false });
}

/**
 * Memory State IdTokenCached established for a case that only needs the token in the cache, never graded: the cache
 * is cleared first (a token an earlier case cached would be authorized from the cache, without the AuthorizeRequest
 * the state's session waits for), and a station that cannot be brought there leaves the case INCONCLUSIVE.
 */
/**
 * Runs the steps of a Memory State: they are preconditions, never graded (Part 6 "Before"). A station
 * that does not reach the state (a check failed: CaseFailure, or a failed expect: chai's AssertionError)
 * leaves the case INCONCLUSIVE naming the state; anything else (a harness error) passes through.
 */
export async function asMemoryState<T>(state: string, steps: () => Promise<T>): Promise<T> {
  try {
    return await steps();
  } catch (err) {
    if (err instanceof CaseFailure || (err instanceof Error && err.name === 'AssertionError')) {
      throw new CaseInconclusive(`Memory State ${state} could not be established: ${err.message}`);
    }
    throw err;
  }
}

export async function establishIdTokenCached(
  ctx: CaseContext<'2.0.1', 'CS'>, token: IdTokenSpec = validToken(ctx), options: { groupIdToken?: IdTokenSpec; keepCache?: boolean } = {},
): Promise<void> {
  // keepCache: a second token joins the one the case just cached (TC_C_41_CS caches two).
  if (!options.keepCache) await ctx.sut.callRaw('ClearCache', {});
  await asMemoryState('IdTokenCached', () => idTokenCached(ctx, token, options.groupIdToken));
}

/**
 * Memory State IdTokenLocalAuthList (Part 6 Table 444; errata 2025-09 6.2.121 adds the Configuration State
 * LocalAuthListCtrlr.Enabled true, if implemented): SendLocalListRequest Full with `token`, answered Accepted.
 */
export async function idTokenLocalAuthList(ctx: CaseContext<'2.0.1', 'CS'>, token: IdTokenSpec = validToken(ctx), versionNumber = 1): Promise<void> {
  await configure(ctx, [{ component: 'LocalAuthListCtrlr', variable: 'Enabled', value: 'true', optional: true }]);
  // 1-2. SendLocalListRequest updateType Full with the token: Accepted (a precondition: not graded).
  await asMemoryState('IdTokenLocalAuthList', async () => {
    const res = await ctx.sut.call('SendLocalList', {
      versionNumber, updateType: 'Full',
      localAuthorizationList: [{ idToken: idTokenOf(token), idTokenInfo: { status: 'Accepted' } }],
    });
    ctx.expect(res.status, 'D01.FR.02: SendLocalListResponse status (Memory State IdTokenLocalAuthList)').to.equal('Accepted');
  });
}

/**
 * Not graded: an empty Local Authorization List (SendLocalListRequest Full without entries), where the station has
 * one. Establishes "an idToken that is not in the Local Authorization List" and undoes IdTokenLocalAuthList.
 */
export async function localListEmptied(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  if (!implementsLocalAuthList(ctx)) return;
  await ctx.sut.callRaw('SendLocalList', { versionNumber: 1, updateType: 'Full' }).catch(() => undefined);
}

/** The Part 5 / profile claims behind the "(If implemented)" of the authorization memory states. */
export const implementsAuthCache = (ctx: CaseContext<'2.0.1', 'CS'>): boolean => ctx.ics.features.includes('C-49');
export const implementsLocalAuthList = (ctx: CaseContext<'2.0.1', 'CS'>): boolean => ctx.ics.profiles.includes('Local Authorization List Management');

// --- H. Reservation -----------------------------------------------------------------------------------------

let lastReservationId = Math.floor(Date.now() / 1000) % 100_000 * 10;

export interface ReservedOptions {
  /** <Specified evseId> (default: the configured EVSE, the first of the ICS). */
  evseId?: number;
  /** <Specified valid_idtoken> (default: the configured valid idToken). */
  token?: IdTokenSpec;
  /** How long until expiryDateTime (default 10 minutes: the reservation outlives the case, which cancels it). */
  expiresInMs?: number;
}

/**
 * Reusable State Reserved (Part 6 2.18): ReserveNow for the EVSE (Accepted); the station reports the EVSE's
 * connectors Reserved (StatusNotification or NotifyEvent AvailabilityState). Returns the reservation id.
 */
export async function reserved(ctx: CaseContext<'2.0.1', 'CS'>, options: ReservedOptions = {}): Promise<number> {
  const { sut, expect, ics } = ctx;
  const evseId = options.evseId ?? ics.evses[0]?.id ?? 1;
  const connectors = ics.evses.find((e) => e.id === evseId)?.connectors ?? 1;
  const token = options.token ?? validToken(ctx);
  const id = (lastReservationId += 10);
  // 1-2. ReserveNowRequest for the EVSE: Accepted.
  const res = await sut.call('ReserveNow', {
    id, evseId, expiryDateTime: new Date(Date.now() + (options.expiresInMs ?? 600_000)).toISOString(), idToken: idTokenOf(token),
  });
  expect(res.status, 'H01.FR.03: ReserveNowResponse status').to.equal('Accepted');
  // 3-4. Every connector of the EVSE reports Reserved (the EVSE component's own AvailabilityState is optional).
  const seen = new Set<number>();
  while (seen.size < connectors) {
    const call = await sut.expectCall(['StatusNotification', 'NotifyEvent'], {
      requirement: 'H01.FR.03', describe: `(connector of EVSE ${evseId} Reserved ${seen.size + 1}/${connectors})`,
      filter: (p) => ('connectorStatus' in p && p.connectorStatus === 'Reserved') || availabilityEvent(p)?.actualValue === 'Reserved',
    });
    if (call.action === 'StatusNotification') {
      expect(call.payload.evseId, 'H01.FR.03: StatusNotificationRequest evseId').to.equal(evseId);
      expect(call.payload.connectorId, 'H01.FR.03: StatusNotificationRequest connectorId not 0').to.not.equal(0);
      seen.add(Number(call.payload.connectorId));
    } else {
      const ev = availabilityEvent(call.payload);
      expect(ev?.trigger, 'H01.FR.03: NotifyEventRequest eventData[0].trigger').to.equal('Delta');
      expect(ev?.component?.evse?.id, 'H01.FR.03: NotifyEventRequest eventData[0].component.evse.id').to.equal(evseId);
      seen.add(Number(ev?.component?.evse?.connectorId));
    }
  }
  return id;
}
