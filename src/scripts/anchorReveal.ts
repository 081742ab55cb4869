/**
 * A shared link to a step inside collapsed content (a closed <details>) opens that content
 * and brings the step into view, on first load and on every in-page jump. The highlight
 * itself is CSS (:target), and scroll-padding keeps the step below the sticky header.
 */
function revealTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  let opened = false;
  for (let parent = target.parentElement; parent; parent = parent.parentElement) {
    if (parent instanceof HTMLDetailsElement && !parent.open) {
      parent.open = true;
      opened = true;
    }
  }
  if (opened) target.scrollIntoView({ block: 'start' });
}

revealTarget();
addEventListener('hashchange', revealTarget);
