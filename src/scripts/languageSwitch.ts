import { rememberLanguage } from './languagePreference';

// Keep the reader's place (the #step) and their choice for the next visit to "/".
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')) {
  link.addEventListener('click', () => {
    rememberLanguage(link.dataset['languageSwitch']);
    if (location.hash) link.hash = location.hash;
  });
}
