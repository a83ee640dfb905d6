/** The reference station's display (O Display Messages block): priorities, time windows, states and languages. */
import { expect } from 'chai';
import { chooseLanguage, shown, type DisplayContext } from '../../src/simulators/station/blocks/O-display-messages/display.js';
import { DisplayMessageStore, toStored, type StoreRules, type StoredMessage } from '../../src/simulators/station/blocks/O-display-messages/store.js';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const at = (s: number): string => new Date(NOW + s * 1000).toISOString();
let nextId = 1;
const msg = (priority: string, content: string, extra: Record<string, unknown> = {}, language?: string): StoredMessage =>
  toStored({ id: nextId++, priority, message: { format: 'UTF8', content, ...(language ? { language } : {}) }, ...extra });
const ctx = (over: Partial<DisplayContext> = {}): DisplayContext => ({ now: NOW, state: 'Idle', languages: [], defaultLanguage: 'en', ...over });
const texts = (list: StoredMessage[]): string[] => list.map((m) => m.message.content);

describe('reference station display (O Display Messages)', () => {
  it('AlwaysFront wins, the one set last (O02.FR.17/18); else InFront cycles (O02.FR.16); else the normal cycle', () => {
    const normal = [msg('NormalCycle', 'n1'), msg('NormalCycle', 'n2')];
    const inFront = [msg('InFront', 'f1'), msg('InFront', 'f2')];
    const always = [msg('AlwaysFront', 'a1'), msg('AlwaysFront', 'a2')];
    expect(texts(shown([...normal, ...inFront, ...always], ctx()))).to.deep.equal(['a2']);
    expect(texts(shown([...normal, ...inFront], ctx()))).to.deep.equal(['f1', 'f2']);
    expect(texts(shown(normal, ctx()))).to.deep.equal(['n1', 'n2']);
  });

  it('not before startDateTime (O02.FR.06), not from endDateTime on (O02.FR.07), only in its state', () => {
    const list = [msg('InFront', 'later', { startDateTime: at(60) }), msg('InFront', 'over', { endDateTime: at(-1) }),
      msg('NormalCycle', 'charging only', { state: 'Charging' }), msg('NormalCycle', 'now', { startDateTime: at(-5), endDateTime: at(5) })];
    expect(texts(shown(list, ctx()))).to.deep.equal(['now']);
    expect(texts(shown(list, ctx({ now: NOW + 61_000 })))).to.deep.equal(['later']);
    expect(texts(shown(list, ctx({ state: 'Charging' })))).to.deep.equal(['charging only', 'now']);
  });

  it("the driver's language1, else language2 (C01.FR.08/09), else English (C01.FR.13); untagged messages for all", () => {
    const list = [msg('NormalCycle', 'Welcome', {}, 'en-GB'), msg('NormalCycle', 'Willkommen', {}, 'de'), msg('NormalCycle', 'Bienvenue', {}, 'fr'), msg('NormalCycle', '\u2192')];
    expect(texts(shown(list, ctx({ languages: ['de', 'fr'] })))).to.deep.equal(['Willkommen', '\u2192']);
    expect(texts(shown(list, ctx({ languages: ['nl', 'fr'] })))).to.deep.equal(['Bienvenue', '\u2192']);
    expect(texts(shown(list, ctx({ languages: ['nl'] })))).to.deep.equal(['Welcome', '\u2192']);
    expect(chooseLanguage(['nl'], ['de'], 'en')).to.equal(undefined);
    expect(texts(shown([msg('NormalCycle', 'Hallo', {}, 'nl')], ctx({ languages: ['de'] })))).to.deep.equal(['Hallo']);
  });

  describe('message store', () => {
    const store = (over: Partial<StoreRules> = {}): DisplayMessageStore => new DisplayMessageStore({
      running: () => true, keepPastEnd: false, keepPastTransaction: false, keepEarlierAlwaysFront: false, replaceEarlierInFront: false, ...over,
    });
    const ids = (s: DisplayMessageStore): number[] => s.list().map((m) => m.id);

    it('a second AlwaysFront message replaces the first (O01.FR.18); InFront ones are all kept (O01.FR.16)', () => {
      const s = store();
      const [a1, a2, f1, f2] = [msg('AlwaysFront', 'a1'), msg('AlwaysFront', 'a2'), msg('InFront', 'f1'), msg('InFront', 'f2')];
      for (const m of [a1, f1, f2, a2]) s.set(m);
      expect(ids(s)).to.deep.equal([f1.id, f2.id, a2.id]);
    });

    it('faults: the earlier AlwaysFront kept, the earlier InFront dropped', () => {
      const s = store({ keepEarlierAlwaysFront: true, replaceEarlierInFront: true });
      const [a1, a2, f1, f2] = [msg('AlwaysFront', 'a1'), msg('AlwaysFront', 'a2'), msg('InFront', 'f1'), msg('InFront', 'f2')];
      for (const m of [a1, a2, f1, f2]) s.set(m);
      expect(ids(s)).to.deep.equal([a1.id, a2.id, f2.id]);
    });

    it('a transaction-bound message goes with its transaction (O02.FR.02); clear forgets all', () => {
      let running = true;
      const s = store({ running: () => running });
      const bound = msg('NormalCycle', 'tx', { transactionId: 'T1' });
      const free = msg('NormalCycle', 'free');
      s.set(bound);
      s.set(free);
      running = false;
      expect(ids(s)).to.deep.equal([free.id]);
      s.clear();
      expect(s.size).to.equal(0);
    });
  });
});
