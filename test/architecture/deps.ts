/**
 * Which folder may import which: the one table the boundary test enforces (shared/DESIGN.md
 * layers, shared/REDESIGN.md 4.1). Keys are folders (the longest matching key wins); values are
 * folders or files. Every folder may import src/errors.ts. Exceptions are named per file, with
 * the reason; the list may only shrink.
 */
export const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  'src/domain': [],
  // The transport opens the socket and hands it to the RPC connection it creates.
  'src/transport': ['src/domain', 'src/rpc'],
  'src/rpc': ['src/domain'],
  'src/ocpp': ['src/domain', 'src/rpc', 'src/transport'],
  'src/pki': ['src/domain'],
  'src/engine': ['src/domain', 'src/ocpp', 'src/pki', 'src/config'],
  'src/report': ['src/domain', 'src/engine/model.ts', 'src/catalogue-data'],
  // The official catalogue as data (ids, titles, Part 5 profiles and conditions) and what applies under an ICS.
  'src/catalogue-data': ['src/domain', 'src/engine/condition.ts', 'src/engine/model.ts'],
  'src/simulators': ['src/domain', 'src/rpc', 'src/transport', 'src/pki'],
  'src/config': ['src/domain', 'src/transport', 'src/catalogue-data'],
  // The composition roots.
  'src/session': ['src'],
  'src/cli': ['src'],
  // The one import of a case file, and the only file of testcases/ that reaches into src/.
  'testcases/kit.ts': ['src/engine', 'src/ocpp', 'src/pki', 'src/domain'],
};

/** A case file or helper under testcases/<version>/<folder>/ may import the kit, its own folder and its version's _shared. */
export const TESTCASE_RULE = 'testcases/kit.ts, its own folder, testcases/<version>/_shared';

/** Imports that break the table today, each named, with why it is still there. */
export const EXCEPTIONS: ReadonlyArray<{ from: string; to: string; why: string }> = [
  ...['src/ocpp/peer.ts', 'src/ocpp/default-responses.ts'].map((from) => ({ from, to: 'src/engine/ics.ts', why: 'the Ics type moves to src/domain/ics.ts with the kernel (REDESIGN 4.1)' })),
  { from: 'src/ocpp/peer.ts', to: 'src/engine/signals.ts', why: 'CaseFailure / CaseInconclusive move to src/domain/verdict.ts with the kernel' },
  ...['common/control-server.ts', 'station/blocks/E-transactions/transactions.ts', 'station/blocks/E-transactions/hardware.ts', 'station/blocks/E-transactions/transactions-201.ts', 'station/station.ts', 'station/blocks/E-transactions/transactions-16.ts', 'station/actions.ts', 'station/blocks/E-transactions/actions.ts', 'csms/csms.ts', 'csms/operator-actions.ts']
    .map((f) => ({ from: `src/simulators/${f}`, to: 'src/engine/operator.ts', why: 'operator request/result types move to src/domain/operator-actions.ts with the kernel' })),
  { from: 'src/simulators/common/logger.ts', to: 'src/report/redact.ts', why: 'the simulators mask secrets in their log the way reports do; the secret names move to src/domain/secrets.ts' },
  ...['src/engine/ics.ts', 'src/engine/operator.ts'].map((to) => ({ from: 'src/config/config.ts', to, why: 'config builds the default ICS and hook types; both move to src/domain with the kernel' })),
  { from: 'src/report/claims.ts', to: 'src/engine/condition.ts', why: 'claimed-vs-shown evaluates Part 5 conditions; the evaluator belongs with the catalogue data' },
  { from: 'src/report/write.ts', to: 'src/engine/catalogue.ts', why: 'readiness needs the implemented cases when a report is rebuilt from a journal; the caller should pass them' },
  { from: 'src/engine/ics.ts', to: 'src/transport/security.ts', why: 'SecurityProfile moves to src/domain/security-profile.ts' },
];

/** Import cycles that exist today (REDESIGN 4.2 part 2 removed the simulators' ones); the list may only shrink. */
export const KNOWN_CYCLES: ReadonlyArray<readonly string[]> = [];
