/**
 * The harness's default answers (a call no case claimed) are valid OCPP of the call's version: an answer
 * in another version's shape (a 2.0.1 status in a 1.6 UpdateFirmware.conf) would be the harness's error,
 * and the SUT would be blamed for rejecting it.
 */
import { expect } from 'chai';
import { defaultIcs } from '../../src/config/default-ics.js';
import { defaultResponse } from '../../src/ocpp/default-responses.js';
import { SchemaRegistry } from '../../src/rpc/schemas.js';
import type { OcppVersion } from '../../src/rpc/versions.js';

/** Answers that echo the request item by item: an empty request gives an empty (schema-invalid) list, as it should. */
const ECHOES_REQUEST = new Set(['GetVariables', 'SetVariables']);

describe('ocpp: default answers are valid for the version of the call', () => {
  for (const version of ['1.6', '2.0.1', '2.1'] as OcppVersion[]) {
    for (const side of ['csms', 'station'] as const) {
      it(`${version}, harness as ${side}`, () => {
        const schemas = SchemaRegistry.for(version);
        const ctx = { version, ics: defaultIcs(version, side === 'csms' ? 'CS' : 'CSMS'), now: () => new Date().toISOString(), nextTransactionId: () => 1 };
        const invalid: string[] = [];
        let checked = 0;
        for (const action of schemas.actions) {
          if (ECHOES_REQUEST.has(action)) continue;
          let answer;
          try {
            answer = defaultResponse(side, action, {}, ctx);
          } catch {
            continue; // an answer built from the request's fields needs a real request
          }
          if (answer === undefined) continue;
          checked += 1;
          const check = schemas.validate(action, 'response', answer);
          if (!check.valid) invalid.push(`${action}: ${check.message ?? 'invalid'}`);
        }
        expect(checked, 'default answers checked').to.be.above(3);
        expect(invalid).to.deep.equal([]);
      });
    }
  }
});
