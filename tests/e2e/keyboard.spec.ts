import { expect, test, type Page } from '@playwright/test';

/** The focused element's accessible label and whether its focus is visible. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { text: '', visible: false, tag: '' };
    const style = getComputedStyle(el);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return {
      // Roughly the accessible name: aria-label, else the <label> of a field, else the text.
      text: (
        el.getAttribute('aria-label') ||
        (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null) ||
        el.textContent ||
        ''
      ).trim(),
      visible,
      tag: el.tagName,
    };
  });
}

test.describe('keyboard-only walk', () => {
  test('skip link, header, language switcher and navigation are reachable in order with visible focus', async ({
    page,
  }) => {
    await page.goto('/vi/su-kien/2020-10-05-facebook-thua-thien-hue-khoi-dong/');
    await page.keyboard.press('Tab');
    let now = await focused(page);
    expect(now.text).toBe('Chuyển đến nội dung');
    expect(now.visible).toBe(true);
    await expect(page.locator('.skip-link')).toBeInViewport();

    const seen: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      await page.keyboard.press('Tab');
      now = await focused(page);
      expect(now.visible, `focus visible on ${now.text}`).toBe(true);
      seen.push(now.text);
    }
    expect(seen.slice(0, 7)).toEqual([
      'Hợp tác chuyển đổi số',
      'EN English',
      'Hợp tác',
      'Sự kiện',
      'Dòng thời gian',
      'Địa phương',
      'Tổ chức',
    ]);
    expect(seen).toContain('Tìm trên trang');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/en/places/da-nang/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(inMain).toBe(true);
  });

  test('Enter on the language switcher opens the same page in English', async ({ page }) => {
    await page.goto('/vi/dia-phuong/da-nang/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toContain('English');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/places\/da-nang\/$/);
  });
});
