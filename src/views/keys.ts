/**
 * Arrow keys move focus between the toolbar's buttons (left/right) or the
 * section headings (up/down); Home and End go to the first and last.
 */
export function arrowKeys(
  direction: 'horizontal' | 'vertical'
): (
  event: Pick<KeyboardEvent, 'key' | 'target' | 'preventDefault'>,
  root?: HTMLElement
) => void {
  const [back, forward] =
    direction === 'horizontal'
      ? ['ArrowLeft', 'ArrowRight']
      : ['ArrowUp', 'ArrowDown'];
  const selector =
    direction === 'horizontal'
      ? 'button'
      : 'section:not([hidden]) > h3 > .jp-IsolationInfo-sectionToggle';
  return (event, root) => {
    if (![back, forward, 'Home', 'End'].includes(event.key) || !root) {
      return;
    }
    const items = Array.from(
      root.querySelectorAll<HTMLButtonElement>(selector)
    ).filter(item => !item.disabled || direction === 'horizontal');
    const index = items.indexOf(event.target as HTMLButtonElement);
    if (index < 0) {
      return;
    }
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : (index + (event.key === forward ? 1 : -1) + items.length) %
            items.length;
    event.preventDefault();
    items[next].focus();
  };
}
