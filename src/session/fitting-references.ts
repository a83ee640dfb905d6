/**
 * `run --sim` with no ICS of the user's: every selected case runs against the reference simulator
 * in the configuration it needs (the security profile it asks for, a second EVSE, a fixed cable...),
 * as the conformance matrix does, so a single case gives its verdict and not a NOT_APPLICABLE that
 * only comes from how the simulator was started (issue 15, item 6).
 */
import { resolveConfig, type ConfigFile, type ConfigOverrides, type HarnessConfig } from '../config/config.js';
import { loadCatalogue } from '../engine/catalogue.js';
import type { CaseResult, OcppVersion, SutRole } from '../engine/model.js';
import { plan, selectOrRefuse, type Selection } from '../engine/plan.js';
import type { TestCase } from '../engine/testcase.js';
import type { SecurityProfile } from '../domain/security-profile.js';
import { referenceIcs, referenceVariants, sessionProfileOf } from './reference.js';
import { runBeginEvent, type SessionOptions } from './session.js';
import { runShardedSession } from './sharded.js';
import { summarize } from '../engine/model.js';
import { compareIds } from '../engine/catalogue.js';

/** Cases that share one reference configuration. */
export interface ReferenceGroup {
  securityProfile: SecurityProfile;
  /** The reference variant (src/session/reference.ts) the cases need, if not the default claim. */
  variant?: string;
  ics: NonNullable<ConfigFile['ics']>;
  ids: string[];
}

/**
 * Groups cases by the reference configuration each applies to: the default claim at the security
 * profile the case needs, else the first reference variant it applies to. A case that applies to
 * none stays with the default (and is NOT_APPLICABLE there, with the reason).
 */
export function referenceGroups(cases: readonly TestCase[], version: OcppVersion, sut: SutRole, file: ConfigFile = {}, fixedProfile?: SecurityProfile): ReferenceGroup[] {
  const role = sut === 'CS' ? 'cs' : 'csms';
  const full = (ics: NonNullable<ConfigFile['ics']>) => resolveConfig({ ...file, ics }, {}, { version, sut: role }).ics;
  const base = referenceIcs(version, sut);
  const groups = new Map<string, ReferenceGroup>();
  for (const c of cases) {
    const securityProfile = fixedProfile ?? sessionProfileOf(c);
    const candidates = [{ name: undefined as string | undefined, ics: { ...base, securityProfile } },
      ...referenceVariants(version, sut).map((v) => ({ name: v.name as string | undefined, ics: { ...base, ...v.ics, securityProfile } }))];
    const fit = candidates.find((k) => !plan([c], full(k.ics))[0]?.notApplicable) ?? candidates[0]!;
    const key = `${securityProfile}|${fit.name ?? ''}`;
    const group = groups.get(key) ?? { securityProfile, ...(fit.name ? { variant: fit.name } : {}), ics: fit.ics, ids: [] };
    group.ids.push(c.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface FittingRunOptions extends Omit<SessionOptions, 'config' | 'selection' | 'runBoundaries'> {
  file: ConfigFile;
  env: NodeJS.ProcessEnv;
  overrides: ConfigOverrides;
  baseDir: string;
  selection: Selection;
  parallel: number;
}

/** Runs the selection against reference simulators configured per group; one report, one runBegin/runEnd. */
export async function runAgainstFittingReferences(options: FittingRunOptions): Promise<{ cases: CaseResult[]; config: HarnessConfig }> {
  const { file, env, overrides, baseDir, parallel, selection, emit, ...session } = options;
  const configFor = (ics: NonNullable<ConfigFile['ics']>, securityProfile?: SecurityProfile) =>
    resolveConfig({ ...file, ics }, env, { ...overrides, ...(securityProfile !== undefined ? { securityProfile } : {}) }, baseDir);
  const headline = configFor(referenceIcs(overrides.version ?? file.ocpp ?? '2.0.1', (overrides.sut ?? file.sut) === 'csms' ? 'CSMS' : 'CS'));
  const catalogue = await loadCatalogue(options.catalogueDir, [headline.version]);
  const selected = selectOrRefuse(catalogue.cases, { ...selection, version: headline.version, sut: headline.sut });
  const groups = referenceGroups(selected, headline.version, headline.sut, file, overrides.securityProfile);
  const sut = { role: headline.sut, version: headline.version, stationId: headline.ics.station.id, endpoint: `reference simulators on 127.0.0.1, ${groups.length} configuration(s)` };
  await emit(runBeginEvent(headline, sut, plan(selected, headline.ics, selection.profiles)));
  const cases: CaseResult[] = [];
  // One group at a time: groups differ in security profile and so in the PKI and ports they use.
  for (const g of groups) {
    const config = configFor(g.ics, g.securityProfile);
    // The report says which reference configuration a case ran against.
    const note = (c: CaseResult): CaseResult => (g.variant
      ? { ...c, steps: [{ t: Date.parse(c.startedAt), text: `reference variant: ${g.variant}`, outcome: 'info' }, ...c.steps] } : c);
    const outcome = await runShardedSession({
      ...session, config, selection: { ...selection, ids: g.ids }, runBoundaries: false,
      emit: (e) => emit(e.type === 'caseEnd' ? { ...e, result: note(e.result) } : e),
    }, g.securityProfile ? 1 : parallel);
    cases.push(...outcome.cases.map(note));
  }
  cases.sort((a, b) => compareIds(a.id, b.id));
  await emit({ type: 'runEnd', finishedAt: new Date().toISOString(), summary: summarize(cases) });
  return { cases, config: headline };
}
