/**
 * Keeps Tab inside the open card: past its last control focus goes back to
 * its first, and Shift+Tab from the first goes to the last. Without this,
 * Tab from the card's last button would leave for the top of the page while
 * the card stays open over it. Esc closes the card and gives focus back.
 */
const FOCUSABLE = 'button:not([disabled]), summary, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function keepTabInside(container: HTMLElement): void {
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || !event.isTrusted) return;
    const controls = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const [first] = controls;
    const last = controls.at(-1);
    if (!first || !last) return;
    const root = container.getRootNode();
    const active = root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
    const leaving = event.shiftKey ? active === first || !controls.includes(active as HTMLElement) : active === last;
    if (!leaving) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  });
}
