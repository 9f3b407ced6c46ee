/**
 * Deferring heavy work until the reader sees the page: vis-timeline is
 * imported only after the first contentful paint.
 */

/** How long to wait for a first paint the browser never reports (a hidden tab, a very busy machine). */
export const FIRST_PAINT_FALLBACK_MS = 3000;

/** Runs `fn` once the page has painted and the browser is idle. */
export function afterFirstPaint(fn: () => void): void {
  let done = false;
  const later = (): void => {
    if (done) return;
    done = true;
    if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 1500 });
    else setTimeout(fn, 0);
  };
  // The browser's own record of the first contentful paint, when it keeps one;
  // a frame and a task later otherwise, or after 3 s whatever happens.
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      later();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(later, 0));
  }
  setTimeout(later, FIRST_PAINT_FALLBACK_MS);
}
