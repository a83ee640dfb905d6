/**
 * What the station's display shows at a moment, from its configured messages (O02.FR.06-09, FR.14-18):
 * only messages inside their time window, for the station's state (when they name one) and, when bound
 * to a transaction, while it runs. AlwaysFront wins over everything (the one set last: O02.FR.18), then
 * InFront messages are cycled (O02.FR.16), else the NormalCycle ones. Of a message set in several
 * languages the driver's language1, else language2 (C01.FR.08/09), else the station's default language
 * (English fall-back, C01.FR.13) is shown; a message without language is shown to everyone.
 */
import type { MessageState, Priority, StoredMessage } from './store.js';

export interface DisplayContext {
  now: number;
  /** The station's state, for messages that name one. */
  state: MessageState;
  /** The driver's preferred languages (idTokenInfo language1, language2), best first. */
  languages: readonly string[];
  /** The language the station shows when the driver's is not available. */
  defaultLanguage: string;
}

const ORDER: readonly Priority[] = ['AlwaysFront', 'InFront', 'NormalCycle'];

/** Two language tags match on their primary subtag ("en-US" and "en"). */
const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** The language to show from `available`: the driver's first available, else the default, else none (show any). */
export function chooseLanguage(available: readonly string[], languages: readonly string[], defaultLanguage: string): string | undefined {
  const have = new Set(available.map(primary));
  return [...languages, defaultLanguage].map(primary).find((l) => have.has(l));
}

/** The messages the display shows now, in cycle order (one for AlwaysFront). */
export function shown(messages: readonly StoredMessage[], ctx: DisplayContext): StoredMessage[] {
  const live = messages.filter((m) => (m.startMs === undefined || m.startMs <= ctx.now) && (m.endMs === undefined || ctx.now < m.endMs)
    && (m.state === undefined || m.state === ctx.state));
  for (const priority of ORDER) {
    const candidates = live.filter((m) => m.priority === priority);
    if (!candidates.length) continue;
    const language = chooseLanguage(candidates.flatMap((m) => (m.message.language ? [m.message.language] : [])), ctx.languages, ctx.defaultLanguage);
    const inLanguage = candidates.filter((m) => !m.message.language || language === undefined || primary(m.message.language) === language);
    return priority === 'AlwaysFront' ? inLanguage.slice(-1) : inLanguage;
  }
  return [];
}
