/**
 * Issue 13 items 1, 2 and 4 at unit level: every path that walks SUT data survives a frame
 * nested 100,000 deep (V8's JSON.parse is iterative; JSON.stringify and naive walks are not).
 */
import { expect } from 'chai';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_MAX_FRAME_DEPTH, nestsDeeperThan, parseFrame } from '../../src/rpc/codec.js';
import { redactSecrets } from '../../src/report/redact.js';
import { REDACTED_PRIVATE_KEY } from '../../src/domain/secrets.js';
import { maskSecretValues } from '../../src/ocpp/secret-frames.js';
import { defaultResponse } from '../../src/ocpp/default-responses.js';
import { extractBootIdentity } from '../../src/engine/runner.js';
import { defaultIcs } from '../../src/config/default-ics.js';
import { resolveConfig, validateConfigFile } from '../../src/config/config.js';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { writeReports } from '../../src/report/write.js';
import { builtInImplemented } from '../../src/engine/catalogue.js';
import { buildResultsFromEvents } from '../../src/report/results.js';
import type { CaseResult } from '../../src/engine/model.js';
import { fakeRunEvents } from '../report/fake-run.js';

const DEEP = 100_000;
const deepArray = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObject = (n: number, leaf = '1') => `${'{"a":'.repeat(n)}${leaf}${'}'.repeat(n)}`;

describe('robustness: deeply nested SUT data (issue 13 items 1, 2, 4)', () => {
  describe('rpc/codec', () => {
    it('a frame whose type id is a 100,000-deep array is a FRAME_TOO_DEEP finding with the raw text kept', () => {
      const raw = `[${deepArray(DEEP)},"m1","Heartbeat",{}]`;
      const r = parseFrame(raw, '2.0.1');
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.finding.code).to.equal('FRAME_TOO_DEEP');
      expect(r.finding.raw).to.equal(raw);
      expect(r.finding.message).to.contain(`deeper than ${DEFAULT_MAX_FRAME_DEPTH} levels`);
    });

    it('a message id that is a deep object, or a payload nested past the limit, is a finding; the call id is kept for the answer', () => {
      expect(parseFrame(`[2,${deepObject(DEEP)},"Heartbeat",{}]`, '1.6').ok).to.equal(false);
      const r = parseFrame(`[2,"m2","BootNotification",{"chargingStation":{"vendorName":${deepObject(DEEP, '"x"')}}}]`, '2.0.1');
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.finding.code).to.equal('FRAME_TOO_DEEP');
      expect(r.messageId).to.equal('m2');
      expect(r.type).to.equal(2);
    });

    it('a shallow but non-scalar type id or message id is described, never stringified whole', () => {
      const r = parseFrame('[[1,2],"m",{}]', '2.0.1');
      expect(!r.ok && r.finding.message).to.equal('unknown message type id an array');
      const m = parseFrame('[2,{"a":1},"Heartbeat",{}]', '2.0.1');
      expect(!m.ok && m.finding.message).to.equal('message id must be a string, got an object');
    });

    it('the depth limit is configurable and sits exactly at the limit', () => {
      const nest = (n: number) => `[2,"m","DataTransfer",{"vendorId":"v","data":${deepArray(n - 2)}}]`;
      // The frame array is level 1, the payload level 2: `n` levels in all.
      expect(parseFrame(nest(64), '2.0.1').ok).to.equal(true);
      expect(parseFrame(nest(65), '2.0.1').ok).to.equal(false);
      expect(parseFrame(nest(65), '2.0.1', 'peer', 100).ok).to.equal(true);
      expect(nestsDeeperThan(JSON.parse(deepArray(DEEP)), 64)).to.equal(true);
      expect(nestsDeeperThan({ a: [1, { b: 'c' }] }, 3)).to.equal(false);
    });

    it('limits.maxFrameDepth is in the published config schema with its default, and reaches the resolved config', () => {
      const limits = (CONFIG_SCHEMA.properties as unknown as Record<string, { properties: Record<string, { default: number }> }>).limits;
      expect(limits?.properties.maxFrameDepth?.default).to.equal(64);
      expect(resolveConfig({}, {}, {}).limits.maxFrameDepth).to.equal(64);
      expect(resolveConfig(validateConfigFile({ limits: { maxFrameDepth: 16 } }, 't'), {}, {}).limits.maxFrameDepth).to.equal(16);
      expect(() => validateConfigFile({ limits: { maxFrameDepth: 'deep' } }, 't')).to.throw(/limits\.maxFrameDepth/);
    });
  });

  describe('walkers of SUT data', () => {
    it('redactSecrets walks a 100,000-deep value and still redacts a key at the bottom, copy on write', () => {
      const key = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----';
      const value = JSON.parse(deepObject(DEEP, JSON.stringify(key))) as unknown;
      const out = redactSecrets(value) as Record<string, unknown>;
      let node: unknown = out;
      for (let i = 0; i < DEEP; i++) node = (node as { a: unknown }).a;
      expect(node).to.equal(REDACTED_PRIVATE_KEY);
      const clean = { a: [1, 'x', { b: null }] };
      expect(redactSecrets(clean)).to.equal(clean);
      expect(redactSecrets({ a: [key] })).to.deep.equal({ a: [REDACTED_PRIVATE_KEY] });
    });

    it('secret masking of recorded frames survives a deep frame naming a secret variable', () => {
      const raw = `[2,"m","SetVariables",{"setVariableData":[{"variable":{"name":"BasicAuthPassword"},"attributeValue":"hunter2","x":${deepArray(DEEP)}}]}]`;
      const masked = maskSecretValues(raw);
      expect(masked).not.to.contain('hunter2');
      const shallow = maskSecretValues('[2,"m","SetVariables",{"setVariableData":[{"variable":{"name":"BasicAuthPassword"},"attributeValue":"hunter2"}]}]');
      expect(shallow).to.contain('********').and.not.contain('hunter2');
    });

    it('the default GetVariables/SetVariables answers echo only scalar ids, never the CSMS\'s nesting', () => {
      const ctx = { version: '2.0.1' as const, ics: defaultIcs('2.0.1', 'CSMS'), now: () => 'now', nextTransactionId: () => 1 };
      const nested = JSON.parse(deepObject(1000, '"x"')) as unknown;
      const answer = defaultResponse('station', 'GetVariables', { getVariableData: [{ component: { name: nested, evse: { id: 1, extra: nested } }, variable: { name: 'V', instance: nested } }] }, ctx);
      expect(answer).to.deep.equal({ getVariableResult: [{ attributeType: 'Actual', attributeStatus: 'UnknownVariable', component: { name: '[nested]', evse: { id: 1 } }, variable: { name: 'V', instance: '[nested]' } }] });
      expect(defaultResponse('station', 'SetVariables', { setVariableData: 'not a list' }, ctx)).to.deep.equal({ setVariableResult: [] });
    });

    it('the SUT identity takes only strings from the BootNotification', () => {
      const frame = { t: 0, dir: 'rx' as const, action: 'BootNotification', raw: JSON.stringify([2, 'b', 'BootNotification', { reason: 'PowerUp', chargingStation: { vendorName: { a: { b: 'c' } }, model: 'M1' } }]) };
      const result = { frames: [frame] } as unknown as CaseResult;
      expect(extractBootIdentity([result])).to.deep.equal({ model: 'M1' });
    });

    it('the report writers write every file for a run whose SUT sent a deep frame and a nested vendor', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-deep-'));
      try {
        const results = buildResultsFromEvents(fakeRunEvents());
        const deepRaw = `[2,"m","BootNotification",{"chargingStation":{"vendorName":${deepObject(DEEP, '"x"')}}}]`;
        const first = results.cases[0]!;
        const withDeep = { ...results, cases: [{ ...first, frames: [{ t: 0, dir: 'rx' as const, raw: deepRaw, findings: ['FRAME_TOO_DEEP: too deep'] }] }, ...results.cases.slice(1)] };
        const files = await writeReports(withDeep, dir, { html: true, pdf: false, implemented: await builtInImplemented() });
        const written = JSON.parse(await readFile(files.results, 'utf8')) as { cases: CaseResult[] };
        expect(written.cases[0]!.frames[0]!.raw).to.equal(deepRaw);
        expect(await readFile(files.html!, 'utf8')).to.contain('FRAME_TOO_DEEP');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});
