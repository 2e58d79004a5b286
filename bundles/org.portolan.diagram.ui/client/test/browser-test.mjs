// Browser test of the diagram client against the real GLSP server: Debian's headless Chromium (driven by
// playwright-core, no downloaded browser) loads web-gen/index.html; the JSON-RPC messages travel over this process's
// stdin (server -> client, one JSON message per line) and stdout ("MSG <json>" lines, client -> server). The Java
// test that started this script runs the server in-process and checks the model afterwards.
// Usage: node test/browser-test.mjs <index.html> <screenshot-dir>
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const [indexHtml, shots] = process.argv.slice(2);
const log = (...a) => process.stderr.write(a.join(' ') + '\n');
const send = line => process.stdout.write(line + '\n');
let failures = 0;
let passed = 0;
async function step(name, run) {
  try {
    await run();
    passed++;
    send('STEP ok ' + name);
  } catch (e) {
    failures++;
    send('STEP fail ' + name + ': ' + String(e && e.message || e).replace(/\n/g, ' '));
  }
}

const profile = mkdtempSync(join(tmpdir(), 'portolan-chromium-'));
// a fresh profile directory (playwright passes it as --user-data-dir)
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
let page;
try {
  page = browser.pages()[0] ?? await browser.newPage();
  page.on('console', m => log('[browser]', m.type(), m.text()));
  page.on('pageerror', e => log('[browser error]', e.message));
  await page.exposeFunction('portolanGlspSend', json => { if (process.env.PORTOLAN_TRACE) log('>>', json.slice(0, 200)); send('MSG ' + json); });
  const lines = createInterface({ input: process.stdin });
  lines.on('line', line => {
    if (process.env.PORTOLAN_TRACE) { try { const m = JSON.parse(line); log('<<', m.params?.action?.kind ?? ('response ' + m.id), JSON.stringify(m.params?.action ?? m.result ?? m.error ?? {}).slice(0, 150)); } catch (e) { log('<< ?', line.slice(0, 100)); } }
    if (line.trim()) {
      page.evaluate(m => window.portolanGlspReceive && window.portolanGlspReceive(m), line).catch(e => log('deliver failed', e.message));
    }
  });
  await page.goto(pathToFileURL(indexHtml).href + '?source=' + encodeURIComponent('file:///test/edge.portolan'));
  await page.waitForFunction(() => window.portolan && document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="node"]').length > 3, null, { timeout: 60000 });
  await page.evaluate(() => window.portolan.ready);
  await page.waitForTimeout(500);

  mkdirSync(shots, { recursive: true });
  // before the steps (the Java test counts them): the example as laid out by the core, every line of text inside its
  // box, every child inside its container, no edge label over a node; a failure here fails the test
  {
    await page.evaluate(() => window.portolan.fit());
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'browser-diagram-initial.png') });
    const problems = await page.evaluate(() => {
      const out = [];
      const rectOf = g => g.querySelector(':scope > rect, :scope > .sprotty-node')?.getBoundingClientRect();
      const inside = (a, b) => a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;
      const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const nodes = Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="node"]'));
      for (const g of nodes) {
        const box = rectOf(g);
        if (!box) continue;
        for (const t of g.querySelectorAll(':scope > text')) {
          if (!inside(t.getBoundingClientRect(), box)) out.push(`text '${t.textContent}' outside ${g.id}`);
        }
        for (const c of g.querySelectorAll(':scope > g[data-svg-metadata-type="node"]')) {
          const cb = rectOf(c);
          if (cb && !inside(cb, box)) out.push(`${c.id} outside ${g.id}`);
        }
      }
      // nodes side by side in one container do not overlap (the layout's sizes, not the client's measurement)
      for (const g of [document.querySelector('#portolan-diagram svg > g'), ...nodes]) {
        const kids = Array.from(g?.querySelectorAll(':scope > g[data-svg-metadata-type="node"]') ?? []).map(c => [c.id, rectOf(c)]);
        for (let i = 0; i < kids.length; i++) for (let j = i + 1; j < kids.length; j++) {
          const [a, ra] = kids[i], [b, rb] = kids[j];
          if (ra && rb && meets(ra, rb)) out.push(`${a} overlaps ${b}`);
        }
      }
      const leaves = nodes.filter(g => g.classList.contains('leaf')).map(g => [g.id, rectOf(g)]);
      for (const t of document.querySelectorAll('#portolan-diagram text.edge-label')) {
        const r = t.getBoundingClientRect();
        for (const [id, b] of leaves) if (b && meets(r, b)) out.push(`edge label '${t.textContent}' over ${id}`);
      }
      return out;
    });
    if (problems.length) throw new Error('the diagram as drawn: ' + problems.join('; '));
    const drawn = await page.evaluate(() => document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="node"]').length);
    if (drawn < 8) throw new Error('Fit left ' + drawn + ' nodes drawn');
    // back to the first view (zoom 1) for the steps, whose targets must not lie under the palette
    await page.evaluate(() => window.portolan.dispatch({ kind: 'viewport', elementId: 'portolan-graph', newViewport: { scroll: { x: 0, y: 0 }, zoom: 1 }, animate: false }));
    await page.waitForTimeout(300);
  }

  const nodeOf = name => page.locator('#portolan-diagram g[data-svg-metadata-type="node"]', { has: page.locator(`xpath=./*[local-name()="text" and starts-with(normalize-space(.), "${name}")]`) }).first();
  const idOf = async name => (await nodeOf(name).getAttribute('id')).replace(/^portolan-diagram_/, '');
  const box = async name => nodeOf(name).boundingBox();

  await step('create a server from the palette', async () => {
    const tool = page.locator('.tool-palette .tool-button', { hasText: /^Server$/ }).first();
    await tool.click();
    const zone = await box('internal');
    if (!zone) throw new Error('zone internal not drawn');
    await page.mouse.click(zone.x + zone.width - 40, zone.y + zone.height - 20);
    await nodeOf('server1').waitFor({ timeout: 30000 });
    await page.keyboard.press('Escape');
  });

  await step('move hub1 by dragging', async () => {
    const before = await box('hub1');
    await page.mouse.move(before.x + 20, before.y + 10);
    await page.mouse.down();
    await page.mouse.move(before.x + 60, before.y + 50, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(([x0]) => {
      const g = Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="node"]')).find(n => n.querySelector(':scope > text')?.textContent.startsWith('hub1'));
      return g && g.getBoundingClientRect().x > x0 + 20;
    }, [before.x], { timeout: 30000 });
  });

  await step('create a connector and reconnect it', async () => {
    const hub = await idOf('hub1');
    const edge = await idOf('edge1');
    const server1 = await idOf('server1');
    await page.evaluate(([s, t]) => window.portolan.dispatch({ kind: 'createEdge', isOperation: true, elementTypeId: 'edge:connector', sourceElementId: s, targetElementId: t, args: {} }), [hub, edge]);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="edge"]')).some(e => e.id.includes('connector1')), null, { timeout: 30000 });
    const edgeId = await page.evaluate(() => Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="edge"]')).find(e => e.id.includes('connector1')).id.replace(/^portolan-diagram_/, ''));
    await page.evaluate(([e, s, t]) => window.portolan.dispatch({ kind: 'reconnectEdge', isOperation: true, edgeElementId: e, sourceElementId: s, targetElementId: t }), [edgeId, hub, server1]);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="edge"]')).some(e => e.id.includes('connector1') && e.id.includes('server1')), null, { timeout: 30000 });
  });

  await step('undo the reconnect from the toolbar', async () => {
    await page.click('#portolan-undo');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="edge"]')).some(e => e.id.includes('connector1') && e.id.includes('edge1')), null, { timeout: 30000 });
  });

  await step('switch the network layer off', async () => {
    await page.waitForSelector('#layer-network', { timeout: 30000 });
    await page.uncheck('#layer-network');
    await page.waitForFunction(() => !Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="node"] > text')).some(t => t.textContent.startsWith('external-fw')), null, { timeout: 30000 });
    await page.check('#layer-network');
  });

  await step('rename server1 in place', async () => {
    const name = nodeOf('server1').locator('xpath=./*[local-name()="text"]').first();
    await name.dblclick();
    const input = page.locator('.label-edit input, .label-edit textarea').first();
    await input.waitFor({ timeout: 30000 });
    await input.fill('mbx1');
    await input.press('Enter');
    // the server renamed it: the element's id (name-based) is new, not just the label's text
    await page.waitForSelector('#portolan-diagram [id="portolan-diagram_server:mbx1"]', { timeout: 30000 });
  });

  await step('drag mbx1 into the perimeter zone', async () => {
    const from = await box('mbx1');
    const to = await box('perimeter');
    // grab the box where it has no text (the name is an editable label)
    await page.keyboard.press('Escape');
    await page.mouse.move(from.x + from.width - 8, from.y + from.height - 5);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2 + from.width / 2 - 8, to.y + to.height / 2 + from.height / 2 - 5, { steps: 12 });
    await page.mouse.up();
    await page.waitForFunction(() => {
      const zone = Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="node"]'))
        .find(n => n.querySelector(':scope > text')?.textContent.startsWith('perimeter'));
      return zone && Array.from(zone.querySelectorAll('g[data-svg-metadata-type="node"] > text')).some(t => t.textContent.startsWith('mbx1'));
    }, null, { timeout: 30000 });
  });

  await step('delete internal-fw with the Delete key', async () => {
    const fw = await box('internal-fw');
    await page.mouse.click(fw.x + fw.width - 8, fw.y + fw.height - 5);
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => !Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type="node"] > text'))
      .some(t => t.textContent.startsWith('internal-fw')), null, { timeout: 30000 });
  });

  // nothing selected (no selection handles in the screenshot), the whole diagram
  await page.evaluate(() => window.portolan.select([]));
  await page.waitForTimeout(500);
  await page.evaluate(() => window.portolan.fit());
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, 'browser-diagram.png') });
} catch (e) {
  failures++;
  if (page) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'browser-failure.png') }).catch(() => undefined);
    log('DOM', await page.evaluate(() => (() => { const svg = document.querySelector('#portolan-diagram svg'); return (svg ? svg.outerHTML.slice(0, 1500) : 'NO SVG') + ' HIDDEN: ' + (document.getElementById('portolan-diagram_hidden')?.outerHTML.slice(0, 800)) + ' BODYKIDS: ' + Array.from(document.body.children).map(c => c.tagName + '#' + c.id + '.' + c.className).join(' '); })()).catch(e => String(e)));
  }
  send('STEP fail setup: ' + String(e && e.stack || e).replace(/\n/g, ' '));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
send(`RESULT ${passed} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
