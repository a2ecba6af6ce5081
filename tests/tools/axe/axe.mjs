// Runs axe-core on each HTML file given, in Debian's chromium (never a downloaded browser), with the WCAG 2.0 and
// 2.1 A and AA rules. Prints a JSON array of { file, violations } and exits 1 when any file has a violation, 2 when
// it cannot run.  Usage: node axe.mjs FILE...   (CHROMIUM=/path/to/chromium to use another build)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node axe.mjs FILE...');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
let browser;
try {
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const report = [];
  // A desktop and a phone width: what scrolls, and so must be reachable by keyboard, depends on the width.
  const widths = (process.env.AXE_WIDTHS || '1000,400').split(',').map(Number);
  for (const width of widths) for (const file of files) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 1200 });
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
    // The pages carry no script of their own: axe is injected for the test only.
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(
      (values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
      tags,
    );
    report.push({
      file,
      width,
      axe: result.testEngine.version,
      rules: result.violations.length + result.passes.length + result.incomplete.length + result.inapplicable.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), summary: n.failureSummary })),
      })),
    });
    await page.close();
  }

  console.log(JSON.stringify(report, null, 2));
  process.exitCode = report.some((r) => r.violations.length > 0) ? 1 : 0;
} catch (error) {
  console.error(`axe could not run: ${error?.stack ?? error}`);
  process.exitCode = 2;
} finally {
  await browser?.close();
}
