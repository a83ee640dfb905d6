/**
 * Helpers of block O (Display Messages, Advanced User Interface), CSMS under test: the harness plays the
 * station. The operator asks the CSMS for each SetDisplayMessage / GetDisplayMessages / ClearDisplayMessage
 * (the hint names the configured values), the harness answers with the status of the case and, for a
 * GetDisplayMessages, reports its messages in NotifyDisplayMessages.
 */
import { adviseUnless, type CaseContext, type Payload, type Received, type Request, type Response } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { configuredText } from '../_shared/configured.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
export type MessageInfo = Request<'2.0.1', 'SetDisplayMessage'>['message'];
type SetStatus = Response<'2.0.1', 'SetDisplayMessage'>['status'];

/**
 * <Configured Priority>, <Configured Format>, <Configured State>, <Configured content> of the CSMS cases:
 * what the operator is asked to have the CSMS send (Part 6 leaves them to the test configuration).
 */
export function configuredDisplay(ctx: Ctx): { priority: MessageInfo['priority']; format: MessageInfo['message']['format']; state: NonNullable<MessageInfo['state']>; content: string } {
  return {
    // The table's enumerations (the config schema) hold these to the MessageInfo types.
    priority: configuredText(ctx, 'displayMessagePriority', () => 'NormalCycle') as MessageInfo['priority'],
    format: configuredText(ctx, 'displayMessageFormat', () => 'UTF8') as MessageInfo['message']['format'],
    state: configuredText(ctx, 'displayMessageState') as NonNullable<MessageInfo['state']>, content: configuredText(ctx, 'displayMessageContent'),
  };
}

/** The message the operator asks for: the configured priority, format and content, `extra` on top (state, times, transaction). */
export function askedMessage(ctx: Ctx, extra: Partial<MessageInfo> = {}): Payload {
  const c = configuredDisplay(ctx);
  return { priority: c.priority, message: { format: c.format, content: c.content }, ...extra };
}

/** Manual Action "Request the CSMS to send a SetDisplayMessageRequest" (hint: `message`); the harness answers `status`. */
export function setDisplayMessage(ctx: Ctx, status: SetStatus, message: Payload = askedMessage(ctx)): Promise<Received<'2.0.1', 'SetDisplayMessage'>> {
  return csmsRequest(ctx, 'SetDisplayMessage', () => ({ status }), { hint: { message } });
}

/** Memory State "a display message is configured": the CSMS sets one, the harness accepts it (not graded). Returns it. */
export async function memoryConfigured(ctx: Ctx, extra: Partial<MessageInfo> = {}): Promise<MessageInfo> {
  return (await setDisplayMessage(ctx, 'Accepted', askedMessage(ctx, extra))).payload.message;
}

/** Step 1 tool validations on SetDisplayMessageRequest: each field the case names equals what was asked. */
export function expectMessage(ctx: Ctx, sent: MessageInfo, asked: Partial<MessageInfo>, step = 'step 1'): void {
  const { expect } = ctx;
  expect(sent.id, `${step}: SetDisplayMessageRequest message.id (generated)`).to.be.a('number');
  if (asked.id !== undefined) expect(sent.id, `${step}: SetDisplayMessageRequest message.id <Configured_Id>`).to.equal(asked.id);
  if (asked.priority !== undefined) expect(sent.priority, `${step}: SetDisplayMessageRequest message.priority <Configured Priority>`).to.equal(asked.priority);
  if (asked.message?.format !== undefined) expect(sent.message.format, `${step}: SetDisplayMessageRequest message.message.format <Configured Format>`).to.equal(asked.message.format);
  if (asked.state !== undefined) expect(sent.state, `${step}: SetDisplayMessageRequest message.state <Configured State>`).to.equal(asked.state);
  if (asked.transactionId !== undefined) expect(sent.transactionId, `${step}: SetDisplayMessageRequest message.transactionId`).to.equal(asked.transactionId);
  if (asked.startDateTime !== undefined) expect(sent.startDateTime, `${step}: SetDisplayMessageRequest message.startDateTime <Configured startDateTime>`).to.equal(asked.startDateTime);
  if (asked.endDateTime !== undefined) expect(sent.endDateTime, `${step}: SetDisplayMessageRequest message.endDateTime <Configured endDateTime>`).to.equal(asked.endDateTime);
}

/**
 * Manual Action "Request the CSMS to get the display messages" (hint: the criteria); 2. the harness answers
 * `status`; when Accepted, 3-4. it reports `messages` in NotifyDisplayMessages with the request's requestId.
 */
export async function getDisplayMessages(ctx: Ctx, status: 'Accepted' | 'Unknown', criteria: Payload, messages: MessageInfo[] = []): Promise<Request<'2.0.1', 'GetDisplayMessages'>> {
  const get = await csmsRequest(ctx, 'GetDisplayMessages', () => ({ status }), { hint: criteria });
  if (status === 'Accepted') {
    await ctx.sut.call('NotifyDisplayMessages', { requestId: get.payload.requestId, ...(messages.length ? { messageInfo: messages } : {}) });
  }
  return get.payload;
}

/** A display message future time <Configured startDateTime / endDateTime>, `ms` from now, whole seconds. */
export const isoIn = (ms: number): string => new Date(Math.ceil((Date.now() + ms) / 1000) * 1000).toISOString();

/** A display message id no case of the run set (TC_O_05_CSMS). */
let unknownId = 900_000 + (Math.floor(Date.now() / 1000) % 50_000);
export const unknownMessageId = (): number => (unknownId += 1);

/**
 * Fields of the asked message that the case's tool validations do not name (TC_O_27/28_CSMS, errata 2025-09 6.3.25/6.3.26):
 * a difference is an advisory, never a FAIL.
 */
export function adviseMessage(ctx: Ctx, sent: MessageInfo, asked: Partial<MessageInfo>): void {
  if (asked.priority !== undefined) adviseUnless(ctx, sent.priority === asked.priority, `SetDisplayMessageRequest message.priority ${String(sent.priority)}, not the ${asked.priority} asked for`);
  if (asked.message?.format !== undefined) adviseUnless(ctx, sent.message.format === asked.message.format, `SetDisplayMessageRequest message.message.format ${String(sent.message.format)}, not the ${asked.message.format} asked for`);
}
