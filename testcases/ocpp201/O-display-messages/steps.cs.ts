/**
 * Helpers of block O (Display Messages, Advanced User Interface), charging station under test: the
 * configured message of Part 6 (priority and format the station claims in its ICS), the messages a case
 * sets (cleared afterwards, ungraded, so the next case finds the station as before) and the
 * NotifyDisplayMessages report of a GetDisplayMessages.
 */
import { CaseFailure, CaseInconclusive, type CaseContext, type Payload, type ReceivedCall, type Request, type Response } from '../../kit.js';
import { later, txSession } from '../_shared/charging-session.cs.js';
import { configuredText } from '../_shared/configured.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;
export type MessageInfo = Request<'2.0.1', 'SetDisplayMessage'>['message'];
type Priority = MessageInfo['priority'];
type Format = MessageInfo['message']['format'];
/** A message as the station reports it in NotifyDisplayMessages. */
export type ReportedMessage = NonNullable<Request<'2.0.1', 'NotifyDisplayMessages'>['messageInfo']>[number];

/** Part 5 UI-1 / UI-2 features and the priority / format each stands for. */
const PRIORITIES: Array<[string, Priority]> = [['UI-1.3', 'NormalCycle'], ['UI-1.2', 'InFront'], ['UI-1.1', 'AlwaysFront']];
const FORMATS: Array<[string, Format]> = [['UI-2.4', 'UTF8'], ['UI-2.1', 'ASCII'], ['UI-2.2', 'HTML'], ['UI-2.3', 'URI']];

/** <Configured priority>: the config's, else a priority the station claims (UI-1), NormalCycle first. */
export function configuredPriority(ctx: Ctx): Priority {
  return configuredText(ctx, 'displayMessagePriority', () => PRIORITIES.find(([f]) => ctx.ics.features.includes(f))?.[1] ?? 'NormalCycle') as Priority;
}

/** A second priority the station claims, other than <Configured priority> (TC_O_35_CS), if any. */
export function secondPriority(ctx: Ctx): Priority | undefined {
  return PRIORITIES.find(([f, p]) => ctx.ics.features.includes(f) && p !== configuredPriority(ctx))?.[1];
}

/** <Configured format>: the config's, else a format the station claims (UI-2), UTF8 first. */
export function configuredFormat(ctx: Ctx): Format {
  return configuredText(ctx, 'displayMessageFormat', () => FORMATS.find(([f]) => ctx.ics.features.includes(f))?.[1] ?? 'UTF8') as Format;
}

/** <Configured Unsupported Message Format> (TC_O_19_CS, errata 2025-09 6.2.111; its condition: not every UI-2 option): the config's, else one the ICS does not claim. */
export function unsupportedFormat(ctx: Ctx): Format {
  return configuredText(ctx, 'unsupportedDisplayMessageFormat', () => FORMATS.find(([f]) => !ctx.ics.features.includes(f))?.[1] ?? 'URI') as Format;
}

/** <Configured display component variable> (errata 2025-09 6.2.111): `name` or `name:instance`; undefined (message.display omitted) when left empty. */
export function configuredDisplay(ctx: Ctx): MessageInfo['display'] {
  const text = configuredText(ctx, 'displayMessageDisplay').trim();
  if (text === '') return undefined;
  const [name = '', instance] = text.split(':');
  return instance === undefined || instance === '' ? { name } : { name, instance };
}

/** <Configured unsupported_display_message_priority> (TC_O_17_CS; its condition: not every UI-1 option): the config's, else one the ICS does not claim. */
export function unsupportedPriority(ctx: Ctx): Priority {
  return configuredText(ctx, 'unsupportedDisplayMessagePriority', () => PRIORITIES.find(([f]) => !ctx.ics.features.includes(f))?.[1] ?? 'AlwaysFront') as Priority;
}

type State = NonNullable<MessageInfo['state']>;

/** The harness's own ICS feature of a station that lacks a message state (Part 5 has none; O02.FR.04 allows it). */
export const LACKS_STATE = 'LacksDisplayMessageState';
/** <Configured unsupported_display_message_state> of TC_O_18_CS (the config's unsupportedDisplayMessageState). */
export const unsupportedState = (ctx: Ctx): State => configuredText(ctx, 'unsupportedDisplayMessageState') as State;

/** <Configured display_message_state> (the config's displayMessageState). */
export const configuredState = (ctx: Ctx): State => configuredText(ctx, 'displayMessageState') as State;
/** <Configured display_message_2_state> (the config's displayMessageState2). */
export const secondState = (ctx: Ctx): State => configuredText(ctx, 'displayMessageState2') as State;

/** <Configured content> (the config's displayMessageContent). */
export const configuredContent = (ctx: Ctx): string => configuredText(ctx, 'displayMessageContent');

/** <Generated displayMessageId>: unique within a run, apart from the ids other cases use. */
let nextId = (Math.floor(Date.now() / 1000) % 100_000) * 10 + 7;
export const newMessageId = (): number => (nextId += 10);

/** <Generated requestId> of GetDisplayMessages; the issued ones tell an old report from this one's. */
const issued = new Set<number>();
let nextRequestId = (Math.floor(Date.now() / 1000) % 100_000) * 10 + 3;
export function newRequestId(): number {
  nextRequestId += 10;
  issued.add(nextRequestId);
  return nextRequestId;
}

/**
 * The configured message (errata 2025-09 6.2.111, also its Memory State SetDisplayMessage): <Generated displayMessageId>,
 * <Configured priority>, message.display <Configured display component variable> (omitted when left empty), format and
 * content; `extra` on top.
 */
export function configuredMessage(ctx: Ctx, extra: Partial<MessageInfo> = {}): MessageInfo {
  const display = configuredDisplay(ctx);
  return {
    id: newMessageId(), priority: configuredPriority(ctx), ...(display ? { display } : {}),
    message: { format: configuredFormat(ctx), content: configuredContent(ctx) }, ...extra,
  };
}

/** Runs a display message case; the messages it set (`made`) are cleared afterwards, ungraded. */
export async function displayCase(ctx: Ctx, body: (made: number[]) => Promise<void>): Promise<void> {
  const made: number[] = [];
  try {
    await body(made);
  } finally {
    for (const id of made) {
      if (!ctx.sut.isConnected()) break;
      await ctx.sut.callRaw('ClearDisplayMessage', { id }).catch(() => undefined);
    }
  }
}

/** SetDisplayMessageRequest with `message`; an Accepted message is cleared after the case. */
export async function setMessage(ctx: Ctx, made: number[], message: MessageInfo): Promise<Response<'2.0.1', 'SetDisplayMessage'>> {
  const res = await ctx.sut.call('SetDisplayMessage', { message });
  if (res.status === 'Accepted') made.push(message.id);
  return res;
}

/** Memory State "a display message is configured": established, not graded (a refusal is INCONCLUSIVE). */
export async function memoryConfigured(ctx: Ctx, made: number[], message: MessageInfo): Promise<MessageInfo> {
  const res = await ctx.sut.callRaw('SetDisplayMessage', { message });
  const status = res.kind === 'result' ? String(res.payload.status) : `CALLERROR ${res.kind === 'error' ? res.errorCode : res.kind}`;
  if (status !== 'Accepted') throw new CaseInconclusive(`Memory State (a display message is configured) could not be established: SetDisplayMessage answered ${status}`);
  made.push(message.id);
  return message;
}

/**
 * "The Charging Station sends a NotifyDisplayMessagesRequest / the OCTT responds", repeated while tbc:
 * every part carries `requestId` (`requirement`); returns the messages reported.
 */
export async function collectMessages(ctx: Ctx, requestId: number, requirement: string): Promise<ReportedMessage[]> {
  const { sut, expect } = ctx;
  const messages: ReportedMessage[] = [];
  for (let part = 1; ; part += 1) {
    // Reports of an earlier request (a case that failed before its report ended) are not this one's.
    const notify = await sut.expectCall('NotifyDisplayMessages', {
      requirement, describe: `(report part ${part})`, filter: (p) => p.requestId === requestId || !issued.has(Number(p.requestId)),
    });
    expect(notify.payload.requestId, `${requirement}: NotifyDisplayMessagesRequest requestId`).to.equal(requestId);
    messages.push(...(notify.payload.messageInfo ?? []));
    if (notify.payload.tbc !== true) return messages;
  }
}

/** The reported message with `id`, if any. */
export const reported = (messages: ReportedMessage[], id: number): ReportedMessage | undefined => messages.find((m) => m.id === id);

/** <Configured language>: the EV driver's preferred language (RFC 5646) of TC_O_15_CS, one the station is asked to show. */
export const driverLanguage = (ctx: Ctx): string => configuredText(ctx, 'driverLanguage');
/** <Configured Message> of TC_O_15_CS, in <Configured language>. */
export const driverLanguageMessage = (ctx: Ctx): string => configuredText(ctx, 'driverLanguageMessage');

/**
 * "GetDisplayMessagesRequest with id <Generated displayMessageId>" and the NotifyDisplayMessagesRequest that
 * follows (repeated while tbc): Accepted (O04.FR.01), the report carries the requestId; returns the message reported.
 */
export async function getReported(ctx: Ctx, id: number): Promise<ReportedMessage | undefined> {
  const requestId = newRequestId();
  const report = later(collectMessages(ctx, requestId, 'O04.FR.04'));
  const get = await ctx.sut.call('GetDisplayMessages', { id: [id], requestId });
  ctx.expect(get.status, 'O04.FR.01: GetDisplayMessagesResponse status').to.equal('Accepted');
  return reported(await report, id);
}

/** A StatusNotification, or a NotifyEvent on a Connector's AvailabilityState (trigger Delta), reporting `status`: its connector key. */
function connectorReport(p: Payload, status: string): string | undefined {
  if ('connectorStatus' in p) return p.connectorStatus === status ? `${String(p.evseId)}/${String(p.connectorId)}` : undefined;
  type Datum = { trigger?: string; actualValue?: string; component?: { name?: string; evse?: { id?: number; connectorId?: number } }; variable?: { name?: string } };
  const d = ((p.eventData as Datum[] | undefined) ?? []).find((e) => e.component?.name === 'Connector' && e.variable?.name === 'AvailabilityState');
  return d && d.actualValue === status && d.trigger === 'Delta' ? `${String(d.component?.evse?.id)}/${String(d.component?.evse?.connectorId)}` : undefined;
}

/** "The Charging Station notifies the CSMS about the current state of all its connectors": one report with `status` per connector (armed now). */
export function allConnectorsReport(ctx: Ctx, status: string, requirement: string): Promise<ReceivedCall[]> {
  const wanted = new Set(ctx.ics.evses.flatMap((e) => Array.from({ length: Math.max(1, e.connectors) }, (_v, i) => `${e.id}/${i + 1}`)));
  const seen = new Set<string>();
  return later((async () => {
    const calls: ReceivedCall[] = [];
    while (seen.size < wanted.size) {
      const call: ReceivedCall = await ctx.sut.expectCall(['StatusNotification', 'NotifyEvent'], {
        requirement, describe: `(connector ${status} ${seen.size + 1}/${wanted.size})`,
        filter: (p) => { const k = connectorReport(p, status); return k !== undefined && wanted.has(k) && !seen.has(k); },
      });
      seen.add(connectorReport(call.payload, status) ?? '');
      calls.push(call);
    }
    return calls;
  })());
}

/** ChangeAvailabilityRequest for the whole station to `operationalStatus`: Accepted, then every connector reports `status`. */
export async function stationAvailability(ctx: Ctx, operationalStatus: 'Operative' | 'Inoperative', status: string, requirements: [string, string]): Promise<void> {
  const reports = allConnectorsReport(ctx, status, requirements[1]);
  const res = await ctx.sut.call('ChangeAvailability', { operationalStatus }, { requirement: requirements[0] });
  ctx.expect(res.status, `${requirements[0]}: ChangeAvailabilityResponse status`).to.equal('Accepted');
  await reports;
}

/** After a case that made the station Unavailable: Operative again (best effort, not judged). */
export async function stationOperativeAgain(ctx: Ctx): Promise<void> {
  if (ctx.sut.isConnected()) await ctx.sut.callRaw('ChangeAvailability', { operationalStatus: 'Operative' }).catch(() => undefined);
}

/** Charging State "State is EnergyTransferStarted": established, not graded (INCONCLUSIVE otherwise); returns <Received transactionId>. */
export async function chargingBefore(ctx: Ctx): Promise<string> {
  try {
    await energyTransferStarted(ctx);
  } catch (err) {
    if (!(err instanceof CaseFailure)) throw err;
    throw new CaseInconclusive(`Charging State EnergyTransferStarted could not be established: ${err.message}`);
  }
  const { transactionId } = txSession(ctx);
  if (transactionId === undefined) throw new CaseInconclusive('Charging State EnergyTransferStarted: no transactionId received');
  return transactionId;
}

/**
 * The second message of a case (TC_O_22/24/30/32_CS): <Generated displayMessage2Id>, content <Configured message
 * with a " 2" extended to it>, otherwise as `first`.
 */
export const secondMessage = (first: MessageInfo): MessageInfo => ({ ...first, id: newMessageId(), message: { ...first.message, content: `${first.message.content} 2` } });

/** GetDisplayMessagesRequest with `id` alone, expecting `status` (`requirement`). */
export async function getStatus(ctx: Ctx, id: number, status: 'Accepted' | 'Unknown', requirement: string, what = ''): Promise<void> {
  const get = await ctx.sut.call('GetDisplayMessages', { id: [id], requestId: newRequestId() });
  ctx.expect(get.status, `${requirement}: GetDisplayMessagesResponse status${what}`).to.equal(status);
}

/** A NotifyEvent's eventData[0] as TC_O_39_CS reads it (errata 2025-09 6.2.115). */
type AvailabilityDatum = { trigger?: string; actualValue?: string; component?: { name?: string; evse?: { id?: number; connectorId?: number } }; variable?: { name?: string } };

/**
 * Errata 2025-09 6.2.115 (TC_O_39_CS steps 3 and 5): "at least one of" a StatusNotificationRequest with connectorStatus in
 * `connector`, a NotifyEventRequest whose eventData[0] is a Connector's AvailabilityState (trigger Delta, evse and connector
 * given) in `connector`, or the ChargingStation's AvailabilityState (trigger Delta, no evse) equal to `station`.
 */
export function availabilityChanged(p: Payload, connector: readonly string[], station: string): boolean {
  if ('connectorStatus' in p) return connector.includes(String(p.connectorStatus));
  const d = (p.eventData as AvailabilityDatum[] | undefined)?.[0];
  if (!d || d.trigger !== 'Delta' || d.variable?.name !== 'AvailabilityState') return false;
  const evse = d.component?.evse;
  if (d.component?.name === 'Connector') return evse?.id !== undefined && evse.connectorId !== undefined && connector.includes(String(d.actualValue));
  return d.component?.name === 'ChargingStation' && evse === undefined && d.actualValue === station;
}

/** The station's status-change report of `availabilityChanged`, armed now (before the Manual Action that causes it). */
export function statusChange(ctx: Ctx, connector: readonly string[], station: string, step: string): Promise<ReceivedCall> {
  return later(ctx.sut.expectCall(['StatusNotification', 'NotifyEvent'], {
    requirement: `TC_O_39_CS ${step}`, describe: `(the station reports ${connector.join(' or ')})`,
    filter: (p) => availabilityChanged(p, connector, station),
  }));
}
