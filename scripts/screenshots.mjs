// `npm run screenshots`: regenerates the README images (docs/images/editor-hover.png, panel.png, corrected.png, report.png) from the real extension running in
// code-server (loaded from this folder's build), on a sample article.
//   npm run screenshots [-- --sample=file.news]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { snippetOf } from '../test/e2e/e2e.mjs';
import {
  focusEditor,
  goToLine,
  hoverText,
  lineColOf,
  openFile,
  runCommand,
  waitForWorkbench,
  webviewFrame,
} from '../test/e2e/workbench.mjs';
import { launchBrowser } from './vscode-offline/browser.mjs';
import { repoRoot } from './vscode-offline/config.mjs';
import { ensureAll } from './vscode-offline/install.mjs';
import { startCodeServer, workbenchUrl } from './vscode-offline/launch.mjs';

const opt = (name) =>
  process.argv
    .slice(2)
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3);
const samplesDir = join(repoRoot, 'samples');
const imagesDir = join(repoRoot, 'docs', 'images');

ensureAll();
const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only=extension,worker,webview,report,cli'], {
  cwd: repoRoot,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);
const coreBundle = join(repoRoot, 'out', 'screenshots', 'core.cjs');
esbuild.buildSync({
  entryPoints: [join(repoRoot, 'src/core/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: coreBundle,
  logLevel: 'error',
});
const { analyze } = createRequire(import.meta.url)(coreBundle);

// The sample with the most attributed quotes makes the richest picture.
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.news'))
  .sort();
const score = (f) => analyze(readFileSync(join(samplesDir, f), 'utf8')).quotes.filter((q) => q.speaker).length;
const sampleFile = opt('sample') ?? samples.map((f) => ({ f, s: score(f) })).sort((a, b) => b.s - a.s)[0]?.f;
if (!sampleFile) throw new Error('no samples/*.news');
const text = readFileSync(join(samplesDir, sampleFile), 'utf8');
const quote = analyze(text).quotes.find((q) => q.speaker && q.kind === 'direct');

/** The frame of the folder report's webview, once it shows its totals (the panel's webview is another frame). */
async function reportFrame(page) {
  for (let i = 0; i < 120; i++) {
    for (const frame of page.frames()) {
      if (
        (await frame
          .locator('[data-testid="report-totals"]')
          .count()
          .catch(() => 0)) > 0
      )
        return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the report did not open');
}

mkdirSync(imagesDir, { recursive: true });
// Confirm writes the sample's sidecar: removed afterwards unless it was there before.
const sidecar = join(samplesDir, `${sampleFile}.annotations.json`);
const hadSidecar = existsSync(sidecar);
const server = await startCodeServer({
  settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false },
});
const { browser, page } = await launchBrowser({ width: 1280, height: 760 });
try {
  await page.goto(workbenchUrl(server.url, { folder: samplesDir, extensionDevelopmentPath: repoRoot }));
  await waitForWorkbench(page);
  await openFile(page, sampleFile);
  await page.waitForFunction(() => document.querySelectorAll('.editor-instance [class*="ced-"]').length > 0, null, {
    timeout: 20_000,
  });
  await page.waitForTimeout(500);
  if (!quote) throw new Error(`${sampleFile}: no attributed direct quote to hover`);
  {
    await focusEditor(page);
    await goToLine(page, lineColOf(text, quote.start).line);
    await page.keyboard.press('Escape');
    await hoverText(page, snippetOf(quote));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(imagesDir, 'editor-hover.png') });
    await page.mouse.move(5, 5);
  }
  await focusEditor(page);
  await runCommand(page, 'News Annotator: Show Who Said What');
  await webviewFrame(page).locator('[data-testid="quote"]').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(imagesDir, 'panel.png') });
  // A checked quote: Confirm on the hovered quote (the cursor inside it), then the panel's check badge and the hover.
  {
    const at = lineColOf(text, quote.start + 2);
    await focusEditor(page);
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(`:${at.line}:${at.col}`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await runCommand(page, 'News Annotator: Confirm');
    await webviewFrame(page).locator('[data-testid="checked"]').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    await hoverText(page, snippetOf(quote));
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(imagesDir, 'corrected.png') });
    await page.mouse.move(5, 5);
    await focusEditor(page);
    await runCommand(page, 'News Annotator: Undo Last Correction');
  }
  // Report on Folder…: the folder dialog (code-server's own) opens on the workspace folder, samples/: accept it.
  await runCommand(page, 'News Annotator: Report on Folder…');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await reportFrame(page);
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(imagesDir, 'report.png') });
  console.log(
    `screenshots: docs/images/editor-hover.png, panel.png, corrected.png from samples/${sampleFile}, docs/images/report.png from samples/`,
  );
} finally {
  if (!hadSidecar) rmSync(sidecar, { force: true });
  await browser.close();
  await server.stop();
}
