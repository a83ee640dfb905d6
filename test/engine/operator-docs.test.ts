/**
 * docs/operator-actions.md (issue 12 §4c): how a hook says it cannot perform an action, the configureCsms
 * settings the cases send, and csmsSend's hint as a partial payload that carries the transactionId the
 * harness knows.
 */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderOperatorActionsDoc } from '../../src/engine/operator-docs.js';
import { CONFIGURE_CSMS_SETTINGS } from '../../src/engine/operator-actions.js';
import { CommandHookOperator, operatorHandle } from '../../src/engine/operator.js';
import { CaseInconclusive } from '../../src/domain/verdict.js';
import { runAgainstReference } from '../../src/session/reference.js';
import type { CaseResult } from '../../src/engine/model.js';

const docFile = fileURLToPath(new URL('../../../docs/operator-actions.md', import.meta.url));

/** The csmsSend requests a case made, as the step log records them. */
function csmsSends(r: CaseResult | undefined): Array<{ action: string; hint?: Record<string, unknown> }> {
  return (r?.steps ?? []).map((s) => /^operator: csmsSend (\{.*\})$/.exec(s.text)?.[1]).filter((j): j is string => j !== undefined)
    .map((j) => JSON.parse(j) as { action: string; hint?: Record<string, unknown> });
}

describe('docs/operator-actions.md', function () {
  this.timeout(120_000);

  it('says how a hook answers "cannot do this", which configureCsms settings exist, and that hint is a partial payload', async () => {
    const doc = await readFile(docFile, 'utf8');
    for (const text of [renderOperatorActionsDoc(new Map()), doc]) {
      expect(text).to.contain('## When a hook cannot do it');
      expect(text).to.match(/non-zero code[\s\S]*outside 2xx[\s\S]*INCONCLUSIVE/);
      expect(text).to.contain('a partial payload');
      for (const setting of Object.keys(CONFIGURE_CSMS_SETTINGS)) expect(text).to.contain(`- \`${setting}\`: `);
    }
  });

  it('a hook exiting non-zero makes the action INCONCLUSIVE with its stderr, as the doc says', async () => {
    const steps: string[] = [];
    const handle = operatorHandle(new CommandHookOperator({ command: 'echo "no API for this" >&2; exit 3' }, undefined, { settleMs: 0 }), 'TC_X', 'CSMS', (t) => steps.push(t));
    const err = await handle.do('configureCsms', { setting: 'nextBootStatus', value: 'Pending' }).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(CaseInconclusive);
    expect((err as Error).message).to.equal('operator skipped configureCsms: hook command exited 3: no API for this');
  });

  it('a case asking the CSMS to stop a transaction gives the transactionId the harness runs in the hint', async () => {
    for (const [version, id, action] of [['2.0.1', 'TC_E_21_CSMS', 'RequestStopTransaction'], ['1.6', 'TC_012_CSMS', 'RemoteStopTransaction']] as const) {
      const r = (await runAgainstReference({ version, sut: 'CSMS', ids: [id], operatorPace: false })).find((c) => c.id === id);
      expect(r?.verdict, `${id}: ${r?.reason ?? ''}`).to.equal('PASS');
      const sends = csmsSends(r).filter((s) => s.action === action);
      expect(sends, `${id}: csmsSend ${action}`).to.have.length(1);
      expect(sends[0]?.hint?.transactionId, `${id}: hint.transactionId`).to.not.equal(undefined);
    }
  });
});
