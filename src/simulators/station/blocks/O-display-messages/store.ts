/**
 * The station's configured display messages (O01-O06): kept by id, a message with a known id replaces
 * it (O06.FR.01). A message leaves the list after its endDateTime (O02.FR.07) and, when bound to a
 * transaction, once that transaction ended (O02.FR.02): both are applied whenever the list is read.
 */
import type { Payload } from '../../../../rpc/codec.js';

export type Priority = 'AlwaysFront' | 'InFront' | 'NormalCycle';
export type MessageState = 'Charging' | 'Faulted' | 'Idle' | 'Unavailable';

export interface MessageContent {
  format: string;
  language?: string;
  content: string;
}

/** A message as the CSMS set it (MessageInfoType), with its times parsed. */
export interface StoredMessage {
  id: number;
  priority: Priority;
  state?: MessageState;
  startMs?: number;
  endMs?: number;
  transactionId?: string;
  message: MessageContent;
  /** The MessageInfoType as received, reported back in NotifyDisplayMessages. */
  info: Payload;
}

/** What a GetDisplayMessagesRequest asks for (O04.FR.02: all given criteria must match). */
export interface Criteria {
  ids?: readonly number[];
  priority?: string;
  state?: string;
}

export interface StoreRules {
  /** Whether the transaction `id` still runs (a message bound to an ended one goes). */
  running(transactionId: string): boolean;
  /** Faults: a message outlives its endDateTime / its transaction. */
  keepPastEnd: boolean;
  keepPastTransaction: boolean;
  /** Fault: a new AlwaysFront message leaves the earlier one (O01.FR.18 replaces it). */
  keepEarlierAlwaysFront: boolean;
  /** Fault: a new InFront message drops the earlier ones (O01.FR.16 cycles them). */
  replaceEarlierInFront: boolean;
}

const time = (v: unknown): number | undefined => (typeof v === 'string' ? Date.parse(v) : undefined);

export function toStored(info: Payload): StoredMessage {
  const m = info.message as Payload;
  return {
    id: Number(info.id), priority: info.priority as Priority, info,
    message: { format: String(m.format), content: String(m.content), ...(typeof m.language === 'string' ? { language: m.language } : {}) },
    ...(typeof info.state === 'string' ? { state: info.state as MessageState } : {}),
    ...(time(info.startDateTime) !== undefined ? { startMs: time(info.startDateTime) } : {}),
    ...(time(info.endDateTime) !== undefined ? { endMs: time(info.endDateTime) } : {}),
    ...(typeof info.transactionId === 'string' ? { transactionId: info.transactionId } : {}),
  };
}

export class DisplayMessageStore {
  private readonly messages = new Map<number, StoredMessage>();
  private readonly rules: StoreRules;

  constructor(rules: StoreRules) {
    this.rules = rules;
  }

  /** The messages still configured now, in the order they were set. */
  list(now = Date.now()): StoredMessage[] {
    for (const [id, m] of this.messages) {
      const ended = m.endMs !== undefined && m.endMs <= now && !this.rules.keepPastEnd;
      const txGone = m.transactionId !== undefined && !this.rules.running(m.transactionId) && !this.rules.keepPastTransaction;
      if (ended || txGone) this.messages.delete(id);
    }
    return [...this.messages.values()];
  }

  has(id: number): boolean {
    return this.list().some((m) => m.id === id);
  }

  get size(): number {
    return this.list().length;
  }

  /** Stores `m`, replacing a message with its id and, for AlwaysFront, the AlwaysFront one set before (O01.FR.18). */
  set(m: StoredMessage): void {
    this.messages.delete(m.id);
    const replaces = (m.priority === 'AlwaysFront' && !this.rules.keepEarlierAlwaysFront) || (m.priority === 'InFront' && this.rules.replaceEarlierInFront);
    if (replaces) for (const [id, old] of this.messages) if (old.priority === m.priority) this.messages.delete(id);
    this.messages.set(m.id, m);
  }

  /** Forgets every message (fault display-message-not-persistent, on a reboot). */
  clear(): void {
    this.messages.clear();
  }

  remove(id: number): boolean {
    return this.messages.delete(id);
  }

  /** The messages matching every criterion given; `idOnly` (fault) matches on the id alone. */
  find(c: Criteria, idOnly = false): StoredMessage[] {
    return this.list().filter((m) => (!c.ids?.length || c.ids.includes(m.id))
      && (idOnly || ((c.priority === undefined || m.priority === c.priority) && (c.state === undefined || m.state === c.state))));
  }
}
