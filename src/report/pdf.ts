import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, LaunchOptions } from 'playwright-core';
import { HarnessError } from '../errors.js';

export const PDF_FILE = 'report.pdf';
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Quiet, offline Chromium: no sandbox (containers, root), no GPU, no phoning home. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The system Chromium: OCPPH_CHROMIUM, else /usr/bin/chromium. Never downloads a browser. */
export function chromiumPath(): string {
  return process.env.OCPPH_CHROMIUM || DEFAULT_CHROMIUM;
}

/** Launches the system Chromium through playwright-core, or throws OCPPH_ERR_BROWSER saying how to install it. */
export async function launchChromium(options: Omit<LaunchOptions, 'executablePath'> = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new HarnessError(
      'OCPPH_ERR_BROWSER',
      `Chromium not found at ${executablePath}: install it with \`apt-get install chromium\` (Debian/Ubuntu) or point OCPPH_CHROMIUM at a Chromium executable. The harness never downloads a browser.`,
      { executablePath },
    );
  }
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ ...options, executablePath, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
  } catch (error) {
    throw new HarnessError('OCPPH_ERR_BROWSER', `cannot start Chromium at ${executablePath}: ${(error as Error).message.split('\n')[0]}`, { executablePath }, { cause: error });
  }
}

/** Prints report.html to an A4 PDF, failures expanded (the page's own print preparation). */
export async function renderPdf(htmlPath: string, pdfPath: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(resolve(htmlPath)).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => {
      const prepare = (globalThis as unknown as { __reportPrepareForPrint?: () => number }).__reportPrepareForPrint;
      return prepare ? prepare() : 0;
    });
    await page.pdf({
      path: pdfPath,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;font-size:8px;color:#59636e;padding:0 12mm;display:flex;justify-content:space-between">' +
        '<span>OCPP conformance report</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>',
      margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
    });
  } catch (error) {
    if (error instanceof HarnessError) throw error;
    throw new HarnessError('OCPPH_ERR_BROWSER', `cannot print ${htmlPath} to PDF: ${(error as Error).message.split('\n')[0]}`, { htmlPath, pdfPath }, { cause: error });
  } finally {
    await browser.close();
  }
}
