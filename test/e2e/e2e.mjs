// The browser end-to-end test: the packaged extension inside code-server, driven like a user would.
// Every step is a named test with a screenshot; a step that cannot run because an earlier one failed counts as
// failed, never as skipped. Expected values come from the analysis core run on the same file (not hard-coded).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  editorDecorations,
  focusEditor,
  goToLine,
  hoverText,
  lineColOf,
  openFile,
  runCommand,
  statusSelection,
  waitForWorkbench,
  webviewFrame,
  webviewFrames,
} from './workbench.mjs';

const SHOW_PANEL = 'News Annotator: Show Who Said What';

/** A short piece of a quote's own words (no quote marks, one line) to find it on screen. */
export function snippetOf(quote, length = 14) {
  const firstLine = quote.text.split('\n')[0];
  const words = firstLine.replace(/^[\s"'“”‘’«»„‚]+/, '');
  return words.slice(0, Math.min(length, words.length)).trimEnd();
}

/**
 * A long article written at test time (thousands of attributed quotes, ~400 KB): enough rows that the panel must
 * scroll virtually. Plain sentences of our own, varied so the speakers and places differ.
 */
export function bigArticle(paragraphs = 3200) {
  const first = ['Maria', 'John', 'Ana', 'Peter', 'Lena', 'Omar', 'Grace', 'Ivan', 'Sofia', 'Tomas'];
  const last = ['Lopez', 'Carter', 'Ruiz', 'Novak', 'Berg', 'Haddad', 'Okafor', 'Petrov', 'Rossi', 'Silva'];
  const roles = ['mayor', 'city engineer', 'council member', 'union leader', 'harbour master'];
  const towns = ['Lakeville', 'Northport', 'Harbourtown', 'Riverside', 'Eastfield'];
  const out = [
    'Council approves a decade of road works',
    '',
    'LAKEVILLE, April 3 (Wire) — The council approved the plan on Monday.',
    '',
  ];
  for (let i = 0; i < paragraphs; i++) {
    const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}`;
    const role = roles[i % roles.length];
    const town = towns[(i >> 2) % towns.length];
    out.push(`"Work on section ${i + 1} starts in week ${(i % 50) + 1}," said ${name}, the ${role} of ${town}.`, '');
  }
  return out.join('\n');
}

const normalize = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * @param {{ page: import('playwright-core').Page, url: (folder: string) => string, samplesDir: string,
 *   sampleFile: string, fixturesDir: string, outDir: string, analyze: (text: string) => any,
 *   results: { name: string, ok: boolean, error?: string }[] }} ctx
 */
export async function runE2E(ctx) {
  const { page, outDir, results } = ctx;
  mkdirSync(outDir, { recursive: true });
  let shot = 0;
  let broken = null; // set when the workbench itself is unusable: later steps fail with this reason
  const step = async (name, fn, { critical = false } = {}) => {
    const file = `${String(++shot).padStart(2, '0')}-${name
      .replace(/[^a-z0-9]+/gi, '-')
      .toLowerCase()
      .slice(0, 50)}`;
    const t0 = Date.now();
    try {
      if (broken) throw new Error(`not run: ${broken}`);
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
      await page.screenshot({ path: join(outDir, `${file}.png`) }).catch(() => {});
    } catch (err) {
      const error = err instanceof Error ? err.message.split('\n').slice(0, 6).join('\n') : String(err);
      results.push({ name, ok: false, error });
      console.log(`  ✘ ${name}\n      ${error.replace(/\n/g, '\n      ')}`);
      if (!broken || !error.startsWith('not run')) {
        await page.screenshot({ path: join(outDir, `${file}-FAILED.png`) }).catch(() => {});
      }
      if (critical && !broken) broken = `"${name}" failed`;
    }
  };

  const samplePath = join(ctx.samplesDir, ctx.sampleFile);
  const sampleText = readFileSync(samplePath, 'utf8');
  const sampleHash = createHash('sha256').update(sampleText).digest('hex');
  const expected = ctx.analyze(sampleText);
  const attributed = expected.quotes.filter((q) => q.speaker && snippetOf(q).length >= 6);
  if (attributed.length === 0) throw new Error(`${ctx.sampleFile}: the core finds no attributed quote to test with`);

  await step(
    'workbench opens the samples folder',
    async () => {
      await page.goto(ctx.url(ctx.samplesDir));
      await waitForWorkbench(page);
    },
    { critical: true },
  );

  await step(
    `opening ${ctx.sampleFile} highlights quotes, speakers and places`,
    async () => {
      await openFile(page, ctx.sampleFile);
      await page.waitForFunction(() => document.querySelectorAll('.editor-instance [class*="ced-"]').length > 0, null, {
        timeout: 20_000,
      });
      const { inline, overlays } = await editorDecorations(page);
      const marked = expected.quotes
        .map((q) => q.text)
        .concat(
          expected.places.map((p) => p.text),
          expected.speakers.flatMap((s) => s.mentions.map((m) => m.text)),
        )
        .join('\n');
      const matching = inline.filter((d) => d.text.trim().length >= 3 && marked.includes(d.text.trim()));
      if (inline.length + overlays === 0) throw new Error('no decorations in the editor');
      if (inline.length > 0 && matching.length === 0) {
        throw new Error(`decorated text matches nothing the core found: ${JSON.stringify(inline.slice(0, 5))}`);
      }
      console.log(
        `      ${inline.length} inline decoration spans, ${overlays} overlays; ${matching.length} on analysed text`,
      );
    },
    { critical: true },
  );

  const hovered = attributed[0];
  await step(`hovering a quote names its speaker (${hovered.speaker})`, async () => {
    await focusEditor(page);
    await goToLine(page, lineColOf(sampleText, hovered.start).line);
    await page.keyboard.press('Escape');
    const text = await hoverText(page, snippetOf(hovered));
    if (!text.includes(hovered.speaker))
      throw new Error(`hover does not name ${hovered.speaker}: ${JSON.stringify(text)}`);
  });

  await step(
    `palette: "${SHOW_PANEL}" opens the panel`,
    async () => {
      await page.mouse.move(5, 5);
      await focusEditor(page);
      await runCommand(page, SHOW_PANEL);
      await webviewFrame(page).locator('#app').waitFor({ state: 'visible', timeout: 20_000 });
      await webviewFrame(page).locator('[data-testid="quote"]').first().waitFor({ timeout: 20_000 });
    },
    { critical: true },
  );

  await step('the panel lists the speakers and quotes the core found', async () => {
    const frame = webviewFrame(page);
    const speakers = (await frame.locator('[data-testid="speaker"]').allInnerTexts()).map(normalize);
    const quotes = await frame.locator('[data-testid="quote"]').count();
    const wanted = expected.speakers.filter((s) => s.quoteCount > 0).map((s) => s.name);
    const missing = wanted.filter((name) => !speakers.some((t) => t.includes(name)));
    if (missing.length)
      throw new Error(`speakers missing from the panel: ${missing.join(', ')} (panel: ${speakers.join(' | ')})`);
    if (quotes !== expected.quotes.length)
      throw new Error(`panel shows ${quotes} quotes, the core found ${expected.quotes.length}`);
    const summary = normalize(await frame.locator('[data-testid="summary"]').innerText());
    if (!summary.includes(String(expected.quotes.length))) throw new Error(`summary lacks the quote count: ${summary}`);
  });

  /** Waits until the status bar shows the quote [start, end) selected (cursor at either end). */
  const expectSelected = async (start, end) => {
    const a = lineColOf(sampleText, start);
    const b = lineColOf(sampleText, end);
    let last = null;
    for (let i = 0; i < 40; i++) {
      last = await statusSelection(page);
      const atEdge = (p) => last.line === p.line && last.col === p.col;
      if ((atEdge(a) || atEdge(b)) && last.selected === end - start) return;
      await page.waitForTimeout(250);
    }
    throw new Error(
      `status bar "${last.text}", expected Ln ${a.line}, Col ${a.col} or Ln ${b.line}, Col ${b.col} with ${end - start} selected`,
    );
  };
  const offsetsOf = async (item) => {
    const start = Number(await item.getAttribute('data-start'));
    const end = Number(await item.getAttribute('data-end'));
    if (!(end > start)) throw new Error(`bad data-start/data-end: ${start}/${end}`);
    return { start, end };
  };

  await step('clicking a quote in the panel selects it in the editor', async () => {
    const items = webviewFrame(page).locator('[data-testid="quote"]');
    const target = items.nth((await items.count()) - 1); // the last one: far from where the cursor is
    const { start, end } = await offsetsOf(target);
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await expectSelected(start, end);
  });

  await step('Enter on a focused quote in the panel selects it in the editor', async () => {
    const target = webviewFrame(page).locator('[data-testid="quote"]').first();
    const { start, end } = await offsetsOf(target);
    await target.scrollIntoViewIfNeeded();
    await target.focus();
    await target.press('Enter');
    await expectSelected(start, end);
  });

  await step(
    'the panel is one tree: treeitems with levels, one tab stop; arrows open, close and move; Space reveals',
    async () => {
      const frame = webviewFrame(page);
      const shape = await frame.locator('#app').evaluate((app) => {
        const items = [...app.querySelectorAll('[role="treeitem"]')];
        return {
          trees: app.querySelectorAll('[role="tree"]').length,
          outside: items.filter((el) => el.parentElement?.getAttribute('role') !== 'tree').length,
          legacy: app.querySelectorAll('ul, li, [role="button"], [role="listitem"], button.twisty').length,
          tabStops: app.querySelectorAll('[tabindex="0"]').length,
          missing: items.filter(
            (el) => !['aria-level', 'aria-posinset', 'aria-setsize', 'aria-label'].every((a) => el.hasAttribute(a)),
          ).length,
          levels: [...new Set(items.map((el) => el.getAttribute('aria-level')))].sort(),
          quotedSpeakers: items.filter(
            (el) =>
              el.dataset.testid === 'speaker' &&
              el.getAttribute('aria-expanded') === null &&
              el.querySelector('.badge')?.textContent !== '0',
          ).length,
        };
      });
      if (shape.trees !== 1 || shape.outside || shape.legacy || shape.missing)
        throw new Error(`tree shape: ${JSON.stringify(shape)}`);
      if (shape.tabStops !== 1) throw new Error(`${shape.tabStops} tab stops in the panel, expected 1`);
      if (shape.levels.join() !== '1,2,3') throw new Error(`aria-levels ${shape.levels.join()}`);
      if (shape.quotedSpeakers) throw new Error(`${shape.quotedSpeakers} quoted speakers without aria-expanded`);
      // Tab from the toolbar's last control (the "only unchecked" toggle, after the filter) enters the tree once; the
      // next Tab leaves it.
      const focused = () =>
        frame.locator('#app').evaluate(() => {
          const el = document.activeElement;
          return {
            role: el?.getAttribute('role') ?? el?.tagName ?? null,
            key: el?.getAttribute('data-key') ?? null,
            expanded: el?.getAttribute('aria-expanded') ?? null,
            testid: el?.getAttribute('data-testid') ?? null,
            start: Number(el?.getAttribute('data-start')),
            end: Number(el?.getAttribute('data-end')),
          };
        });
      await frame.locator('[data-testid="unchecked"]').focus();
      await page.keyboard.press('Tab');
      const entered = await focused();
      if (entered.role !== 'treeitem') throw new Error(`Tab from the toolbar focused ${JSON.stringify(entered)}`);
      await page.keyboard.press('Tab');
      if ((await focused()).role === 'treeitem') throw new Error('a second Tab stayed in the tree');
      // The first speaker: Left closes it, Right opens it, Right again enters its first quote, Space reveals it.
      const speaker = frame.locator('[data-testid="speaker"][aria-expanded="true"]').first();
      const key = await speaker.getAttribute('data-key');
      await speaker.focus();
      await page.keyboard.press('ArrowLeft');
      const closed = await focused();
      if (closed.key !== key || closed.expanded !== 'false')
        throw new Error(`ArrowLeft on ${key}: ${JSON.stringify(closed)}`);
      await page.keyboard.press('ArrowRight');
      const opened = await focused();
      if (opened.key !== key || opened.expanded !== 'true')
        throw new Error(`ArrowRight on ${key}: ${JSON.stringify(opened)}`);
      await page.keyboard.press('ArrowRight');
      const child = await focused();
      if (child.testid !== 'quote') throw new Error(`ArrowRight on an open speaker focused ${JSON.stringify(child)}`);
      await page.keyboard.press(' ');
      await expectSelected(child.start, child.end);
      const stops = await frame
        .locator('#app [tabindex="0"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-key')));
      if (stops.length !== 1 || stops[0] !== child.key)
        throw new Error(`tab stop after moving: ${JSON.stringify(stops)}, focused ${child.key}`);
    },
  );

  await step("the panel's colour bars follow newsAnnotator.speakerTints", async () => {
    const frame = webviewFrame(page);
    const tints = () =>
      frame
        .locator('[data-testid="speaker"] .tint')
        .evaluateAll((els) => els.map((el) => /\btint-\d\b/.test(el.className)));
    const waitFor = async (want, what) => {
      let last = [];
      for (let i = 0; i < 60; i++) {
        last = await tints();
        if (last.length > 0 && want(last)) return;
        await page.waitForTimeout(250);
      }
      throw new Error(`${what}: ${JSON.stringify(last)}`);
    };
    await waitFor((t) => t.some(Boolean), 'no coloured bar with the setting on');
    // Flipped in the Settings editor, as a user would.
    await runCommand(page, 'Preferences: Open User Settings');
    await page.locator('.settings-editor').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.keyboard.type('newsAnnotator.speakerTints');
    // The row of this setting, not the first boolean row: under load the search may not have filtered the list yet.
    const checkbox = page
      .locator('.settings-editor .setting-item-bool', { hasText: 'Speaker Tints' })
      .locator('.setting-value-checkbox')
      .first();
    await checkbox.waitFor({ timeout: 10_000 });
    await checkbox.click();
    try {
      await waitFor((t) => t.every((x) => !x), 'coloured bars with the setting off');
    } finally {
      await checkbox.click();
    }
    await waitFor((t) => t.some(Boolean), 'no coloured bar once the setting is back on');
    // The Settings editor replaced the article's preview tab: back to the article for the next steps.
    await runCommand(page, 'View: Close Editor');
    await openFile(page, ctx.sampleFile);
    await frame.locator('[data-testid="quote"]').first().waitFor({ timeout: 20_000 });
  });

  await step(`the panel filter narrows the list to one speaker (${hovered.speaker})`, async () => {
    const frame = webviewFrame(page);
    const quotes = frame.locator('[data-testid="quote"]');
    const before = await quotes.count();
    const own = expected.quotes.filter((q) => q.speaker === hovered.speaker).length;
    await frame.locator('input[data-testid="filter"]').fill(hovered.speaker);
    let after = before;
    for (let i = 0; i < 20 && after === before; i++) {
      await page.waitForTimeout(200);
      after = await quotes.count();
    }
    const speakers = (await frame.locator('[data-testid="speaker"]').allInnerTexts()).map(normalize);
    await page.screenshot({ path: join(outDir, `${String(shot).padStart(2, '0')}b-filtered.png`) });
    await frame.locator('input[data-testid="filter"]').fill('');
    if (!(after < before && after >= own))
      throw new Error(`filter left ${after} of ${before} quotes; ${hovered.speaker} has ${own}`);
    if (!speakers[0]?.includes(hovered.speaker)) throw new Error(`first speaker after filtering: ${speakers[0]}`);
    let restored = 0;
    for (let i = 0; i < 20 && restored !== before; i++) {
      await page.waitForTimeout(200);
      restored = await quotes.count();
    }
    if (restored !== before) throw new Error(`clearing the filter shows ${restored} of ${before} quotes`);
  });

  await step(
    'the Sources section filters the quote list: a click on "Direct quotes", Enter on it again clears',
    async () => {
      const frame = webviewFrame(page);
      const quotes = frame.locator('[data-testid="quote"]');
      const before = await quotes.count();
      const direct = expected.quotes.filter((q) => q.kind === 'direct').length;
      if (direct === 0 || direct === expected.quotes.length)
        throw new Error(`the sample needs direct and reported quotes (${direct} of ${expected.quotes.length} direct)`);
      const line = frame.locator('[data-testid="audit-kind"][data-facet="quote:direct"]');
      await line.click();
      let after = before;
      for (let i = 0; i < 20 && after === before; i++) {
        await page.waitForTimeout(200);
        after = await quotes.count();
      }
      const kinds = await quotes.evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
      const state = await line.evaluate((el) => ({
        selected: el.getAttribute('aria-selected'),
        focused: el === document.activeElement,
        level: el.getAttribute('aria-level'),
      }));
      await page.screenshot({ path: join(outDir, `${String(shot).padStart(2, '0')}c-sources-filter.png`) });
      if (after !== direct || kinds.some((k) => k !== 'direct'))
        throw new Error(`"Direct quotes" left ${after} quotes (${kinds.join()}), expected ${direct} direct`);
      if (state.selected !== 'true' || !state.focused || state.level !== '2')
        throw new Error(`the active Sources line: ${JSON.stringify(state)}`);
      await page.keyboard.press('Enter');
      let restored = 0;
      for (let i = 0; i < 20 && restored !== before; i++) {
        await page.waitForTimeout(200);
        restored = await quotes.count();
      }
      if (restored !== before) throw new Error(`Enter on the active line shows ${restored} of ${before} quotes`);
    },
  );

  await step('the article was not modified', async () => {
    const now = createHash('sha256').update(readFileSync(samplePath, 'utf8')).digest('hex');
    if (now !== sampleHash) throw new Error(`${ctx.sampleFile} changed on disk`);
    if (await page.locator('.tabs-container .tab.dirty').count()) throw new Error('an editor has unsaved changes');
  });

  // Hostile article: markup and script in quotes, names and plain text must show as text and never run.
  const hostileText = readFileSync(join(ctx.fixturesDir, 'hostile.news'), 'utf8');
  const hostile = ctx.analyze(hostileText);
  broken = null;
  await step(
    'hostile article opens and annotates',
    async () => {
      await page.goto(ctx.url(ctx.fixturesDir));
      await waitForWorkbench(page);
      await openFile(page, 'hostile.news');
      await focusEditor(page);
      await runCommand(page, SHOW_PANEL);
      await webviewFrame(page).locator('#app').waitFor({ state: 'visible', timeout: 20_000 });
      await webviewFrame(page).locator('[data-testid="quote"]').first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(1500); // give onerror/onload handlers the chance they must not get
    },
    { critical: true },
  );

  await step('hostile article: nothing in it executes', async () => {
    const { outer, inner } = await webviewFrames(page);
    const flags = {
      workbench: await page.evaluate(() => window.__pwned),
      webviewHost: await outer.evaluate(() => window.__pwned),
      webviewContent: await inner.evaluate(() => window.__pwned),
    };
    if (Object.values(flags).some((v) => v !== undefined)) throw new Error(`payload ran: ${JSON.stringify(flags)}`);
    const active = await inner.evaluate(() => {
      const app = document.querySelector('#app');
      const bad = [...(app?.querySelectorAll('*') ?? [])].filter(
        (el) =>
          ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE'].includes(el.tagName) ||
          (el.tagName === 'IMG' && el.getAttribute('src') === 'x') ||
          [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)),
      );
      return { bad: bad.map((el) => el.outerHTML.slice(0, 80)), bodyDisplay: getComputedStyle(document.body).display };
    });
    if (active.bad.length) throw new Error(`active markup in the panel: ${active.bad.join(' ; ')}`);
    if (active.bodyDisplay === 'none') throw new Error('injected CSS hid the panel');
  });

  await step('hostile article: hovers render quote markup inertly', async () => {
    const q = hostile.quotes.find((x) => /[<>[\]]/.test(x.text) && snippetOf(x).length >= 6);
    if (!q) throw new Error('the core found no quote with markup in the fixture');
    await focusEditor(page);
    await goToLine(page, lineColOf(hostileText, q.start).line);
    await page.keyboard.press('Escape');
    await hoverText(page, snippetOf(q));
    const bad = await page.evaluate(() =>
      [...document.querySelectorAll('.monaco-hover:not(.hidden) *')]
        .filter(
          (el) =>
            ['SCRIPT', 'IMG', 'IFRAME', 'svg'].includes(el.tagName) ||
            /javascript:|command:workbench/i.test(
              `${el.getAttribute('href') ?? ''} ${el.getAttribute('data-href') ?? ''}`,
            ),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    if (bad.length) throw new Error(`active markup in the hover: ${bad.join(' ; ')}`);
    if ((await page.evaluate(() => window.__pwned)) !== undefined) throw new Error('the hover ran the payload');
    await page.mouse.move(5, 5);
  });

  await step('hostile article: markup-like quotes show as literal text', async () => {
    const marked = hostile.quotes.filter((q) => /[<>]/.test(q.text));
    if (marked.length === 0) throw new Error('the core found no quote with markup in the fixture');
    const shown = (await webviewFrame(page).locator('[data-testid="quote"]').allTextContents()).map(normalize);
    const missing = marked.filter((q) => {
      const piece = normalize(q.text.replace(/^[\s"'“”]+/, '')).slice(0, 24);
      return !shown.some((t) => t.includes(piece));
    });
    if (missing.length)
      throw new Error(`not shown literally: ${missing.map((q) => JSON.stringify(q.text.slice(0, 40))).join(', ')}`);
  });
  await step(
    'hostile article: bidi and zero-width characters are shown, not obeyed; the filter sees through them',
    async () => {
      if (!hostile.quotes.some((q) => q.text.includes('\u202E')))
        throw new Error('the core found no quote with U+202E in the fixture');
      const frame = webviewFrame(page);
      const shown = await frame.locator('#app').evaluate((el) => el.textContent ?? '');
      if (/[\u200B\u202A-\u202E\u2066-\u2069]/.test(shown))
        throw new Error('a raw bidi or zero-width character reached the panel');
      if (!shown.includes('[U+202E]evil[U+202C]')) throw new Error('U+202E is not shown as [U+202E]');
      if ((await frame.locator('[data-testid="quote"] bdi.quote-text').count()) === 0)
        throw new Error('quotes are not isolated in <bdi>');
      await frame.locator('input[data-testid="filter"]').fill('plan for the marina');
      let found = [];
      for (let i = 0; i < 20 && found.length !== 1; i++) {
        await page.waitForTimeout(200);
        found = await frame.locator('[data-testid="quote"]').allTextContents();
      }
      await frame.locator('input[data-testid="filter"]').fill('');
      if (found.length !== 1 || !found[0].includes('mari[U+200B]na'))
        throw new Error(`the filter found ${JSON.stringify(found)}`);
    },
  );

  // Long article: thousands of quotes; the panel renders only the rows in view and stays usable by keyboard.
  const bigDir = join(outDir, 'big-article');
  rmSync(bigDir, { recursive: true, force: true });
  mkdirSync(bigDir, { recursive: true });
  const bigText = bigArticle();
  writeFileSync(join(bigDir, 'long-article.news'), bigText);
  const big = ctx.analyze(bigText);
  broken = null;
  await step(
    `long article (${Math.round(bigText.length / 1024)} KB, ${big.quotes.length} quotes): the panel renders only the rows in view`,
    async () => {
      if (big.quotes.length < 2000) throw new Error(`the generated article has only ${big.quotes.length} quotes`);
      await page.goto(ctx.url(bigDir));
      await waitForWorkbench(page);
      await openFile(page, 'long-article.news');
      await focusEditor(page);
      await runCommand(page, SHOW_PANEL);
      const frame = webviewFrame(page);
      await frame.locator('[data-testid="vlist"]').waitFor({ timeout: 60_000 });
      await frame.locator('[data-testid="quote"]').first().waitFor({ timeout: 20_000 });
      const inDom = await frame.locator('[data-testid="quote"]').count();
      const rowCount = Number(await frame.locator('[role="tree"]').getAttribute('data-row-count'));
      const first = await frame
        .locator('[role="treeitem"]')
        .first()
        .evaluate((el) => ({
          level: el.getAttribute('aria-level'),
          pos: el.getAttribute('aria-posinset'),
          expanded: el.getAttribute('aria-expanded'),
        }));
      const quote = await frame
        .locator('[data-testid="quote"]')
        .first()
        .evaluate((el) => ({ level: el.getAttribute('aria-level'), size: Number(el.getAttribute('aria-setsize')) }));
      if (!(inDom > 0 && inDom < 200))
        throw new Error(`${inDom} quote rows in the DOM for ${big.quotes.length} quotes`);
      if (!(rowCount > big.quotes.length)) throw new Error(`${rowCount} rows for ${big.quotes.length} quotes`);
      if (first.level !== '1' || first.pos !== '1' || first.expanded !== 'true')
        throw new Error(`first row: ${JSON.stringify(first)}`);
      if (quote.level !== '3' || !(quote.size > 0)) throw new Error(`first quote row: ${JSON.stringify(quote)}`);
      if ((await frame.locator('#app [tabindex="0"]').count()) !== 1)
        throw new Error('not exactly one tab stop in the long panel');
      const summary = normalize(await frame.locator('[data-testid="summary"]').innerText());
      if (!summary.includes(String(big.quotes.length))) throw new Error(`summary lacks the quote count: ${summary}`);
      console.log(`      ${inDom} quote rows in the DOM of ${rowCount} rows`);
    },
    { critical: true },
  );

  await step('long article: arrow keys and End move through rows out of view; Enter selects the quote', async () => {
    const frame = webviewFrame(page);
    const focusedRow = () =>
      frame.locator(':focus').evaluate((el) => {
        const row = el.closest('[data-row]');
        return {
          pos: Number(row?.getAttribute('data-row')) + 1,
          size: Number(el.closest('[role="tree"]')?.getAttribute('data-row-count')),
          start: Number(el.getAttribute('data-start')),
          end: Number(el.getAttribute('data-end')),
          testid: el.getAttribute('data-testid'),
        };
      });
    await frame.locator('[data-testid="quote"]').first().focus();
    const start = await focusedRow();
    for (let i = 0; i < 80; i++) await page.keyboard.press('ArrowDown');
    const moved = await focusedRow();
    if (!(moved.pos > start.pos + 60)) throw new Error(`80 × ArrowDown moved from row ${start.pos} to ${moved.pos}`);
    // The sticky filter bar never covers the focused row, nor, back at the start, the first row.
    const underBar = () =>
      frame.locator(':focus').evaluate((el) => {
        const bar = document.querySelector('.filter').getBoundingClientRect().bottom;
        const row = (el.closest('[data-row]') ?? el).getBoundingClientRect().top;
        const first = document.querySelector('[data-row="0"]')?.getBoundingClientRect().top ?? null;
        return { bar, row, first };
      });
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowUp');
    const up = await underBar();
    if (up.row < up.bar - 0.5)
      throw new Error(`after ArrowUp the focused row (top ${up.row}) is under the filter bar (bottom ${up.bar})`);
    await page.keyboard.press('End');
    const last = await focusedRow();
    if (last.pos !== last.size) throw new Error(`End focused row ${last.pos} of ${last.size}`);
    await page.keyboard.press('Home');
    const home = await underBar();
    if (home.first === null || home.first < home.bar - 0.5 || home.row < home.bar - 0.5) {
      throw new Error(
        `after Home the first row (top ${home.first}) or the focused row (top ${home.row}) is under the filter bar (bottom ${home.bar})`,
      );
    }
    for (let i = 0; i < 40; i++) await page.keyboard.press('PageDown');
    for (let i = 0; i < 3 && (await focusedRow()).testid !== 'quote'; i++) await page.keyboard.press('ArrowDown');
    const deep = await focusedRow();
    if (deep.testid !== 'quote' || !(deep.pos > 300)) throw new Error(`after PageDown: ${JSON.stringify(deep)}`);
    await page.keyboard.press('Enter');
    let sel = null;
    for (let i = 0; i < 40; i++) {
      sel = await statusSelection(page);
      if (sel.selected === deep.end - deep.start && sel.line === lineColOf(bigText, deep.start).line) return;
      await page.waitForTimeout(250);
    }
    throw new Error(
      `status bar "${sel?.text}", expected line ${lineColOf(bigText, deep.start).line} with ${deep.end - deep.start} selected`,
    );
  });

  await step('long article: the filter narrows thousands of rows to one speaker', async () => {
    const frame = webviewFrame(page);
    const who = 'Omar Haddad';
    const own = big.quotes.filter((q) => q.speaker === who).length;
    if (own === 0) throw new Error(`the core attributes no quote to ${who}`);
    await frame.locator('input[data-testid="filter"]').fill(who);
    let speakers = [];
    for (let i = 0; i < 30; i++) {
      await page.waitForTimeout(200);
      speakers = (await frame.locator('[data-testid="speaker"]').allInnerTexts()).map(normalize);
      if (speakers.length > 0 && speakers.every((t) => t.includes(who))) break;
    }
    const quotes = await frame.locator('[data-testid="quote"]').count();
    await frame.locator('input[data-testid="filter"]').fill('');
    if (!(speakers.length >= 1 && speakers.every((t) => t.includes(who))))
      throw new Error(`speakers after filtering: ${speakers.slice(0, 5).join(' | ')}`);
    if (quotes !== own) throw new Error(`${quotes} quotes shown, ${who} has ${own}`);
  });
}
