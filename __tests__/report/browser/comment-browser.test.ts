// The comment as a reviewer sees it: each fixture rendered like GitHub (github-page.ts) in headless
// Chromium (Debian's package, scripts/browser/install.sh) at the ~900 px comment column. The summary
// table must not overflow and its status and change cells must not wrap; every <details> must open;
// every in-page link must have its anchor. With SCREENSHOT_DIR set (npm run preview:screenshots) it
// also writes a PNG per fixture there for review.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { commentFixtures, type CommentFixture } from './fixtures.js';
import { pageHtml } from './github-page.js';
import { detailsState, inPageLinks, shortcodesLeft, summaryTableLayout } from './in-page.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = process.env.SCREENSHOT_DIR;

jest.setTimeout(180_000);

let browser: Browser;
let fixtures: CommentFixture[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run scripts/browser/install.sh (or set CHROMIUM_PATH)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  fixtures = await commentFixtures();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function open(f: CommentFixture): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 960, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent(pageHtml(f.parts), { waitUntil: 'load' });
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe('the PR comment in a browser at the 900 px comment column', () => {
  it.each(['small-pr', 'forty-apps', 'errors', 'split'])('%s: the summary table fits, without wrapping status or changes', async (name) => {
    const f = fixtures.find((x) => x.name === name)!;
    const page = await open(f);
    try {
      await shoot(page, name);
      const t = await page.evaluate(summaryTableLayout);
      expect(t.lines.length).toBeGreaterThan(0);
      expect(t.scrollWidth).toBeLessThanOrEqual(t.tableWidth);
      expect(t.tableRight).toBeLessThanOrEqual(t.columnRight + 0.5);
      for (const l of t.lines) expect({ row: l.row, status: l.status, changes: l.changes }).toEqual({ row: l.row, status: 1, changes: 1 });
    } finally {
      await page.close();
    }
  });

  it.each(['small-pr', 'forty-apps', 'errors', 'split'])('%s: every <details> opens and shows its content; every in-page link has its anchor', async (name) => {
    const f = fixtures.find((x) => x.name === name)!;
    const page = await open(f);
    try {
      const details = page.locator('details');
      const count = await details.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const d = details.nth(i);
        if (!(await d.evaluate(detailsState)).open) await d.locator(':scope > summary').click();
        const state = await d.evaluate(detailsState);
        expect(state.open).toBe(true);
        expect(state.contentHeight).toBeGreaterThan(0);
      }
      if (name === 'small-pr') await shoot(page, `${name}-expanded`);
      const links = await page.evaluate(inPageLinks);
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) expect(l).toEqual({ target: l.target, found: 1 });
    } finally {
      await page.close();
    }
  });

  it('the split fixture is posted as several comments, and no emoji shortcode is left unrendered', async () => {
    const split = fixtures.find((x) => x.name === 'split')!;
    expect(split.parts.length).toBe(3);
    for (const f of fixtures) {
      const page = await open(f);
      try {
        const leftovers = await page.evaluate(shortcodesLeft);
        expect({ fixture: f.name, leftovers }).toEqual({ fixture: f.name, leftovers: [] });
      } finally {
        await page.close();
      }
    }
  });
});
