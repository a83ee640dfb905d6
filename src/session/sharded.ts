import { loadCatalogue } from '../engine/catalogue.js';
import { plan, selectOrRefuse } from '../engine/plan.js';
import { compareIds } from '../engine/catalogue.js';
import { summarize } from '../engine/model.js';
import { ensurePki } from '../pki/store.js';
import { runBeginEvent, runSession, type SessionOptions, type SessionOutcome } from './session.js';

/**
 * Against reference simulators, cases need not share one SUT: the plan is split across `shards`
 * sessions, each with its own simulator on its own loopback port, run side by side. Real SUTs
 * always run one case at a time (runSession).
 */
export async function runShardedSession(options: SessionOptions, shards: number): Promise<SessionOutcome> {
  if (shards <= 1 || !options.sim) return runSession(options);
  const { config } = options;
  const catalogue = await loadCatalogue(options.catalogueDir, [config.version]);
  const selected = selectOrRefuse(catalogue.cases, { ...options.selection, version: config.version, sut: config.sut });
  const planned = plan(selected, config.ics, options.selection.profiles);
  const runnable = planned.filter((p) => !p.notApplicable).map((p) => p.testCase.id);
  const notApplicable = planned.filter((p) => p.notApplicable).map((p) => p.testCase.id);
  const parts = Array.from({ length: Math.max(1, Math.min(shards, runnable.length)) }, (_, i) => runnable.filter((_, j) => j % shards === i));
  if (notApplicable.length) parts[0] = [...(parts[0] ?? []), ...notApplicable];
  // Generate the test PKI once, before sessions that need it race to make it.
  if (config.ics.securityProfile >= 2) await ensurePki(config.certs, { stationId: config.ics.station.id });
  const sut = { role: config.sut, version: config.version, stationId: config.ics.station.id, endpoint: `${parts.length} reference simulator(s) on 127.0.0.1` };
  if (options.runBoundaries !== false) await options.emit(runBeginEvent(config, sut, planned));
  const outcomes = await Promise.all(parts.filter((p) => p.length).map((ids) => runSession({
    ...options, selection: { ...options.selection, ids }, runBoundaries: false,
  })));
  const cases = outcomes.flatMap((o) => o.cases).sort((a, b) => compareIds(a.id, b.id));
  const identity = outcomes.find((o) => o.sut.vendor)?.sut ?? sut;
  if (options.runBoundaries !== false) {
    await options.emit({ type: 'sutIdentity', sut: { ...identity, endpoint: sut.endpoint } });
    await options.emit({ type: 'runEnd', finishedAt: new Date().toISOString(), summary: summarize(cases) });
  }
  return { cases, sut: identity, planned };
}
