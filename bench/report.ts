import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { summarize } from '../src/engine/model.js';
import type { CaseResult, FrameRecord, ProfileMembership, RunResults, StepRecord } from '../src/engine/model.js';
import type { Verdict } from '../src/domain/verdict.js';
import { renderHtml } from '../src/report/html/render.js';
import { launchChromium } from '../src/report/pdf.js';

const PROFILES = ['Core', 'Advanced Security', 'Local Authorization List Management', 'Smart Charging', 'Advanced Device Management', 'Advanced User Interface', 'Reservation', 'ISO 15118 support'];
const BLOCKS = 'ABCDEFGHIJKLMNOP'.split('');
const T0 = Date.parse('2025-03-01T08:00:00.000Z');

/** Verdict of case i: mostly passes, a few of everything else (deterministic). */
function verdictOf(i: number): Verdict {
  const r = (i * 7919) % 100;
  if (r < 84) return 'PASS';
  if (r < 90) return 'FAIL';
  if (r < 94) return 'NOT_APPLICABLE';
  if (r < 98) return 'INCONCLUSIVE';
  return 'ERROR';
}

function meterValues(i: number, k: number): object {
  return {
    evseId: 1 + (k % 2),
    meterValue: [
      {
        timestamp: new Date(T0 + i * 1000 + k).toISOString(),
        sampledValue: [
          { value: 1234.5 + k, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
          { value: 16 + (k % 5), measurand: 'Current.Import', phase: 'L1', unitOfMeasure: { unit: 'A' } },
          { value: 230.1, measurand: 'Voltage', phase: 'L1-N', unitOfMeasure: { unit: 'V' } },
        ],
      },
    ],
  };
}

/** A synthetic run of `cases` cases with `framesPerCase` frames each, shaped like a real one. */
export function syntheticRun(cases = 1000, framesPerCase = 100): RunResults {
  const list: CaseResult[] = [];
  let t = T0;
  for (let i = 0; i < cases; i++) {
    const block = BLOCKS[i % BLOCKS.length]!;
    const id = `TC_${block}_${String(i).padStart(4, '0')}_CS`;
    const profiles: ProfileMembership[] = [{ profile: PROFILES[i % PROFILES.length]!, mandatory: i % 3 !== 0 }];
    if (i % 5 === 0) profiles.push({ profile: 'Core', mandatory: false, condition: 'C-07 supports the feature under test' });
    if (!profiles[0]!.mandatory) profiles[0]!.condition = `C-${String(i % 40).padStart(2, '0')} feature claimed in the ICS`;
    const start = t;
    const frames: FrameRecord[] = [];
    const steps: StepRecord[] = [];
    const verdict = verdictOf(i);
    for (let k = 0; k < framesPerCase; k += 2) {
      const mid = `${i}-${k}`;
      t += 3;
      frames.push({ t, dir: 'rx', action: 'MeterValues', raw: JSON.stringify([2, mid, 'MeterValues', meterValues(i, k)]) });
      t += 2;
      frames.push({ t, dir: 'tx', action: 'MeterValues', raw: JSON.stringify([3, mid, {}]) });
      if (k % 20 === 0) steps.push({ t, text: `expect MeterValues #${k / 2 + 1} and respond`, outcome: 'ok' });
    }
    const base = { id, title: `Synthetic case ${i}: meter values while charging on EVSE ${1 + (i % 2)}`, version: '2.0.1' as const, sut: 'CS' as const, profiles, covers: [`${block}0${1 + (i % 9)}.FR.0${1 + (i % 7)}`], catches: [], block, sutRole: 'CS' as const, startedAt: new Date(start).toISOString(), durationMs: t - start, steps, frames };
    if (verdict === 'FAIL') {
      const off = Math.floor(frames.length / 2) & ~1;
      frames[off] = { ...frames[off]!, offending: true, findings: ['sampledValue.value must be a number'] };
      list.push({ ...base, verdict, reason: 'MeterValues.sampledValue[0].value is not a decimal', requirement: `${block}01.FR.01`, offendingFrame: off });
    } else if (verdict === 'PASS') {
      list.push({ ...base, verdict });
    } else {
      list.push({ ...base, verdict, reason: verdict === 'NOT_APPLICABLE' ? 'not claimed in the ICS' : verdict === 'INCONCLUSIVE' ? 'operator skipped a step' : 'harness fixture missing' });
    }
    t += 50;
  }
  return {
    tool: { name: 'ocpp-harness', version: 'bench' },
    startedAt: new Date(T0).toISOString(),
    finishedAt: new Date(t).toISOString(),
    sut: { role: 'CS', version: '2.0.1', vendor: 'Bench Vendor', model: 'Synthetic', serialNumber: 'SN-1', firmwareVersion: '9.9.9', endpoint: 'ws://127.0.0.1:9220/ocpp' },
    config: {},
    ics: { profiles: PROFILES },
    cases: list,
    summary: summarize(list),
  };
}

/** A plain page of the same size: one select at the top, static text, one script at the end. */
function baselinePage(bytes: number): string {
  const head = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>baseline</title></head><body><select data-testid="filter-verdict"><option value="">all</option><option value="FAIL">FAIL</option></select>\n';
  const tail =
    '<script>const s=document.querySelector(\'[data-testid="filter-verdict"]\');s.addEventListener("change",()=>{window.__lastFilterAt=performance.now();});window.__reportReady=true;</script></body></html>\n';
  const para = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>\n';
  const n = Math.max(0, Math.floor((bytes - head.length - tail.length) / para.length));
  return head + para.repeat(n) + ' '.repeat(Math.max(0, bytes - head.length - tail.length - n * para.length)) + tail;
}

/** Navigation start to the first answered filter change, in ms (performance.now() in the page). */
async function timeToInteractive(browser: Browser, path: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path).href, { waitUntil: 'commit', timeout: 60_000 });
    await page.waitForFunction(() => (globalThis as { __reportReady?: boolean }).__reportReady === true, undefined, { timeout: 60_000, polling: 10 });
    await page.selectOption('[data-testid="filter-verdict"]', 'FAIL');
    await page.waitForFunction(() => typeof (globalThis as { __lastFilterAt?: number }).__lastFilterAt === 'number', undefined, { polling: 10 });
    return await page.evaluate(() => (globalThis as unknown as { __lastFilterAt: number }).__lastFilterAt);
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** 1,000 cases / 100,000 frames: report.html size and time to interactive, against a static page of the same size. */
export async function benchReport(): Promise<{ cases: number; frames: number; htmlBytes: number; interactiveMs: number; baselineMs: number }> {
  const run = syntheticRun(1000, 100);
  const dir = mkdtempSync(join(tmpdir(), 'ocpph-bench-report-'));
  const browser = await launchChromium();
  try {
    const reportPath = join(dir, 'report.html');
    writeFileSync(reportPath, renderHtml(run));
    const htmlBytes = statSync(reportPath).size;
    const baselinePath = join(dir, 'baseline.html');
    writeFileSync(baselinePath, baselinePage(htmlBytes));
    const report: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < 3; i++) {
      report.push(await timeToInteractive(browser, reportPath));
      baseline.push(await timeToInteractive(browser, baselinePath));
    }
    return {
      cases: run.cases.length,
      frames: run.cases.reduce((n, c) => n + c.frames.length, 0),
      htmlBytes,
      interactiveMs: Math.round(median(report)),
      baselineMs: Math.round(median(baseline)),
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
