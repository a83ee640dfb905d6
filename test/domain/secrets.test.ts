/**
 * One list of secrets (src/domain/secrets.ts) for every place that writes frames out: the frame
 * recorder, the report writers and the simulators' log each mask every name on it.
 */
import { expect } from 'chai';
import { PEM_PRIVATE_KEY, REDACTED_PRIVATE_KEY, SECRET_KEYS, SECRET_VARIABLES } from '../../src/domain/secrets.js';
import { maskSecretValues } from '../../src/ocpp/secret-frames.js';
import { redactString } from '../../src/report/redact.js';
import { formatFrame } from '../../src/simulators/common/logger.js';

const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEabc\n-----END PRIVATE KEY-----';

describe('secrets: one list for frames, reports and the simulators\' log', () => {
  for (const name of SECRET_VARIABLES) {
    it(`2.x variable ${name}: masked in a recorded frame and in the log`, () => {
      const raw = JSON.stringify([2, '1', 'SetVariables', { setVariableData: [{ component: { name: 'SecurityCtrlr' }, variable: { name }, attributeValue: 'hunter2-secret' }] }]);
      expect(maskSecretValues(raw)).to.not.include('hunter2-secret');
      expect(formatFrame('tx', raw)).to.not.include('hunter2-secret');
    });
  }

  for (const key of SECRET_KEYS) {
    it(`1.6 key ${key}: masked in a recorded frame and in the log`, () => {
      const raw = JSON.stringify([2, '1', 'ChangeConfiguration', { key, value: 'hunter2-secret' }]);
      expect(maskSecretValues(raw)).to.not.include('hunter2-secret');
      expect(formatFrame('tx', raw)).to.not.include('hunter2-secret');
    });
  }

  it('a private key block is replaced the same way in a report string and in the log, twice in a row', () => {
    const raw = `not json ${KEY} tail`;
    for (let i = 0; i < 2; i += 1) {
      expect(redactString(raw)).to.equal(`not json ${REDACTED_PRIVATE_KEY} tail`);
      expect(formatFrame('rx', raw)).to.equal(`<- FRAME not json ${REDACTED_PRIVATE_KEY} tail`);
    }
    expect(PEM_PRIVATE_KEY.lastIndex, 'the shared pattern is left reset').to.equal(0);
  });

  it('a value that is not on the list is kept', () => {
    const raw = JSON.stringify([2, '1', 'ChangeConfiguration', { key: 'HeartbeatInterval', value: '300' }]);
    expect(maskSecretValues(raw)).to.equal(raw);
    expect(formatFrame('tx', raw)).to.include('"300"');
  });
});
