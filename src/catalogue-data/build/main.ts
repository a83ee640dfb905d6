/**
 * Builds data/official-catalogue/*.json from the official documents and the shared facts table.
 * Run by `npm run catalogue:data [-- <shared folder>]` (default ../shared); never at test time.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OfficialCatalogue } from '../types.js';
import { build16 } from './ocpp16.js';
import { build201 } from './ocpp201.js';
import { build21 } from './ocpp21.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const DATA_DIR = path.join(ROOT, 'data', 'official-catalogue');

/** One case per line, so a change to the data reads as a one-line diff. */
export function serialise(cat: OfficialCatalogue): string {
  const { cases, resolved, features, ...head } = cat;
  const list = (items: unknown[]) => (items.length ? `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]` : '[]');
  const headText = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')}`).join(',\n');
  const featureText = features ? `,\n  "features": {\n${Object.entries(features).map(([role, fs]) => `    ${JSON.stringify(role)}: ${list(fs).replace(/\n {4}/g, '\n      ').replace(/\n {2}\]$/, '\n    ]')}`).join(',\n')}\n  }` : '';
  return `{\n${headText},\n  "resolved": ${list(resolved)}${featureText},\n  "cases": ${list(cases)}\n}\n`;
}

function main(): void {
  const shared = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared'));
  const read = (p: string) => readFileSync(path.join(shared, p), 'utf8');
  const catalogues = [
    build16({ document: read('spec/ocpp16/octt-1.6-test-case-document-final-2024-04.txt'), csv: read('catalogue/ocpp16.csv') }),
    build201({
      part5: read('spec/ocpp2/OCPP-2.0.1_edition3_part5_certification_profiles.md'),
      errata: read('spec/ocpp2/OCPP-2.0.1_edition3_errata_2025-09.md'),
      csv: read('catalogue/ocpp201.csv'),
      part6: read('spec/ocpp2/OCPP-2.0.1_edition3_part6-testcases.md'),
    }),
    build21(read('catalogue/ocpp21.csv')),
  ];
  mkdirSync(DATA_DIR, { recursive: true });
  for (const cat of catalogues) {
    const file = path.join(DATA_DIR, `ocpp${cat.version.replace(/\./g, '')}.json`);
    writeFileSync(file, serialise(cat));
    const removed = cat.cases.filter((c) => c.removed).length;
    process.stdout.write(`${path.relative(ROOT, file)}: ${cat.cases.length} cases (${removed} removed), ${cat.resolved.length} disagreements resolved\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
