/**
 * The shape of a reference-simulator fault, and how a block declares its faults: each block's
 * `faults.ts` lists its own with `defineFaults`, which keeps every name as a string literal, so the
 * union of a simulator's fault names is a type and a misspelt name in `faults.has(...)` does not
 * compile. Cases and the CLI name faults as data; `faults.ts` checks those at run time.
 */
import type { OcppVersion } from '../rpc/versions.js';

export type FaultRole = 'station' | 'csms';

export interface FaultSpec<N extends string = string> {
  name: N;
  role: FaultRole;
  versions: readonly OcppVersion[];
  /** One line: what the simulator does wrong. */
  description: string;
  /** The requirement broken (2.0.1 id; a 1.6 section when the rule is 1.6-only). */
  requirement: string;
}

export const BOTH: readonly OcppVersion[] = ['1.6', '2.0.1'];
export const V201: readonly OcppVersion[] = ['2.0.1'];
export const V16: readonly OcppVersion[] = ['1.6'];

/** A block's faults, for one simulator role; the names stay literal types. */
export function defineFaults<N extends string = never>(role: FaultRole, list: ReadonlyArray<Omit<FaultSpec<N>, 'role'>>): ReadonlyArray<FaultSpec<N>> {
  return list.map((f) => ({ ...f, role }));
}

/** The fault names a list of blocks declares. */
export type FaultNameOf<B extends ReadonlyArray<{ faults: ReadonlyArray<FaultSpec> }>> = B[number]['faults'][number]['name'];

/** The faults switched on in a simulator; `has` takes only names the simulator declares. */
export interface FaultSet<N extends string> {
  has(name: N): boolean;
  readonly names: readonly N[];
}

export function faultSet<N extends string>(names: readonly N[]): FaultSet<N> {
  const set = new Set(names);
  return { has: (n) => set.has(n), names: [...set] };
}
