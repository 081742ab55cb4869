import { localeCodes } from '../i18n/locales';
import { getCodes } from './codes';

/** `[lang]/codes/[code]` for every language and response code; the slug is the code in lower case. */
export async function codePaths() {
  const codes = await getCodes();
  return localeCodes.flatMap((lang) => codes.map((code) => ({ params: { lang, code: code.code.toLowerCase() }, props: { code } })));
}
