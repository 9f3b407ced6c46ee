import { describe, expect, it } from 'vitest';
import { copiedOutputs, outputKind, outputTimes, renderedPages } from '../../scripts/lib/build-log.ts';

describe('outputTimes', () => {
  // Astro's log as `astro build` writes it: the first card image's time comes
  // after the route's own log line ("[og] …"), on a line of its own.
  const log = [
    '22:19:29 ▶ src/pages/og/[lang]/[collection]/[id].png.ts',
    '22:19:29   ├─ /og/vi/partnerships/a.png',
    '[og] 50 card images: 0 drawn, 50 from the cache (x) in 0.0 s',
    ' (+1.50s) ',
    '22:19:29   ├─ /og/vi/partnerships/b.png (+2ms) ',
    '22:19:31   ├─ /vi/hop-tac/a/lich-su/index.html (+5ms) ',
    '22:19:31   └─ /en/partnerships/a/history/index.html (+3ms) ',
    '22:19:31   ├─ /en/embed/events/a/index.html (+\u001b[2m4ms\u001b[22m) ',
    '22:19:31   ├─ /vi/nhung/su-kien/a/index.html (+4ms) ',
    '22:19:31   ├─ /vi/su-kien/a/index.html (+1m05s) ',
    '22:19:31   ├─ /data/timeline.vi.json (+7ms) ',
  ].join('\n');

  it('sums each kind of output, whatever unit Astro writes', () => {
    const times = outputTimes(log);
    expect(times.get('card images')?.count).toBe(2);
    expect(times.get('card images')?.seconds).toBeCloseTo(1.502, 6);
    expect(times.get('histories')).toEqual({ count: 2, seconds: 0.008 });
    expect(times.get('embeds')?.count).toBe(2);
    expect(times.get('embeds')?.seconds).toBeCloseTo(0.008, 6);
    expect(times.get('other pages')?.count).toBe(2);
    expect(times.get('other pages')?.seconds).toBeCloseTo(65.007, 6);
  });

  it('sorts paths by kind', () => {
    expect(outputKind('/og/en/events/x.png')).toBe('card images');
    expect(outputKind('/en/embed/timeline/index.html')).toBe('embeds');
    expect(outputKind('/vi/su-kien/x/lich-su/index.html')).toBe('histories');
    expect(outputKind('/vi/thay-doi/index.html')).toBe('other pages');
  });

  it('counts the HTML pages rendered and the outputs copied from the cache', () => {
    const incremental = [
      '22:19:29   ├─ /vi/index.html \u001b[32m(cached)\u001b[39m',
      '22:19:29   ├─ /vi/su-kien/a/cite.bib/ (restored)',
      '22:19:29   ├─ /og/vi/events/a.png (cached)',
      '22:19:29   ├─ /404.html (+\u001b[2m90ms\u001b[22m) ',
      '22:19:29   ├─ /data/dataset.json (+5ms) ',
    ].join('\n');
    expect(renderedPages(log)).toBe(5);
    expect(copiedOutputs(log)).toBe(0);
    expect(renderedPages(incremental)).toBe(1);
    expect(copiedOutputs(incremental)).toBe(3);
  });
});
