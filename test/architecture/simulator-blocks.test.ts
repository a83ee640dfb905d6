/**
 * The simulators grow by block (REDESIGN 4.2): a block is a folder under `<simulator>/blocks/`
 * listed once in `blocks/index.ts`, and it reaches another block only through that block's
 * `port.ts`. The rest of the simulator (its kernel) reaches blocks only through ports and the
 * list; the host file (the one place blocks are composed) is the exception.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, importsOf, tsFiles } from './graph.js';

const SIMULATORS = [
  { root: 'src/simulators/station', host: 'src/simulators/station/station.ts' },
  { root: 'src/simulators/csms', host: 'src/simulators/csms/csms.ts' },
];

/** The block a file belongs to (`src/simulators/station/blocks/E-transactions`), or undefined. */
function blockOf(file: string, root: string): string | undefined {
  const m = new RegExp(`^${root}/blocks/([^/]+)/`).exec(file);
  return m ? `${root}/blocks/${m[1]}` : undefined;
}

/** What is wrong with `from` importing `to` inside one simulator (undefined when allowed). */
function blockViolation(from: string, to: string, sim: { root: string; host: string }): string | undefined {
  const target = blockOf(to, sim.root);
  if (!target) return undefined;
  if (blockOf(from, sim.root) === target) return undefined;
  if (to === `${target}/port.ts`) return undefined;
  if (from === sim.host || from === `${sim.root}/blocks/index.ts`) return undefined;
  return `${from} imports ${to} (another block: only its port.ts)`;
}

describe('simulator blocks (REDESIGN 4.2)', () => {
  for (const sim of SIMULATORS) {
    it(`${sim.root}: a block reaches another block only through its port.ts`, () => {
      const bad = tsFiles('src').flatMap((from) => importsOf(from).map((to) => blockViolation(from, to, sim)).filter((v) => v !== undefined));
      expect(bad).to.deep.equal([]);
    });

    it(`${sim.root}: every block folder has its faults and claims and is listed once in blocks/index.ts`, () => {
      const folders = readdirSync(path.join(ROOT, sim.root, 'blocks'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      const list = readFileSync(path.join(ROOT, sim.root, 'blocks/index.ts'), 'utf8');
      for (const folder of folders) {
        expect(tsFiles(`${sim.root}/blocks/${folder}`), folder).to.include.members([`${sim.root}/blocks/${folder}/faults.ts`, `${sim.root}/blocks/${folder}/claims.ts`]);
        expect(list.split(`id: '${folder}'`).length - 1, `${folder} in blocks/index.ts`).to.equal(1);
      }
    });
  }

  for (const sim of SIMULATORS) {
    it(`${sim.root}: a block with code of its own (\`create\` in blocks/index.ts) is composed by the list, not by the host`, () => {
      const list = readFileSync(path.join(ROOT, sim.root, 'blocks/index.ts'), 'utf8');
      const composed = [...list.matchAll(/\{ id: '([^']+)'[^\n]*create:/g)].map((m) => m[1]!);
      expect(composed.length, 'at least one block uses create').to.be.greaterThan(0);
      const hostImports = importsOf(sim.host);
      for (const id of composed) expect(hostImports.filter((f) => f.startsWith(`${sim.root}/blocks/${id}/`)), id).to.deep.equal([]);
    });
  }

  it('every CSMS block with handlers is composed by the list: the host imports no block module', () => {
    const sim = SIMULATORS[1]!;
    expect(importsOf(sim.host).filter((f) => f.startsWith(`${sim.root}/blocks/`))).to.deep.equal([]);
  });

  it('the rule can fail: a block importing another block\'s module is named', () => {
    const sim = SIMULATORS[0]!;
    expect(blockViolation(`${sim.root}/blocks/B-provisioning/provisioning.ts`, `${sim.root}/blocks/E-transactions/transactions.ts`, sim)).to.match(/another block/);
    expect(blockViolation(`${sim.root}/blocks/B-provisioning/provisioning.ts`, `${sim.root}/blocks/E-transactions/port.ts`, sim)).to.equal(undefined);
    expect(blockViolation(`${sim.root}/context.ts`, `${sim.root}/blocks/E-transactions/transactions.ts`, sim)).to.match(/another block/);
  });
});
