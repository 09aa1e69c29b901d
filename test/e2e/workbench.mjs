// Page helpers for driving the code-server workbench (VS Code 1.100) with playwright-core. Selectors follow
// ../shared/notes/vscode-offline.md; shared by the e2e test and the README screenshot script.

export const EXTENSION_ID = 'news-annotator.news-annotator';
const NBSP = /\u00a0/g;

/** Waits until the workbench is drawn and the explorer shows the opened folder. */
export async function waitForWorkbench(page, timeout = 60_000) {
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout });
}

/** Opens a file of the workspace: explorer row when visible, else Quick Open (Ctrl+P). */
export async function openFile(page, fileName) {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${fileName}"]`);
  if (await row.isVisible().catch(() => false)) {
    await row.click();
  } else {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(fileName);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  }
  await page.locator(`.tabs-container .tab.active[aria-label*="${fileName}"]`).waitFor({ timeout: 20_000 });
  await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ timeout: 20_000 });
}

/**
 * Focuses the editor text so keyboard commands go to it. The text area may keep re-laying out while decorations
 * arrive (Playwright then never sees it "stable"): after a short wait the click goes through without that check.
 */
export async function focusEditor(page) {
  const lines = page.locator('.editor-instance .view-lines').first();
  try {
    await lines.click({ position: { x: 5, y: 5 }, timeout: 5_000 });
  } catch {
    await lines.click({ position: { x: 5, y: 5 }, force: true });
  }
}

/** Runs a command from the palette by its title ("News Annotator: Show Who Said What"). */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ hasText: title.split(': ').pop() })
    .first();
  await row.waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Goes to a 1-based line with Ctrl+G, so that the text there is on screen. */
export async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** Text of the editor's rendered lines (NBSP turned back into spaces). */
export async function visibleEditorText(page) {
  const lines = await page.locator('.editor-instance .view-lines .view-line').allInnerTexts();
  return lines.map((l) => l.replace(NBSP, ' ')).join('\n');
}

/**
 * Inline decoration spans in the editor (class `ced-…`) with their text and background colour: what the
 * extension highlights. Background-only decorations render as `.cdr.ced-…` overlays: counted separately.
 */
export async function editorDecorations(page) {
  return page.evaluate(() => {
    const inline = [...document.querySelectorAll('.editor-instance .view-lines span[class*="ced-"]')].map((el) => ({
      text: (el.textContent ?? '').replace(/\u00a0/g, ' '),
      className: el.className,
      background: getComputedStyle(el).backgroundColor,
    }));
    const overlays = document.querySelectorAll('.editor-instance .view-overlays .cdr[class*="ced-"]').length;
    return { inline, overlays };
  });
}

/** Screen point at the middle of the first occurrence of `text` in the rendered editor lines, or null. */
export async function pointOfText(page, text) {
  return page.evaluate((needle) => {
    const lines = [...document.querySelectorAll('.editor-instance .view-lines .view-line')];
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, from: all.length });
        all += (n.textContent ?? '').replace(/\u00a0/g, ' ');
      }
      const at = all.indexOf(needle);
      if (at < 0) continue;
      const mid = at + Math.floor(needle.length / 2);
      const hit = nodes.filter((x) => x.from <= mid).pop();
      const range = document.createRange();
      const offset = Math.min(mid - hit.from, (hit.node.textContent ?? '').length - 1);
      range.setStart(hit.node, offset);
      range.setEnd(hit.node, offset + 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
}

/** Hovers the editor at `text` and returns the hover's rendered text ('' when no hover shows). */
export async function hoverText(page, text, timeout = 8_000) {
  const p = await pointOfText(page, text);
  if (!p) throw new Error(`text not on screen: ${JSON.stringify(text)}`);
  await page.mouse.move(p.x - 20, p.y);
  await page.mouse.move(p.x, p.y, { steps: 4 });
  const hover = page.locator('.monaco-hover:not(.hidden) .rendered-markdown');
  await hover.first().waitFor({ state: 'visible', timeout });
  return (await hover.allInnerTexts()).join('\n').replace(NBSP, ' ');
}

/** The status bar's cursor item: { line, col, selected } parsed from "Ln 12, Col 5 (40 selected)". */
export async function statusSelection(page) {
  const text = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
  const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  if (!m) throw new Error(`unexpected status bar text: ${text}`);
  return { line: Number(m[1]), col: Number(m[2]), selected: m[3] ? Number(m[3]) : 0, text };
}

/** FrameLocator of the extension's webview content (the inner `#active-frame`). */
export function webviewFrame(page) {
  return page.frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`).frameLocator('#active-frame');
}

/** The playwright Frame objects of the webview (outer host frame and inner content), for evaluate(). */
export async function webviewFrames(page) {
  const outerEl = await page
    .locator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`)
    .first()
    .elementHandle();
  const outer = await outerEl?.contentFrame();
  const innerEl = await outer?.locator('#active-frame').elementHandle();
  const inner = await innerEl?.contentFrame();
  if (!outer || !inner) throw new Error('webview frames not found');
  return { outer, inner };
}

/** 1-based line/column of a UTF-16 offset in `text` (as VS Code's status bar shows them). */
export function lineColOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, col };
}
