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
  // The harness's file server (firmware downloads, log uploads): HTTP(S) Basic auth comes from the transport.
  'src/fileserver': ['src/domain', 'src/transport'],
  // The plan reads the Part 5 conditions of a case with the evaluator that lives with the catalogue data.
  'src/engine': ['src/domain', 'src/ocpp', 'src/pki', 'src/fileserver', 'src/config', 'src/catalogue-data/condition.ts'],
  'src/report': ['src/domain', 'src/engine/model.ts', 'src/catalogue-data'],
  // The official catalogue as data (ids, titles, Part 5 profiles and conditions) and what applies under an ICS.
  'src/catalogue-data': ['src/domain', 'src/engine/model.ts'],
  'src/simulators': ['src/domain', 'src/rpc', 'src/transport', 'src/pki'],
  'src/config': ['src/domain', 'src/transport', 'src/catalogue-data'],
  // The composition roots.
  'src/session': ['src'],
  'src/cli': ['src'],
  // The one import of a case file, and the only file of testcases/ that reaches into src/.
  'testcases/kit.ts': ['src/engine', 'src/ocpp', 'src/pki', 'src/fileserver', 'src/domain'],
};

/** A case file or helper under testcases/<version>/<folder>/ may import the kit, its own folder and its version's _shared. */
export const TESTCASE_RULE = 'testcases/kit.ts, its own folder, testcases/<version>/_shared';

/** Imports that break the table today, each named, with why it is still there. */
export const EXCEPTIONS: ReadonlyArray<{ from: string; to: string; why: string }> = [];

/** Import cycles that exist today (REDESIGN 4.2 part 2 removed the simulators' ones); the list may only shrink. */
export const KNOWN_CYCLES: ReadonlyArray<readonly string[]> = [];
