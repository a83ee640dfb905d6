/**
 * The report of a real run, opened in a real browser: a reference station with hostile strings
 * in its identity (fault `hostile-strings`) must show them as text, and nothing may execute.
 */
import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/report/pdf.js';
import { runCli } from '../helpers/cli.js';

describe('report of a real run with hostile SUT strings', function () {
  this.timeout(60_000);
  let dir: string;
  let browser: Browser;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-e2e-'));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('escapes the vendor and frames, runs no injected script, and shows the trace', async () => {
    const out = path.join(dir, 'run');
    const res = await runCli(['run', '--sim', '--sim-fault', 'hostile-strings', '--ocpp', '2.0.1', '--sut', 'cs', '--case', 'TC_B_01_CS', '--out', out]);
    expect(res.code, res.stderr).to.be.oneOf([0, 1]);
    const page = await browser.newPage();
    const errors: string[] = [];
    let dialogs = 0;
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { dialogs += 1; void d.dismiss(); });
    await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
    await page.locator('[data-testid="case-row-TC_B_01_CS"]').click();
    const vendor = await page.locator('[data-testid="sut-vendor"]').textContent();
    expect(vendor).to.include('<');
    const detail = await page.locator('[data-testid="case-detail-TC_B_01_CS"]').textContent();
    expect(detail).to.include('BootNotification');
    expect(dialogs, 'an injected script ran').to.equal(0);
    expect(errors).to.deep.equal([]);
    await page.close();
  });
});
