import { expect, test } from '@playwright/test';
import { contentIds } from './utils.ts';

test.describe('bilingual routing', () => {
  test('/ sends readers to Vietnamese and offers English, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.request.get('/');
    const html = await response.text();
    expect(html).toContain('http-equiv="refresh"');
    expect(html).toMatch(/href="\/en\/"/);
    await page.goto('/');
    await page.waitForURL('**/vi/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await context.close();
  });

  test('home pages carry the right lang, hreflang alternates, x-default and canonical', async ({ page }) => {
    for (const [path, lang] of [
      ['/vi/', 'vi'],
      ['/en/', 'en'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
      await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /\/vi\/$/);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/$/);
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/vi\/$/);
    }
  });

  test('the language switcher goes to the same entry in the other language and back', async ({ page }) => {
    const id = contentIds('events')[0] as string;
    await page.goto(`/vi/su-kien/${id}/`);
    const viTitle = await page.locator('h1').innerText();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/events/${id}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute(
      'href',
      new RegExp(`/vi/su-kien/${id}/$`),
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/events/${id}/$`));
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page).toHaveURL(new RegExp(`/vi/su-kien/${id}/$`));
    await expect(page.locator('h1')).toHaveText(viTitle);
  });

  test('the switcher keeps localized section names on index and stand-alone pages', async ({ page }) => {
    await page.goto('/vi/dia-phuong/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/places\/$/);
    await page.goto('/en/partnership-matrix/');
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page).toHaveURL(/\/vi\/ma-tran-hop-tac\/$/);
  });

  test('missing pages answer 404 with a page in the reader’s language', async ({ page }) => {
    const vi = await page.goto('/vi/khong-co-trang-nay/');
    expect(vi?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const en = await page.goto('/en/no-such-page/');
    expect(en?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Page not found');
    const root = await page.goto('/no-such-page');
    expect(root?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
    await expect(page.locator('section[lang="en"] h2')).toHaveText('Page not found');
  });

  test('dates and numbers follow each language’s conventions', async ({ page }) => {
    await page.goto('/vi/');
    await expect(page.locator('main')).toContainText('1.920');
    await page.goto('/en/');
    await expect(page.locator('main')).toContainText('1,920');
    await page.goto('/en/events/2020-10-05-facebook-thua-thien-hue-khoi-dong/');
    await expect(page.locator('.when time')).toHaveText('5 October 2020');
    await page.goto('/vi/su-kien/2020-10-05-facebook-thua-thien-hue-khoi-dong/');
    await expect(page.locator('.when time')).toHaveText('5 tháng 10, 2020');
  });
});
