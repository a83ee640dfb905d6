import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import type { CaseResult, RunResults } from '../../src/engine/model.js';
import { isHarnessError } from '../../src/errors.js';
import { renderHtml } from '../../src/report/html/render.js';
import { computeReadiness, scopeOf, type ReportResults } from '../../src/report/readiness.js';
import { launchChromium, renderPdf } from '../../src/report/pdf.js';
import { buildResultsFromEvents } from '../../src/report/results.js';
import { syntheticRun } from '../../bench/report.js';
import { EXPECTED_MATRIX, FAIL_REASON, HOSTILE, fakeRunEvents, runOnly } from './fake-run.js';

/** All browser tests share one Chromium; each test gets a fresh page on a report file. */
describe('report/html in Chromium', function () {
  this.timeout(30000);
  let browser: Browser;
  let dir: string;
  let page: Page;
  let problems: string[];
  const results = buildResultsFromEvents(fakeRunEvents());

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ocpph-html-'));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await page?.context().close();
  });

  async function open(r: ReportResults | string = results, name = 'report.html'): Promise<Page> {
    const path = join(dir, name);
    // Readiness over the run's own cases unless the test gives one (the official scope has its own test below).
    writeFileSync(path, typeof r === 'string' ? r : renderHtml(r.readiness ? r : runOnly(r)));
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) problems.push(`request: ${req.url()}`);
    });
    page.on('requestfailed', (req) => problems.push(`failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
    await page.goto(pathToFileURL(path).href);
    await page.waitForFunction(() => (globalThis as { __reportReady?: boolean }).__reportReady === true);
    return page;
  }

  const tid = (id: string) => `[data-testid="${id}"]`;
  const visibleRows = (p: Page) =>
    p.$$eval('[data-testid^="case-row-"]', (els) => els.filter((e) => !(e as unknown as { hidden: boolean }).hidden).map((e) => e.getAttribute('data-testid')!.slice('case-row-'.length)));

  it('opens from file:// with no console error, no request, and SUT text shown literally, never run', async () => {
    const p = await open();
    expect(await p.textContent(tid('sut-vendor'))).to.equal(HOSTILE);
    expect(await p.textContent(tid('sut-model'))).to.equal('Wallbox "Pro" & <Co>');
    expect(await p.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).to.equal(undefined);
    expect(await p.locator('img').count()).to.equal(0);
    expect(await p.locator('script:not([type="application/json"])').count()).to.equal(1);
    expect(await p.textContent(tid('harness-version'))).to.equal('ocpp-harness 0.1.0');
    expect(await p.textContent(tid('sut-firmware'))).to.equal('1.2.3-rc1');
    expect(await p.textContent(tid('ics'))).to.contain('ISO14443, Central');
    expect(problems).to.deep.equal([]);
  });

  it('its Content-Security-Policy runs only the script the harness shipped (defense in depth)', async () => {
    const html = renderHtml(results).replace('<body>', '<body><script>window.__pwned=9</script><img src="https://example.invalid/x.png">');
    const p = await open(html, 'injected.html');
    expect(await p.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).to.equal(undefined);
    expect(problems.some((m) => /Content Security Policy/i.test(m))).to.equal(true);
    // Chromium announces the image request, then blocks it before it leaves.
    const img = 'https://example.invalid/x.png';
    expect(problems.filter((m) => !/Content Security Policy/i.test(m))).to.deep.equal([`request: ${img}`, `failed: ${img} csp`]);
    expect(await p.evaluate(() => (globalThis as { __reportReady?: boolean }).__reportReady)).to.equal(true);
  });

  it('shows the summary and a readiness matrix with the right counts', async () => {
    const p = await open();
    expect(await p.textContent(`${tid('summary-FAIL')} .n`)).to.equal('1');
    expect(await p.textContent(`${tid('summary-PASS')} .n`)).to.equal('3');
    const columns = ['passed', 'failed', 'notrun', 'na'];
    for (const [profile, want] of Object.entries(EXPECTED_MATRIX)) {
      expect(await p.isVisible(tid(`matrix-row-${profile}`))).to.equal(true);
      for (const [i, column] of columns.entries()) {
        expect(await p.textContent(tid(`matrix-${profile}-mandatory-${column}`)), `${profile} M ${column}`).to.equal(String(want.m[i]));
        expect(await p.textContent(tid(`matrix-${profile}-conditional-${column}`)), `${profile} C ${column}`).to.equal(String(want.c[i]));
      }
      expect(await p.textContent(`${tid(`matrix-${profile}-readiness`)} .pill`)).to.equal(want.readiness);
    }
    expect(await p.textContent(tid('overall-status'))).to.contain('1 of 3 assessed profiles ready');
  });

  it('filters by verdict, profile, block and text', async () => {
    const p = await open();
    expect(await visibleRows(p)).to.have.length(7);
    await p.selectOption(tid('filter-verdict'), 'FAIL');
    expect(await visibleRows(p)).to.deep.equal(['TC_B_02_CS']);
    expect(await p.textContent(tid('filter-count'))).to.equal('1 of 7 cases');
    await p.selectOption(tid('filter-verdict'), '');
    await p.selectOption(tid('filter-profile'), 'Smart Charging');
    expect(await visibleRows(p)).to.deep.equal(['TC_K_01_CS', 'TC_K_02_CS']);
    await p.selectOption(tid('filter-profile'), '');
    await p.selectOption(tid('filter-block'), 'E - Transactions');
    expect(await visibleRows(p)).to.deep.equal(['TC_E_03_CS']);
    await p.selectOption(tid('filter-block'), '');
    await p.fill(tid('filter-text'), 'CABLE');
    expect(await visibleRows(p)).to.deep.equal(['TC_E_03_CS']);
    await p.fill(tid('filter-text'), 'b01.fr.05');
    expect(await visibleRows(p)).to.deep.equal(['TC_B_02_CS']);
    await p.fill(tid('filter-text'), 'no such case anywhere');
    expect(await visibleRows(p)).to.deep.equal([]);
    expect(await p.isVisible(tid('no-match'))).to.equal(true);
    await p.fill(tid('filter-text'), '');
    await p.click(tid('summary-ERROR'));
    expect(await visibleRows(p)).to.deep.equal(['TC_K_01_CS']);
    expect(problems).to.deep.equal([]);
  });

  it('expanding a failed case shows the reason, the requirement and the offending frame, all as text', async () => {
    const p = await open();
    expect(await p.isVisible(tid('offending-frame'))).to.equal(false);
    await p.click(`${tid('case-row-TC_B_02_CS')} .case-head`);
    const detail = p.locator(tid('case-detail-TC_B_02_CS'));
    expect(await detail.isVisible()).to.equal(true);
    expect(await detail.locator('.outcome .reason').textContent()).to.equal(FAIL_REASON);
    expect(await detail.locator('.outcome .req code').textContent()).to.equal('B01.FR.05');
    const offending = detail.locator(tid('offending-frame'));
    expect(await offending.isVisible()).to.equal(true);
    const text = (await offending.textContent())!;
    expect(text).to.contain('SUT \u2192 Harness').and.contain('BootNotification').and.contain('"Triggered"');
    expect(text).to.contain('Acme </script><script>window.__pwned=3</script>').and.contain('line\u2028separator');
    expect(text).to.contain('B01.FR.05: reason must be PowerUp after a cold boot');
    const inTrace = detail.locator(tid('frame-TC_B_02_CS-0'));
    expect(await inTrace.getAttribute('class')).to.contain('offending');
    expect(await inTrace.isVisible()).to.equal(true);
    expect(await detail.locator(tid('frame-TC_B_02_CS-1')).textContent()).to.contain('Harness \u2192 SUT').and.contain('CALLRESULT');
    expect(await detail.locator(tid('frame-TC_B_02_CS-2')).textContent()).to.contain('malformed').and.contain('{"not json');
    expect(await detail.locator(`${tid('case-steps')} tr`).count()).to.equal(2);
    expect(await p.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).to.equal(undefined);
    await p.click(`${tid('case-row-TC_B_02_CS')} .case-head`);
    expect(await detail.isVisible()).to.equal(false);
    expect(problems).to.deep.equal([]);
  });

  it('shows a multilingual display message as its text in each language, escaped', async () => {
    const base = results.cases[1] as Extract<CaseResult, { verdict: 'FAIL' }>;
    const t = Date.parse(base.startedAt);
    const texts: Array<[string, string]> = [['en', '<script>window.__pwned=7</script>Welcome & <b>charge</b>'], ['de', 'Willkommen, bitte Karte vorhalten'], ['ja', '\u5145\u96fb\u3092\u958b\u59cb\u3057\u307e\u3059']];
    const messageInfo = texts.map(([language, content], i) => ({ id: i + 1, priority: 'NormalCycle', message: { format: 'UTF8', language, content } }));
    const frames = [{ t, dir: 'rx' as const, action: 'NotifyDisplayMessages', raw: JSON.stringify([2, 'm1', 'NotifyDisplayMessages', { requestId: 5, messageInfo }]) }];
    const p = await open({ ...results, cases: [{ ...base, frames, offendingFrame: 0 }] }, 'languages.html');
    await p.click(`${tid('case-row-TC_B_02_CS')} .case-head`);
    const list = p.locator(`${tid('frame-TC_B_02_CS-0')} ${tid('message-texts')}`);
    expect(await list.isVisible()).to.equal(true);
    expect(await list.locator('dt').allTextContents()).to.deep.equal(texts.map(([lang]) => lang));
    expect(await list.locator('dd').allTextContents()).to.deep.equal(texts.map(([, content]) => content));
    // Shown as text: no element came from the message, and nothing of it ran.
    expect(await list.locator('script, b').count()).to.equal(0);
    expect(await p.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).to.equal(undefined);
    expect(problems).to.deep.equal([]);
  });

  it('pages a long trace but always renders the offending frame', async () => {
    const base = results.cases[1] as Extract<CaseResult, { verdict: 'FAIL' }>;
    const frames = Array.from({ length: 1500 }, (_, i) => ({ t: Date.parse(base.startedAt) + i, dir: i % 2 ? ('tx' as const) : ('rx' as const), raw: JSON.stringify([2, `m${i}`, 'Heartbeat', {}]), action: 'Heartbeat', ...(i === 900 ? { offending: true } : {}) }));
    const big: RunResults = { ...results, cases: [{ ...base, frames, offendingFrame: 900 }] };
    const p = await open(big, 'big.html');
    await p.click(`${tid('case-row-TC_B_02_CS')} .case-head`);
    expect(await p.isVisible(tid('frame-TC_B_02_CS-900'))).to.equal(true);
    expect(await p.locator('[data-testid^="frame-TC_B_02_CS-"]').count()).to.equal(921);
    await p.click('.trace > button.more');
    expect(await p.locator('[data-testid^="frame-TC_B_02_CS-"]').count()).to.equal(1421);
  });

  it('opens a case holding a 100,000-deep frame (shown as sent, unformatted) without an error', async () => {
    const base = results.cases[1] as Extract<CaseResult, { verdict: 'FAIL' }>;
    const deep = `[2,"m1","BootNotification",{"v":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`;
    const frames = [{ t: Date.parse(base.startedAt), dir: 'rx' as const, raw: deep, findings: ['FRAME_TOO_DEEP: frame nests deeper than 64 levels'], offending: true }];
    const p = await open({ ...results, cases: [{ ...base, frames, offendingFrame: 0 }] }, 'deep.html');
    await p.click(`${tid('case-row-TC_B_02_CS')} .case-head`);
    const frame = p.locator(tid('frame-TC_B_02_CS-0'));
    expect(await frame.isVisible()).to.equal(true);
    expect(await frame.locator('pre').getAttribute('class')).to.equal('json bad');
    expect(await frame.textContent()).to.contain('FRAME_TOO_DEEP').and.contain('[2,"m1","BootNotification",{"v":[[[');
    expect(problems).to.deep.equal([]);
  });

  // How fast it becomes interactive is measured by `npm run bench` (report time to interactive), not here.
  it('1,000 cases / 100,000 frames: filters, and a case still expands', async () => {
    const big = syntheticRun(1000, 100);
    const p = await open(big, 'scale.html');
    await p.selectOption(tid('filter-verdict'), 'FAIL');
    const failed = await visibleRows(p);
    expect(failed).to.have.length(big.cases.filter((c) => c.verdict === 'FAIL').length);
    await p.click(`${tid(`case-row-${failed[0]}`)} .case-head`);
    expect(await p.isVisible(`${tid(`case-detail-${failed[0]}`)} ${tid('offending-frame')}`)).to.equal(true);
    expect(await p.locator(`${tid(`case-detail-${failed[0]}`)} .trace .frame`).count()).to.equal(100);
    expect(problems).to.deep.equal([]);
  });

  it('prints with failures expanded and filters hidden', async () => {
    const p = await open();
    await p.emulateMedia({ media: 'print' });
    expect(await p.evaluate(() => (globalThis as unknown as { __reportPrepareForPrint: () => number }).__reportPrepareForPrint())).to.equal(1);
    expect(await p.isVisible(tid('offending-frame'))).to.equal(true);
    expect(await p.isVisible(tid('filter-verdict'))).to.equal(false);
  });

  it('readiness over the official catalogue: says how many cases are not covered, with the list one click away', async () => {
    const implemented = new Set(results.cases.map((c) => `${c.version}/${c.id}`));
    const readiness = computeReadiness(results.cases, { scopes: scopeOf(results, implemented) });
    const security = readiness.find((r) => r.profile === 'Advanced Security')!;
    const p = await open({ ...results, readiness }, 'official.html');
    const cell = tid('matrix-Advanced Security-readiness');
    expect(await p.textContent(`${cell} .pill`)).to.equal('Incomplete');
    expect(await p.textContent(`${cell} .explain`)).to.contain(`${security.notCovered.length} not covered by this version of the harness`);
    expect(await p.textContent(tid('matrix-Advanced Security-mandatory-notcovered'))).to.equal(String(security.mandatory.notCovered));
    const list = `${tid('matrix-Advanced Security-uncovered')} li`;
    expect(await p.isVisible(list)).to.equal(false);
    await p.click(`${tid('matrix-Advanced Security-uncovered')} summary`);
    expect(await p.locator(list).count()).to.equal(security.notCovered.length);
    expect(await p.textContent(tid('overall-status'))).not.to.match(/All \d+ assessed profiles? ready/);
    expect(await p.textContent(tid('claim-Core-shown'))).to.equal('Not ready');
    expect(problems).to.deep.equal([]);
  });

  it('shows an unfinished run as such', async () => {
    const p = await open({ ...results, unfinished: true, planned: 12 }, 'unfinished.html');
    expect(await p.textContent(tid('unfinished-banner'))).to.contain('7 of 12 planned cases');
    expect(await p.textContent(`${tid('matrix-Advanced Security-readiness')} .pill`)).to.equal('Incomplete');
  });

  it('renders a PDF through the system Chromium', async () => {
    const html = join(dir, 'pdf-source.html');
    writeFileSync(html, renderHtml(results));
    const pdf = join(dir, 'report.pdf');
    await renderPdf(html, pdf);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).to.equal('%PDF-');
    expect(bytes.length).to.be.greaterThan(10_000);
  });

  it('says how to install Chromium when it is missing, and never downloads one', async () => {
    const saved = process.env.OCPPH_CHROMIUM;
    process.env.OCPPH_CHROMIUM = join(dir, 'no-chromium-here');
    try {
      await launchChromium();
      expect.fail('should throw');
    } catch (error) {
      expect(isHarnessError(error, 'OCPPH_ERR_BROWSER')).to.equal(true);
      expect((error as Error).message).to.contain('apt-get install chromium');
    } finally {
      if (saved === undefined) delete process.env.OCPPH_CHROMIUM;
      else process.env.OCPPH_CHROMIUM = saved;
    }
  });
});
