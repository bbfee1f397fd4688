// In-page timing for the Chromium scenarios: when a screen enters the DOM, when a frame
// with it has been painted and a task behind it ran (the main thread is free for input),
// long tasks on the way, and the API calls of the load, all on the page's own clock.

/** Runs in every new document before the app; leaves its marks in `window.__bench`. */
export function screenReadyScript(selector: string): string {
  return `(() => {
  const mark = { present: null, ready: null, longTasks: 0, longTaskMs: 0 };
  window.__bench = mark;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) { mark.longTasks += 1; mark.longTaskMs += entry.duration; }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const observer = new MutationObserver(() => {
    if (mark.present !== null || !document.querySelector(${JSON.stringify(selector)})) return;
    mark.present = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { mark.ready = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;
}

export interface LoadBreakdown {
  present: number;
  ready: number;
  longTasks: number;
  longTaskMs: number;
  htmlResponseEnd: number;
  domContentLoadedEnd: number;
  scriptResponseEnd: number;
  api: { channel: string; start: number; end: number; kB: number }[];
}

/** Everything on the in-page clock (ms since navigation start) for one load. */
export const breakdownScript = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const script = resources.find((r) => r.initiatorType === 'script' || /\\.js(\\?|$)/.test(r.name));
  return {
    ...window.__bench,
    htmlResponseEnd: nav ? nav.responseEnd : -1,
    domContentLoadedEnd: nav ? nav.domContentLoadedEventEnd : -1,
    scriptResponseEnd: script ? script.responseEnd : -1,
    api: resources
      .filter((r) => r.name.includes('/api/'))
      .map((r) => ({ channel: r.name.slice(r.name.indexOf('/api/') + 5), start: r.startTime, end: r.responseEnd, kB: Math.round(r.encodedBodySize / 1024) })),
  };
})()`;
