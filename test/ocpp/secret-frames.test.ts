import { expect } from 'chai';
import { maskSecretValues, MASK } from '../../src/ocpp/secret-frames.js';
import { CaseRecorder } from '../../src/ocpp/recorder.js';

describe('secret values in recorded frames', () => {
  it('masks a 2.0.1 BasicAuthPassword and a 1.6 AuthorizationKey, keeps everything else', () => {
    const set = JSON.stringify([2, 'm1', 'SetVariables', { setVariableData: [
      { attributeValue: 'n3w-s3cret-pass', component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } },
      { attributeValue: '300', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
    ] }]);
    const masked = maskSecretValues(set);
    expect(masked).to.not.include('n3w-s3cret-pass');
    expect(masked).to.include(MASK).and.include('"300"');
    const change = JSON.stringify([2, 'm2', 'ChangeConfiguration', { key: 'AuthorizationKey', value: '0102030405060708090a' }]);
    expect(maskSecretValues(change)).to.not.include('0102030405060708090a');
    const plain = '[2,"m3","Heartbeat",{}]';
    expect(maskSecretValues(plain)).to.equal(plain);
    expect(maskSecretValues('{not json BasicAuthPassword')).to.equal('{not json BasicAuthPassword');
  });

  it('the case recorder stores the masked text', () => {
    const rec = new CaseRecorder();
    const f = rec.addFrame({ t: 1, dir: 'tx', connectionId: 'c', raw: JSON.stringify([2, 'm', 'ChangeConfiguration', { key: 'AuthorizationKey', value: 'deadbeefdeadbeef' }]) });
    expect(f.raw).to.not.include('deadbeef');
  });
});
