// Checks one exported liner-notes page the way a reader's browser sees it:
//   1. the Nu HTML Checker (vnu.jar from the vnu-jar package, run with the machine's java) reports no error;
//   2. Debian's headless Chromium opens it (as a file, with every network request refused), saves a
//      full-page screenshot at a desktop width and one at a phone width, and axe-core (injected, all of
//      its default rules, best practices included) finds no violation at either width; nor may the page
//      be wider than the window.
// Usage: node check-page.mjs PAGE.html SCREENSHOT.png   (the phone shot goes beside it as *-phone.png)
// Exit code 0 when every check passes, 1 when one fails, 2 on a usage error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = require('axe-core').source;
const [pageArg, shotArg] = process.argv.slice(2);
if (!pageArg || !shotArg) {
  console.error('usage: node check-page.mjs PAGE.html SCREENSHOT.png');
  process.exit(2);
}
const page = resolve(pageArg);
const shot = resolve(shotArg);
const phoneShot = shot.replace(/(\.png)?$/i, '-phone.png');
if (!existsSync(page)) {
  console.error(`no such page: ${page}`);
  process.exit(2);
}
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
let failed = false;

// 1. Nu HTML Checker
const vnuJar = String(require('vnu-jar'));
const vnu = spawnSync('java', ['-jar', vnuJar, '--errors-only', page], { encoding: 'utf8' });
if (vnu.error) {
  console.error(`vnu: cannot run java: ${vnu.error.message}`);
  failed = true;
} else if (vnu.status !== 0 || vnu.stderr.trim() || vnu.stdout.trim()) {
  console.error(`vnu: errors in ${page}:\n${vnu.stdout}${vnu.stderr}`);
  failed = true;
} else {
  console.log(`vnu: no errors (${vnuJar.split('/').slice(-4).join('/')})`);
}

// 2. Chromium: screenshots and axe-core
const profile = mkdtempSync(join(tmpdir(), 'linernotes-chromium-'));
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, args, offline: true,
  });
  const external = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) {
      return route.continue();
    }
    external.push(url);
    return route.abort();
  });
  const tab = context.pages()[0] ?? await context.newPage();
  const widths = [
    { name: 'desktop', width: 1280, height: 900, file: shot },
    { name: 'phone', width: 390, height: 844, file: phoneShot },
  ];
  for (const w of widths) {
    await tab.setViewportSize({ width: w.width, height: w.height });
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    await tab.screenshot({ path: w.file, fullPage: true });
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) {
      console.error(`layout (${w.name}, ${w.width}px): the page is ${overflow}px wider than the window`);
      failed = true;
    }
    // axe-core is put into the page only for the check; the page itself has no script
    await tab.addScriptTag({ content: axeSource });
    const result = await tab.evaluate(() => window.axe.run(document));
    if (result.violations.length > 0) {
      failed = true;
      console.error(`axe (${w.name}, ${w.width}px): ${result.violations.length} violation(s)`);
      for (const v of result.violations) {
        console.error(`  ${v.id} [${v.impact}] ${v.help}`);
        for (const node of v.nodes.slice(0, 5)) {
          console.error(`    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ')}`);
        }
      }
    } else {
      console.log(`axe (${w.name}, ${w.width}px): no violations (${result.passes.length} rules passed, `
        + `axe-core ${result.testEngine.version})`);
    }
    console.log(`screenshot (${w.name}): ${w.file} (${statSync(w.file).size} bytes)`);
  }
  if (external.length > 0) {
    console.error(`the page asked for outside resources: ${external.join(', ')}`);
    failed = true;
  }
} catch (e) {
  console.error(`chromium: ${e.message}`);
  failed = true;
} finally {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(failed ? 'page check: FAILED' : 'page check: passed');
process.exit(failed ? 1 : 0);
