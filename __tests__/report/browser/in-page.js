// Functions run inside the browser page (Playwright serialises them): plain JS, so the TypeScript
// program needs no DOM library. Types in in-page.d.ts.
/* global document, getComputedStyle, NodeFilter */

/** The first comment's summary table: its widths, the column's right edge, and lines per Status/Changes cell. */
export function summaryTableLayout() {
  const body = document.querySelector('.comment .markdown-body');
  const table = body.querySelector('table');
  const lineCount = (cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    // Fragments whose tops are within half a line are on the same line (an emoji glyph's box sits higher).
    const half = parseFloat(getComputedStyle(cell).fontSize) / 2;
    const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top).sort((a, b) => a - b);
    return tops.filter((t, i) => i === 0 || t - tops[i - 1] > half).length;
  };
  return {
    tableWidth: table.clientWidth,
    scrollWidth: table.scrollWidth,
    tableRight: table.getBoundingClientRect().right,
    columnRight: body.getBoundingClientRect().right - parseFloat(getComputedStyle(body).paddingRight),
    lines: [...table.querySelectorAll('tbody tr')].map((tr) => ({
      row: tr.textContent ?? '',
      status: lineCount(tr.children[2]),
      changes: lineCount(tr.children[3]),
    })),
  };
}

/** Whether a <details> is open, and the tallest of its children other than the summary. */
export function detailsState(el) {
  const shown = [...el.children].filter((c) => c.tagName !== 'SUMMARY');
  return { open: el.open, contentHeight: Math.max(0, ...shown.map((c) => c.getBoundingClientRect().height)) };
}

/** Every same-page link and how many anchors GitHub's `user-content-` naming gives it. */
export function inPageLinks() {
  return [...document.querySelectorAll('a[href^="#"]')].map((a) => {
    const target = decodeURIComponent(a.getAttribute('href').slice(1));
    return { target, found: document.getElementsByName(`user-content-${target}`).length };
  });
}

/** Text outside code that still reads like an emoji shortcode (`:name:`), which GitHub would have rendered. */
export function shortcodesLeft() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('code, pre')) continue;
    found.push(...(n.textContent?.match(/:[a-z_]+:/g) ?? []));
  }
  return found;
}
