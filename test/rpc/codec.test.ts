import { expect } from 'chai';
import { parseFrame, serializeMessage, MAX_MESSAGE_ID_LENGTH, type OcppMessage, type ParseResult } from '../../src/rpc/codec.js';
import { isValidRpcErrorCode } from '../../src/rpc/error-codes.js';
import { OCPP_VERSIONS, type OcppVersion } from '../../src/rpc/versions.js';
import type { Finding } from '../../src/rpc/findings.js';

function finding(result: ParseResult): Finding & { readonly _parsed: ParseResult } {
  expect(result.ok, `expected a finding, got ${JSON.stringify(result)}`).to.equal(false);
  if (result.ok) throw new Error('unreachable');
  return { ...result.finding, _parsed: result };
}

function message(result: ParseResult): OcppMessage {
  expect(result.ok, `expected a message, got ${JSON.stringify(result)}`).to.equal(true);
  if (!result.ok) throw new Error('unreachable');
  return result.message;
}

const VALID: Record<2 | 3 | 4 | 5 | 6, string> = {
  2: '[2,"m-1","Heartbeat",{}]',
  3: '[3,"m-1",{"currentTime":"2025-01-01T00:00:00Z"}]',
  4: '[4,"m-1","GenericError","boom",{"why":1}]',
  5: '[5,"m-1","InternalError","late failure",{}]',
  6: '[6,"m-1","NotifyPeriodicEventStream",{"id":1,"pending":0,"basetime":"2025-01-01T00:00:00Z","data":[]}]',
};

describe('rpc/codec parseFrame', () => {
  for (const version of OCPP_VERSIONS) {
    describe(`OCPP ${version}`, () => {
      for (const type of [2, 3, 4, 5, 6] as const) {
        const allowed = type <= 4 || version === '2.1';
        it(`message type ${type} is ${allowed ? 'parsed' : `refused (not in ${version})`}`, () => {
          const raw = VALID[type];
          const result = parseFrame(raw, version);
          if (allowed) {
            const m = message(result);
            expect(m.type).to.equal(type);
            expect(m.messageId).to.equal('m-1');
            expect(JSON.parse(serializeMessage(m))).to.deep.equal(JSON.parse(raw));
          } else {
            const f = finding(result);
            expect(f.code).to.equal('FRAME_TYPE_NOT_IN_VERSION');
            expect(f.raw).to.equal(raw);
            expect(f.message).to.contain(`type ${type}`).and.contain(version);
            expect(f._parsed).to.include({ messageId: 'm-1', type });
          }
        });
      }

      it('gives every finding an RPC error code that exists in this version', () => {
        const frames = ['nope', '{}', '[7,"x",{}]', '[1,"x",{}]', '[5,"x","GenericError","",{}]', '[6,"x","Heartbeat",{}]', '[2,"","Heartbeat",{}]', '[2,"x","Heartbeat"]'];
        for (const raw of frames) {
          const result = parseFrame(raw, version);
          if (result.ok) continue;
          expect(isValidRpcErrorCode(version, result.finding.rpcErrorCode), `${raw} -> ${result.finding.rpcErrorCode}`).to.equal(true);
        }
      });
    });
  }

  describe('frames that are not OCPP-J', () => {
    const cases: Array<[string, string, Finding['code']]> = [
      ['truncated JSON', '[2,"m-1","Heartbeat",', 'FRAME_NOT_JSON'],
      ['empty text', '', 'FRAME_NOT_JSON'],
      ['not JSON at all', 'hello', 'FRAME_NOT_JSON'],
      ['JSON object', '{"type":2}', 'FRAME_NOT_ARRAY'],
      ['JSON string', '"[2,\\"a\\",\\"Heartbeat\\",{}]"', 'FRAME_NOT_ARRAY'],
      ['JSON null', 'null', 'FRAME_NOT_ARRAY'],
      ['JSON number', '2', 'FRAME_NOT_ARRAY'],
      ['empty array', '[]', 'FRAME_BAD_TYPE_ID'],
      ['type id 1', '[1,"m-1",{}]', 'FRAME_BAD_TYPE_ID'],
      ['type id 7', '[7,"m-1",{}]', 'FRAME_BAD_TYPE_ID'],
      ['type id 0', '[0,"m-1",{}]', 'FRAME_BAD_TYPE_ID'],
      ['type id as string', '["2","m-1","Heartbeat",{}]', 'FRAME_BAD_TYPE_ID'],
      ['fractional type id', '[2.5,"m-1","Heartbeat",{}]', 'FRAME_BAD_TYPE_ID'],
      ['numeric message id', '[2,42,"Heartbeat",{}]', 'FRAME_BAD_MESSAGE_ID'],
      ['null message id', '[2,null,"Heartbeat",{}]', 'FRAME_BAD_MESSAGE_ID'],
      ['missing message id', '[2]', 'FRAME_BAD_MESSAGE_ID'],
      ['empty message id', '[2,"","Heartbeat",{}]', 'FRAME_BAD_MESSAGE_ID'],
      [`${MAX_MESSAGE_ID_LENGTH + 1}-char message id`, `[2,"${'x'.repeat(MAX_MESSAGE_ID_LENGTH + 1)}","Heartbeat",{}]`, 'FRAME_BAD_MESSAGE_ID'],
      ['CALL without payload', '[2,"m-1","Heartbeat"]', 'FRAME_BAD_SHAPE'],
      ['CALL with an extra element', '[2,"m-1","Heartbeat",{},{}]', 'FRAME_BAD_SHAPE'],
      ['CALL with a numeric action', '[2,"m-1",5,{}]', 'FRAME_BAD_SHAPE'],
      ['CALL with an array payload', '[2,"m-1","Heartbeat",[]]', 'FRAME_BAD_SHAPE'],
      ['CALL with a null payload', '[2,"m-1","Heartbeat",null]', 'FRAME_BAD_SHAPE'],
      ['CALLRESULT without payload', '[3,"m-1"]', 'FRAME_BAD_SHAPE'],
      ['CALLRESULT with a string payload', '[3,"m-1","ok"]', 'FRAME_BAD_SHAPE'],
      ['CALLRESULT with an extra element', '[3,"m-1",{},{}]', 'FRAME_BAD_SHAPE'],
      ['CALLERROR without details', '[4,"m-1","GenericError","x"]', 'FRAME_BAD_SHAPE'],
      ['CALLERROR with a numeric code', '[4,"m-1",500,"x",{}]', 'FRAME_BAD_SHAPE'],
      ['CALLERROR with a null description', '[4,"m-1","GenericError",null,{}]', 'FRAME_BAD_SHAPE'],
      ['CALLERROR with array details', '[4,"m-1","GenericError","x",[]]', 'FRAME_BAD_SHAPE'],
    ];
    for (const version of OCPP_VERSIONS) {
      for (const [name, raw, code] of cases) {
        it(`${version}: ${name} -> ${code}`, () => {
          const f = finding(parseFrame(raw, version));
          expect(f.code).to.equal(code);
          expect(f.raw).to.equal(raw);
          expect(f.origin).to.equal('peer');
          expect(f.message).to.be.a('string').and.not.equal('');
        });
      }
    }

    it('accepts a message id of exactly 36 characters', () => {
      const id = 'x'.repeat(MAX_MESSAGE_ID_LENGTH);
      expect(message(parseFrame(`[2,"${id}","Heartbeat",{}]`, '2.0.1')).messageId).to.equal(id);
    });

    it('keeps the message id of a broken CALL so it can still be answered', () => {
      const result = parseFrame('[2,"m-9","Heartbeat",[]]', '2.0.1');
      if (result.ok) throw new Error('expected a finding');
      expect(result).to.include({ messageId: 'm-9', type: 2 });
      expect(result.finding.rpcErrorCode).to.equal('FormatViolation');
    });

    it('suggests the version spelling of the error code', () => {
      expect(finding(parseFrame('[2,"m-1","Heartbeat"]', '1.6')).rpcErrorCode).to.equal('FormationViolation');
      expect(finding(parseFrame('[2,"m-1","Heartbeat"]', '2.0.1')).rpcErrorCode).to.equal('FormatViolation');
      expect(finding(parseFrame('[9,"m-1",{}]', '1.6')).rpcErrorCode).to.equal('NotSupported');
      expect(finding(parseFrame('[9,"m-1",{}]', '2.0.1')).rpcErrorCode).to.equal('MessageTypeNotSupported');
    });

    it('marks the origin it is given', () => {
      expect(finding(parseFrame('x', '1.6', 'local')).origin).to.equal('local');
    });

    it('never throws, whatever the input', () => {
      const nasty = [
        '['.repeat(100_000),
        `[2,"m","Heartbeat",${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}]`,
        '[2,"m","__proto__",{"__proto__":{"polluted":true}}]',
        '[2,"m","Heartbeat",{}]\u0000',
        '\uFEFF[2,"m","Heartbeat",{}]',
        '[2,"\uD800","Heartbeat",{}]',
        'x'.repeat(1_000_000),
        '[3,"m",{"a":1e999}]',
        '[4,"m","GenericError","",{}',
      ];
      for (const raw of nasty) {
        for (const version of OCPP_VERSIONS) {
          let result: ParseResult | undefined;
          expect(() => { result = parseFrame(raw, version); }).not.to.throw();
          if (result && !result.ok) expect(result.finding.raw).to.equal(raw);
        }
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });

  describe('serializeMessage', () => {
    const samples: OcppMessage[] = [
      { type: 2, messageId: 'a', action: 'Heartbeat', payload: {} },
      { type: 3, messageId: 'b', payload: { currentTime: '2025-01-01T00:00:00Z' } },
      { type: 4, messageId: 'c', errorCode: 'GenericError', errorDescription: 'd', errorDetails: { x: 1 } },
      { type: 5, messageId: 'd', errorCode: 'InternalError', errorDescription: '', errorDetails: {} },
      { type: 6, messageId: 'e', action: 'NotifyPeriodicEventStream', payload: { id: 1 } },
    ];
    for (const m of samples) {
      it(`round-trips message type ${m.type}`, () => {
        const version: OcppVersion = '2.1';
        expect(message(parseFrame(serializeMessage(m), version))).to.deep.equal(m);
      });
    }
  });
});
