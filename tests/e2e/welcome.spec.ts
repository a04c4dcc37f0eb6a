/**
 * What this test proves about the first run: installing the extension opens
 * a welcome page that says what it does, what it covers, how to use it with
 * mouse, touch and keyboard (with the shortcuts the browser has now), that
 * nothing leaves the browser, and that it is general information to discuss
 * with the care team; the page has no axe violations in light and dark mode.
 */
import { launchWithExtension, welcomePage } from '../../scripts/chromium';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './popup-page';

test('opens a welcome page on install that explains the extension', async () => {
  const { context, extensionId, close } = await launchWithExtension({ keepWelcome: true });
  try {
    const page = await welcomePage(context, extensionId);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to MedTerm Explainer');
    const text = page.locator('main');
    await expect(text).toContainText('Stage 4 neuroblastoma');
    for (const way of ['Mouse:', 'Touch:', 'Keyboard:']) await expect(text).toContainText(way);
    await expect(page.locator('.shortcuts kbd').first()).toHaveText(/Alt\+Shift\+[ENP]/);
    await expect(text).toContainText('Nothing you read leaves your browser');
    await expect(text).toContainText('care team');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page);
    }
  } finally {
    await close();
  }
});
