import { CaseInconclusive, CaseNotApplicable, connectorCount, type CaseContext, type Payload, type Received } from '../../kit.js';
/**
 * Reusable states for OCPP 1.6, charge point under test: the harness plays the Central System.
 * Written once, called by the cases and by the general preconditions. The harness remembers what
 * it changed on the charge point (transactions, cable, faults, availability, configuration keys,
 * network) so the general preconditions can bring it back to idle before the next case.
 */

/** 1.6 ConnectorStatus values. */
export type ConnectorStatus = 'Available' | 'Preparing' | 'Charging' | 'SuspendedEV' | 'SuspendedEVSE' | 'Finishing' | 'Reserved' | 'Unavailable' | 'Faulted';

/** What the harness did to the charge point and has not undone yet (per session). */
export interface Residue {
  /** Running transactions: transactionId -> connectorId. */
  transactions: Map<number, number>;
  plugged: Set<number>;
  /** Connectors authorized for an idTag, waiting for a cable (Preparing). */
  authorized: Map<number, string>;
  faulted: Set<number>;
  /** ConnectorIds set Inoperative (0 = the whole charge point). */
  unavailable: Set<number>;
  /** Configuration keys changed, with their original value. */
  config: Map<string, string>;
  offline: boolean;
  /** The security profile before a case changed it over OCPP (only an operator can lower it again, A00.FR.005). */
  securityProfile?: number;
  nextTransactionId: number;
  /** The once-per-session general preconditions (MinimumStatusDuration 0) are set. */
  generalSet?: boolean;
}

const residues = new WeakMap<object, Residue>();

/** What the harness changed on this charge point and has not undone (for the general preconditions, idle.cs.ts). */
export function residue(ctx: CaseContext<'1.6', 'CS'>): Residue {
  let r = residues.get(ctx.sut);
  if (!r) {
    r = { transactions: new Map(), plugged: new Set(), authorized: new Map(), faulted: new Set(), unavailable: new Set(), config: new Map(), offline: false, nextTransactionId: 1001 };
    residues.set(ctx.sut, r);
  }
  return r;
}

// --- small helpers -------------------------------------------------------------------------------

/**
 * Marks a promise as observed: an expectation armed ahead of the action that triggers it may be
 * left behind when an earlier step fails, and its later rejection must not be an unhandled one.
 * Awaiting it still gives the rejection.
 */
export function pending<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** The connector the cases use: the first one of the ICS (1.6 numbers connectors 1..n). */
export function connectorOf(ctx: CaseContext<'1.6', 'CS'>): number {
  return ctx.ics.evses[0]?.id ?? 1;
}

/** Every connectorId > 0 of the charge point. */
export function connectorIds(ctx: CaseContext<'1.6', 'CS'>): number[] {
  return Array.from({ length: connectorCount(ctx.ics) }, (_v, i) => i + 1);
}

export function validTag(ctx: CaseContext<'1.6', 'CS'>): string {
  return ctx.ics.idTokens.valid.idToken;
}

export function invalidTag(ctx: CaseContext<'1.6', 'CS'>): string {
  return ctx.ics.idTokens.invalid.idToken;
}

/** How long the charge point may take for one message. */
export function messageMs(ctx: CaseContext<'1.6', 'CS'>): number {
  return ctx.ics.timeouts.messageMs;
}

/** A short interval (s) for ConnectionTimeOut, MeterValueSampleInterval...: as short as the message timeout allows. */
export function shortInterval(ctx: CaseContext<'1.6', 'CS'>): number {
  return Math.max(2, Math.ceil(messageMs(ctx) / 1000));
}

export interface StatusOptions {
  connectorId?: number;
  timeoutMs?: number;
  requirement?: string;
}

/** Waits for a StatusNotification of the connector with one of `statuses` (other statuses in between are allowed, 1.6 4.9). */
export function expectStatus(ctx: CaseContext<'1.6', 'CS'>, statuses: ConnectorStatus | readonly ConnectorStatus[], options: StatusOptions = {}): Promise<Received<'1.6', 'StatusNotification'>> {
  const list: readonly string[] = typeof statuses === 'string' ? [statuses] : statuses;
  const connectorId = options.connectorId ?? connectorOf(ctx);
  return ctx.sut.expectCall('StatusNotification', {
    filter: (p) => p.connectorId === connectorId && list.includes(String(p.status)),
    timeoutMs: options.timeoutMs ?? messageMs(ctx) * 2,
    requirement: options.requirement ?? '4.9',
    describe: `(connector ${connectorId} ${list.join(' or ')})`,
  });
}

// --- configuration -------------------------------------------------------------------------------

/** GetConfiguration for `keys`: the known ones with their value, and the unknown ones. */
export async function getConfiguration(ctx: CaseContext<'1.6', 'CS'>, keys: readonly string[]): Promise<{ values: Map<string, { value?: string; readonly: boolean }>; unknown: string[] }> {
  const res = await ctx.sut.call('GetConfiguration', keys.length ? { key: [...keys] } : {}, { requirement: '5.8' });
  const values = new Map<string, { value?: string; readonly: boolean }>();
  for (const k of (res.configurationKey as Payload[] | undefined) ?? []) {
    values.set(String(k.key), { readonly: k.readonly === true, ...(typeof k.value === 'string' ? { value: k.value } : {}) });
  }
  return { values, unknown: ((res.unknownKey as string[] | undefined) ?? []).map(String) };
}

export interface SetConfigurationOptions {
  /** The key is optional or may be read-only (e.g. AuthorizeRemoteTxRequests "R or RW"): when it cannot be set the case does not apply. */
  optional?: boolean;
  requirement?: string;
  /**
   * The change is one of the case's own steps with a validation (TC_021: ChangeConfiguration.conf Accepted): a refusal
   * FAILs. Otherwise it sets up the case's precondition, never graded: a refusal is INCONCLUSIVE.
   */
  graded?: boolean;
  /** The value is `configured.<name>`: Rejected (1.6 5.3 allows it) leaves the case INCONCLUSIVE naming it (issue 12 section 2). */
  configured?: string;
}

/**
 * Sets a configuration key the case needs (ChangeConfiguration), remembering the original value
 * so the general preconditions restore it. Nothing is sent when the key already has the value.
 */
export async function setConfiguration(ctx: CaseContext<'1.6', 'CS'>, key: string, value: string, options: SetConfigurationOptions = {}): Promise<void> {
  const r = residue(ctx);
  const { values, unknown } = await getConfiguration(ctx, [key]);
  const current = values.get(key);
  if (!current || unknown.includes(key)) {
    if (options.optional) throw new CaseNotApplicable(`the charge point does not have the configuration key ${key}`);
    if (options.graded) ctx.fail(`the charge point does not report the required configuration key ${key}`, options.requirement ?? '9.1');
    // The case's precondition, never one of its validations (a Core key missing breaks 9.1, which other cases check).
    throw new CaseInconclusive(`precondition not established: the charge point does not report the configuration key ${key} the case needs${options.requirement ? ` (${options.requirement})` : ' (OCPP 1.6 9.1)'}`);
  }
  if (current.value !== undefined && current.value.toLowerCase() === value.toLowerCase()) return;
  const res = await ctx.sut.call('ChangeConfiguration', { key, value }, { requirement: '5.3' });
  if (res.status === 'Accepted') {
    if (!r.config.has(key) && current.value !== undefined) r.config.set(key, current.value);
    return;
  }
  if (options.optional || current.readonly) throw new CaseNotApplicable(`the charge point cannot set ${key} to ${value} (ChangeConfiguration ${String(res.status)})`);
  if (options.configured && res.status === 'Rejected') {
    throw new CaseInconclusive(`the charge point refused ${key}=${value} (ChangeConfiguration Rejected), the configured value ${options.configured} this case needs: set configured.${options.configured} in the config file to a value it accepts`);
  }
  if (options.graded) ctx.fail(`ChangeConfiguration ${key}=${value} was answered ${String(res.status)}, not Accepted`, options.requirement ?? '5.3');
  throw new CaseInconclusive(`precondition not established: ChangeConfiguration ${key}=${value} was answered ${String(res.status)}, not Accepted`
    + ' (if the charge point does not support this value, the case does not apply to it: check its ICS)');
}

/** A case changed `key` by other means (e.g. the interval of BootNotification.conf sets HeartbeatInterval): the general preconditions set `original` back. */
export function rememberConfiguration(ctx: CaseContext<'1.6', 'CS'>, key: string, original: string): void {
  const r = residue(ctx);
  if (!r.config.has(key)) r.config.set(key, original);
}

/**
 * Sets an optional key "(If implemented)": nothing happens when the charge point does not report it.
 * Returns whether the key is now set.
 */
export async function setConfigurationIfImplemented(ctx: CaseContext<'1.6', 'CS'>, key: string, value: string): Promise<boolean> {
  const { values } = await getConfiguration(ctx, [key]);
  if (!values.has(key)) {
    ctx.log(`${key} is not implemented: not set`);
    return false;
  }
  await setConfiguration(ctx, key, value);
  return true;
}

/** Undoes every configuration change the harness made (best effort). */
export async function restoreConfiguration(ctx: CaseContext<'1.6', 'CS'>): Promise<void> {
  const r = residue(ctx);
  for (const [key, value] of [...r.config]) {
    r.config.delete(key);
    await ctx.sut.callRaw('ChangeConfiguration', { key, value });
  }
}

// --- boot ----------------------------------------------------------------------------------------

export interface BootedOptions {
  /** What the connectors report after the boot (default Available), or per connectorId. */
  expected?: ConnectorStatus | readonly ConnectorStatus[] | ((connectorId: number) => ConnectorStatus | readonly ConnectorStatus[]);
  /** What connectorId 0 (the Charge Point itself) reports after the boot (default Available). */
  station?: ConnectorStatus | readonly ConnectorStatus[];
  /** 'powerCycle' (operator, default) or a Reset of this type. */
  via?: 'powerCycle' | 'Hard' | 'Soft';
}

/**
 * The boot every 1.6 case with a reboot writes (e.g. OCTT 1.6 §2.6.1 steps 7-10: "Send per connector and
 * connectorId=0"): the charge point (re)boots, sends BootNotification.req (answered Accepted) and reports
 * the status of every connector and of connectorId 0 (1.6 4.2, 4.9).
 */
export async function booted(ctx: CaseContext<'1.6', 'CS'>, options: BootedOptions = {}): Promise<Received<'1.6', 'BootNotification'>> {
  const { sut, operator, expect, ics } = ctx;
  // A BootNotification of an earlier power cycle, already answered, is not this boot's.
  sut.forgetReceived('BootNotification');
  // Observed, not assumed: the boot that answers the reboot comes on a connection opened after it was asked for.
  const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.bootMs, requirement: '4.2', connectedSince: Date.now() });
  const expectedOf = (c: number) => (typeof options.expected === 'function' ? options.expected(c) : options.expected ?? 'Available');
  if (options.via && options.via !== 'powerCycle') {
    const res = await sut.call('Reset', { type: options.via }, { requirement: '5.14' });
    expect(res.status, '5.14: Reset.conf status').to.equal('Accepted');
  } else {
    await operator.do('powerCycle');
  }
  const bootCall = await boot;
  expect(bootCall.payload.chargePointVendor, '4.2: BootNotification.req chargePointVendor').to.be.a('string').and.not.equal('');
  expect(bootCall.payload.chargePointModel, '4.2: BootNotification.req chargePointModel').to.be.a('string').and.not.equal('');
  bootCall.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  // Reports that arrive before these are armed wait in the case's inbox.
  await Promise.all([0, ...connectorIds(ctx)].map((c) => expectStatus(ctx, c === 0 ? options.station ?? 'Available' : expectedOf(c), { connectorId: c, requirement: '4.9' })));
  return bootCall;
}

// --- physical actions ----------------------------------------------------------------------------

/** The EV cable is plugged in: the connector goes Preparing (1.6 4.9 A2) unless told otherwise. */
export async function plugIn(ctx: CaseContext<'1.6', 'CS'>, expected: ConnectorStatus | readonly ConnectorStatus[] | null = 'Preparing', timeoutMs?: number): Promise<void> {
  const c = connectorOf(ctx);
  const status = expected ? expectStatus(ctx, expected, timeoutMs !== undefined ? { timeoutMs } : {}) : undefined;
  residue(ctx).plugged.add(c);
  residue(ctx).authorized.delete(c);
  await ctx.operator.do('plugIn', { connectorId: c });
  await status;
}

/** The EV cable is removed (at the EV side). */
export async function unplug(ctx: CaseContext<'1.6', 'CS'>, expected: ConnectorStatus | readonly ConnectorStatus[] | null = 'Available'): Promise<void> {
  const c = connectorOf(ctx);
  const status = expected ? expectStatus(ctx, expected) : undefined;
  await ctx.operator.do('unplug', { connectorId: c });
  residue(ctx).plugged.delete(c);
  await status;
}

export async function presentTag(ctx: CaseContext<'1.6', 'CS'>, idTag: string): Promise<void> {
  await ctx.operator.do('presentIdToken', { idToken: idTag, type: 'ISO14443', connectorId: connectorOf(ctx) });
}

/** The connector was authorized for `idTag` and waits for a cable: the general preconditions present it again to end that (4.9 B1). */
export function authorizedWithoutCable(ctx: CaseContext<'1.6', 'CS'>, idTag: string): void {
  residue(ctx).authorized.set(connectorOf(ctx), idTag);
}

/** The authorization without a cable ended (the idTag was presented again, or ConnectionTimeOut passed). */
export function deauthorized(ctx: CaseContext<'1.6', 'CS'>): void {
  residue(ctx).authorized.delete(connectorOf(ctx));
}

/** The case is about to change the security profile: the general preconditions set `original` back through the operator. */
export function securityProfileChanging(ctx: CaseContext<'1.6', 'CS'>, original: number): void {
  const r = residue(ctx);
  r.securityProfile ??= original;
}

/** The security profile is back to what it was. */
export function securityProfileRestored(ctx: CaseContext<'1.6', 'CS'>): void {
  delete residue(ctx).securityProfile;
}

export async function goOffline(ctx: CaseContext<'1.6', 'CS'>): Promise<void> {
  residue(ctx).offline = true;
  await ctx.operator.do('goOffline');
  await ctx.sut.expectDisconnect(messageMs(ctx), 'OCPP-J 5');
}

export async function goOnline(ctx: CaseContext<'1.6', 'CS'>): Promise<void> {
  await ctx.operator.do('goOnline');
  residue(ctx).offline = false;
  await ctx.sut.expectConnection(messageMs(ctx) * 3);
}

export async function causeFault(ctx: CaseContext<'1.6', 'CS'>, errorCode: string): Promise<void> {
  residue(ctx).faulted.add(connectorOf(ctx));
  await ctx.operator.do('causeFault', { connectorId: connectorOf(ctx), errorCode });
}

export async function clearFault(ctx: CaseContext<'1.6', 'CS'>): Promise<void> {
  await ctx.operator.do('clearFault', { connectorId: connectorOf(ctx) });
  residue(ctx).faulted.delete(connectorOf(ctx));
}

/** ChangeAvailability; the change is remembered so the general preconditions make the connector Operative again. */
export async function changeAvailability(ctx: CaseContext<'1.6', 'CS'>, connectorId: number, type: 'Operative' | 'Inoperative'): Promise<string> {
  const res = await ctx.sut.call('ChangeAvailability', { connectorId, type }, { requirement: '5.2' });
  if (type === 'Inoperative') residue(ctx).unavailable.add(connectorId);
  else if (res.status === 'Accepted') residue(ctx).unavailable.delete(connectorId);
  return String(res.status);
}
