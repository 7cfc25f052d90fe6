import { expect, test } from '@playwright/test';

// The citation dialog on a phone: the whole link shows, wrapped, inside the screen, and its
// buttons look like the site's other buttons (the 404 page's search button).

test('on a 320 px phone the citation dialog fits the screen, shows the whole link, and its buttons look like the site’s', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const buttonLook = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((button) => {
        const style = getComputedStyle(button);
        return {
          borderRadius: style.borderRadius,
          background: style.backgroundColor,
          color: style.color,
          borderColor: style.borderTopColor,
        };
      });

  await page.goto('/nb/finnes-ikke/');
  const siteButton = await buttonLook('.not-found-search button');

  await page.goto('/nb/personvern/');
  await page.getByRole('link', { name: 'Lenke og sitat for 6. Lagring og sletting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lenke og sitat: 6. Lagring og sletting' });
  await expect(dialog).toBeVisible();

  await test.step('the dialog lies inside the viewport, and the page does not scroll sideways', async () => {
    const box = await dialog.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });

  await test.step('the whole link is visible, wrapped inside its field', async () => {
    const link = dialog.getByLabel('Lenke til denne versjonen');
    await expect(link).toHaveValue(/\/nb\/personvern\/.*#retention$/);
    await expect(link).toBeInViewport({ ratio: 1 });
    const fits = await link.evaluate((field) => ({
      across: field.scrollWidth <= field.clientWidth,
      down: field.scrollHeight <= field.clientHeight + 1,
    }));
    expect(fits).toEqual({ across: true, down: true });
    const linkBox = await link.boundingBox();
    expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(320);
  });

  await test.step('its buttons have the site’s button style', async () => {
    const buttons = dialog.getByRole('button');
    await expect(buttons).toHaveCount(3);
    for (const button of await buttons.all()) {
      const look = await button.evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          borderRadius: style.borderRadius,
          background: style.backgroundColor,
          color: style.color,
          borderColor: style.borderTopColor,
        };
      });
      expect(look).toEqual(siteButton);
      const box = await button.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
  });
});
