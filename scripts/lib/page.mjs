// Page-side helpers shared by the demo (npm start) and the e2e suite: a real mouse click on a piece of text.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Finds `text` in `scope`'s text nodes; with scroll, brings it (not its possibly tall block) to mid-viewport. */
function locate(t, sel, scroll) {
  const root = document.querySelector(sel);
  const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.nodeValue?.indexOf(t) ?? -1;
    if (i >= 0) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      const b = r.getBoundingClientRect();
      if (scroll) window.scrollBy(0, b.top - window.innerHeight / 2);
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
  }
  return null;
}

/** Clicks the middle of the first occurrence of `text` inside `scope` with the mouse; returns the point clicked. */
export async function clickText(page, text, scope = 'body') {
  await page.evaluate(locate, text, scope, true);
  await sleep(150);
  const point = await page.evaluate(locate, text, scope, false);
  if (!point) throw new Error(`text "${text}" not found in ${scope}`);
  await page.mouse.click(point.x, point.y);
  return point;
}

/** Asks the content script of a tab for its claims (cs:list), from an extension page. */
export async function listClaims(extPage, tabId) {
  return extPage.evaluate(async (id) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return api.tabs.sendMessage(id, { type: 'cs:list' }, { frameId: 0 });
  }, tabId);
}
