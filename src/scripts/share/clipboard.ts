/**
 * Copies text with the Clipboard API. Resolves false where that API is missing or refused
 * (plain HTTP, older WebViews, denied permission) so the caller can offer a manual copy.
 */
export async function copyText(text: string): Promise<boolean> {
  if (!window.isSecureContext || typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
