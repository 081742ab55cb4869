import { rememberLanguage } from './languagePreference';

// Remember the choice for the next visit to "/". The reader's place (the #step) is carried by
// the page's script loader (data-keep-hash, src/lib/deferScripts.ts), which runs before this can.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')) {
  link.addEventListener('click', () => rememberLanguage(link.dataset['languageSwitch']));
}
