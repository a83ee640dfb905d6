/**
 * O Display Messages (2.0.1 O01-O06): SetDisplayMessage, GetDisplayMessages (answered by
 * NotifyDisplayMessages), ClearDisplayMessage, over the station's message store (store.ts); what the
 * display shows at a moment is display.ts.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockFactory, BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerResult, HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import { MAX_DISPLAY_MESSAGES, SUPPORTED_FORMATS, priorityClaimed, registerDisplayCount, stateClaimed } from './port.js';
import { DisplayMessageStore, toStored, type MessageState, type StoredMessage } from './store.js';
import { shown } from './display.js';

type Faults = (typeof FAULTS)[number]['name'];

const status = (s: string): HandlerResult => ({ payload: { status: s } });

export class DisplayMessages implements BlockInstance {
  private readonly host: BlockHost<Faults>;
  readonly store: DisplayMessageStore;

  constructor(host: BlockHost<Faults>) {
    this.host = host;
    this.store = new DisplayMessageStore({
      running: (transactionId) => host.evses.list.some((e) => host.tx.transactionOn(e.id)?.transactionId === transactionId),
      keepPastEnd: host.faults.has('display-message-past-end-time'),
      keepPastTransaction: host.faults.has('display-message-outlives-transaction'),
      keepEarlierAlwaysFront: host.faults.has('display-always-front-not-replaced'),
      replaceEarlierInFront: host.faults.has('display-in-front-replaced'),
    });
    registerDisplayCount(host, () => this.store.size);
  }

  /** What the display shows now to a driver preferring `languages` (idTokenInfo language1, language2); English is the fall-back. */
  display(languages: readonly string[] = []): StoredMessage[] {
    return shown(this.store.list(), { now: Date.now(), state: this.state(), languages, defaultLanguage: 'en' });
  }

  /** The station's state for messages that name one: Faulted (a connector), Unavailable (no EVSE usable), Charging (a transaction), else Idle. */
  state(): MessageState {
    const { evses, tx } = this.host;
    if (evses.list.some((e) => e.connectors.some((c) => evses.statusOf(e, c) === 'Faulted'))) return 'Faulted';
    if (evses.list.every((e) => evses.isInoperative(e))) return 'Unavailable';
    return evses.list.some((e) => tx.transactionOn(e.id) !== undefined) ? 'Charging' : 'Idle';
  }

  /** O01.FR.10: the messages are kept over a reboot (the fault forgets them). */
  onReboot(): void {
    if (this.has('display-message-not-persistent')) this.store.clear();
  }

  private has(f: Faults): boolean {
    return this.host.faults.has(f);
  }

  /** The SetDisplayMessageResponse status for `info` (O02.FR.01-05, O02.FR.11, O06.FR.01). */
  private verdict(info: Payload): string {
    const m = toStored(info);
    const features = this.host.options.features;
    // Fault: a priority the station does not support (its ICS claim, UI-1) is taken (O02.FR.03).
    if (!priorityClaimed(m.priority, features) && !this.has('display-unsupported-priority-accepted')) return 'NotSupportedPriority';
    // Fault: a state the station does not support is taken (O02.FR.04).
    if (m.state !== undefined && !stateClaimed(m.state, features) && !this.has('display-unsupported-state-accepted')) return 'NotSupportedState';
    // Fault: an unsupported format is taken (O02.FR.05).
    if (!(SUPPORTED_FORMATS as readonly string[]).includes(m.message.format) && !this.has('display-unsupported-format-accepted')) return 'NotSupportedMessageFormat';
    // Fault: a message for a transaction the station does not know is taken (O02.FR.01).
    if (m.transactionId !== undefined && !this.host.evses.list.some((e) => this.host.tx.transactionOn(e.id)?.transactionId === m.transactionId)
      && !this.has('display-unknown-transaction-accepted')) return 'UnknownTransaction';
    if (this.has('display-message-rejected')) return 'Rejected';
    const known = this.store.has(m.id);
    if (known && this.has('display-replace-rejected')) return 'Rejected';
    // O02.FR.11: beyond DisplayMessages.maxLimit, Rejected.
    if (!known && this.store.size >= MAX_DISPLAY_MESSAGES) return 'Rejected';
    return 'Accepted';
  }

  /** NotifyDisplayMessages for GetDisplayMessages `requestId` (O03.FR.03, O04.FR.04). */
  private notify(requestId: number, found: StoredMessage[]): void {
    const dropTimes = this.has('display-notify-drops-times');
    const dropState = this.has('display-state-not-reported');
    const messageInfo = found.map((m) => {
      const info: Payload = { ...m.info };
      if (dropTimes) { delete info.startDateTime; delete info.endDateTime; }
      if (dropState) delete info.state;
      return info;
    });
    void this.host.send('NotifyDisplayMessages', {
      // Fault: another requestId than the one asked for.
      requestId: this.has('display-notify-wrong-request-id') ? requestId + 1 : requestId,
      ...(messageInfo.length ? { messageInfo } : {}),
    });
  }

  handlers(): HandlerTable {
    return {
      SetDisplayMessage: (p) => {
        const info = p.message as Payload;
        const s = this.verdict(info);
        return s === 'Accepted' ? { payload: { status: s }, after: () => this.store.set(toStored(info)) } : status(s);
      },
      GetDisplayMessages: (p) => {
        const ids = Array.isArray(p.id) ? p.id.map(Number) : undefined;
        const found = this.store.find({
          ...(ids ? { ids } : {}),
          ...(typeof p.priority === 'string' ? { priority: p.priority } : {}),
          ...(typeof p.state === 'string' ? { state: p.state } : {}),
        }, this.has('display-get-filter-ignored'));
        // O03.FR.06 / O04.FR.02: nothing matches, Unknown (fault: Accepted and an empty report).
        if (!found.length && !this.has('display-get-unknown-accepted')) return status('Unknown');
        return { payload: { status: 'Accepted' }, after: () => this.notify(Number(p.requestId), found) };
      },
      ClearDisplayMessage: (p) => {
        const id = Number(p.id);
        // O05.FR.02: an unknown id is Unknown (fault: Accepted).
        if (!this.store.has(id)) return status(this.has('display-clear-unknown-accepted') ? 'Accepted' : 'Unknown');
        // Fault: Accepted, but the message stays (O05.FR.01).
        if (this.has('display-clear-keeps-message')) return status('Accepted');
        return { payload: { status: 'Accepted' }, after: () => this.store.remove(id) };
      },
    };
  }
}

/** The block for a 2.0.1 station (none for 1.6). */
export const create: BlockFactory<Faults> = (host) => (host.version === '2.0.1' ? new DisplayMessages(host) : undefined);
