/**
 * A dictionary sentence cut at its `{slot}`s, so markup (a link, a bold name) can stand in a slot
 * while the word order stays in the dictionary: Chinese and English put it in different places.
 * Fill.astro fills the slots from named slots; answers' stored HTML (src/lib/answerMdx) from strings.
 * @example templateParts('Call {name} now') // [{ text: 'Call ' }, { slot: 'name' }, { text: ' now' }]
 */
export type TemplatePart = { text: string } | { slot: string };

export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((segment) => {
      const slot = /^\{(\w+)\}$/.exec(segment)?.[1];
      return slot === undefined ? { text: segment } : { slot };
    });
}
