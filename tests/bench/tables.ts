/**
 * Every query table `npm run bench:search` measures, in the order it prints them, for the browser
 * run (search.ts) and the Node run (searchNode.ts) alike. A blind table's misses are never
 * collected or printed: nobody tunes on its queries.
 */
import type { HoldoutCase } from '../fixtures/search-holdout.ts';
import { holdoutCases } from '../fixtures/search-holdout.ts';
import { holdout2Cases } from '../fixtures/search-holdout2.ts';
import { holdout3Cases } from '../fixtures/search-holdout3.ts';
import { holdout4Cases } from '../fixtures/search-holdout4.ts';
import { holdout5Cases } from '../fixtures/search-holdout5.ts';
import { holdout6Cases } from '../fixtures/search-holdout6.ts';
import { holdout7Cases } from '../fixtures/search-holdout7.ts';
import { holdout8Cases } from '../fixtures/search-holdout8.ts';
import { holdout9Cases } from '../fixtures/search-holdout9.ts';
import { holdout10Cases } from '../fixtures/search-holdout10.ts';
import { holdout11Cases } from '../fixtures/search-holdout11.ts';
import { searchCases } from '../fixtures/search-queries.ts';
import { studyCases } from '../fixtures/search-study.ts';
import { study2Cases } from '../fixtures/search-study2.ts';
import { study3Cases } from '../fixtures/search-study3.ts';
import { study4Cases } from '../fixtures/search-study4.ts';
import { study5Cases } from '../fixtures/search-study5.ts';
import { study6Cases } from '../fixtures/search-study6.ts';
import { study7Cases } from '../fixtures/search-study7.ts';
import { study8Cases } from '../fixtures/search-study8.ts';
import { study9Cases } from '../fixtures/search-study9.ts';
import { study10Cases } from '../fixtures/search-study10.ts';
import { study11Cases } from '../fixtures/search-study11.ts';
import { study12Cases } from '../fixtures/search-study12.ts';
import { study13Cases } from '../fixtures/search-study13.ts';
import { study14Cases } from '../fixtures/search-study14.ts';
import { study15Cases } from '../fixtures/search-study15.ts';
import { study16Cases } from '../fixtures/search-study16.ts';
import { study17Cases } from '../fixtures/search-study17.ts';
import { study18Cases } from '../fixtures/search-study18.ts';
import { study19Cases } from '../fixtures/search-study19.ts';
import { study20Cases } from '../fixtures/search-study20.ts';
import { study21Cases } from '../fixtures/search-study21.ts';
import { study22Cases } from '../fixtures/search-study22.ts';
import { study23Cases } from '../fixtures/search-study23.ts';
import { study24Cases } from '../fixtures/search-study24.ts';
import { study25Cases } from '../fixtures/search-study25.ts';
import { study26Cases } from '../fixtures/search-study26.ts';
import { study27Cases } from '../fixtures/search-study27.ts';
import { study28Cases } from '../fixtures/search-study28.ts';
import { study29Cases } from '../fixtures/search-study29.ts';
import { study30Cases } from '../fixtures/search-study30.ts';
import { study31Cases } from '../fixtures/search-study31.ts';
import { study32Cases } from '../fixtures/search-study32.ts';
import { study33Cases } from '../fixtures/search-study33.ts';
import { study34Cases } from '../fixtures/search-study34.ts';
import { study35Cases } from '../fixtures/search-study35.ts';
import { study36Cases } from '../fixtures/search-study36.ts';
import { study37Cases } from '../fixtures/search-study37.ts';
import { study38Cases } from '../fixtures/search-study38.ts';
import { study39Cases } from '../fixtures/search-study39.ts';
import { study40Cases } from '../fixtures/search-study40.ts';
import { study41Cases } from '../fixtures/search-study41.ts';
import { study42Cases } from '../fixtures/search-study42.ts';
import { study43Cases } from '../fixtures/search-study43.ts';
import { study44Cases } from '../fixtures/search-study44.ts';
import { study45Cases } from '../fixtures/search-study45.ts';
import { study46Cases } from '../fixtures/search-study46.ts';
import { study47Cases } from '../fixtures/search-study47.ts';
import { study48Cases } from '../fixtures/search-study48.ts';
import { study49Cases } from '../fixtures/search-study49.ts';
import { study50Cases } from '../fixtures/search-study50.ts';
import { study51Cases } from '../fixtures/search-study51.ts';
import { study52Cases } from '../fixtures/search-study52.ts';
import { study53Cases } from '../fixtures/search-study53.ts';
import { study54Cases } from '../fixtures/search-study54.ts';
import { study55Cases } from '../fixtures/search-study55.ts';
import { study56Cases } from '../fixtures/search-study56.ts';
import { study57Cases } from '../fixtures/search-study57.ts';
import { study58Cases } from '../fixtures/search-study58.ts';
import { study59Cases } from '../fixtures/search-study59.ts';
import { study60Cases } from '../fixtures/search-study60.ts';
import { study61Cases } from '../fixtures/search-study61.ts';
import { study62Cases } from '../fixtures/search-study62.ts';
import { study63Cases } from '../fixtures/search-study63.ts';
import { study64Cases } from '../fixtures/search-study64.ts';
import { study65Cases } from '../fixtures/search-study65.ts';
import { study66Cases } from '../fixtures/search-study66.ts';
import { study67Cases } from '../fixtures/search-study67.ts';
import { study68Cases } from '../fixtures/search-study68.ts';
import { study69Cases } from '../fixtures/search-study69.ts';
import { study70Cases } from '../fixtures/search-study70.ts';
import { study71Cases } from '../fixtures/search-study71.ts';
import { study72Cases } from '../fixtures/search-study72.ts';
import { study73Cases } from '../fixtures/search-study73.ts';
import { study74Cases } from '../fixtures/search-study74.ts';
import { study75Cases } from '../fixtures/search-study75.ts';
import { study76Cases } from '../fixtures/search-study76.ts';
import { study77Cases } from '../fixtures/search-study77.ts';
import { study78Cases } from '../fixtures/search-study78.ts';
import { study79Cases } from '../fixtures/search-study79.ts';
import { study80Cases } from '../fixtures/search-study80.ts';

export interface BenchTable {
  name: string;
  cases: Record<'zh' | 'en', readonly HoldoutCase[]>;
  blind: boolean;
}

/** `--tables=study2,holdout` on the command line: only the tables of those fixture files; none given, all. */
export function tableWanted(name: string, argv: readonly string[]): boolean {
  const files = argv.find((arg) => arg.startsWith('--tables='))?.slice('--tables='.length).split(',');
  return !files || files.some((file) => name.includes(`(search-${file}.ts)`));
}

export const benchTables: readonly BenchTable[] = [
  { name: 'tuning table (search-queries.ts)', cases: searchCases, blind: false },
  { name: 'held-out table (search-holdout.ts)', cases: holdoutCases, blind: false },
  { name: 'second held-out table (search-holdout2.ts), blind: figures only', cases: holdout2Cases, blind: true },
  { name: 'third held-out table (search-holdout3.ts), written in round 6', cases: holdout3Cases, blind: false },
  { name: 'fourth held-out table (search-holdout4.ts), blind: figures only', cases: holdout4Cases, blind: true },
  { name: 'fifth held-out table (search-holdout5.ts), blind: figures only', cases: holdout5Cases, blind: true },
  { name: 'sixth held-out table (search-holdout6.ts), blind: figures only', cases: holdout6Cases, blind: true },
  { name: 'seventh held-out table (search-holdout7.ts), blind: figures only', cases: holdout7Cases, blind: true },
  { name: 'eighth held-out table (search-holdout8.ts), blind: figures only', cases: holdout8Cases, blind: true },
  { name: 'ninth held-out table (search-holdout9.ts), blind: figures only', cases: holdout9Cases, blind: true },
  { name: 'tenth held-out table (search-holdout10.ts), blind: figures only', cases: holdout10Cases, blind: true },
  { name: 'eleventh held-out table (search-holdout11.ts), blind: figures only', cases: holdout11Cases, blind: true },
  { name: 'study table (search-study.ts), written in round 10', cases: studyCases, blind: false },
  { name: 'second study table (search-study2.ts), written in round 10, mostly English', cases: study2Cases, blind: false },
  { name: 'third study table (search-study3.ts), written in round 10, mostly Chinese', cases: study3Cases, blind: false },
  { name: 'fourth study table (search-study4.ts), written in round 11, mostly Chinese', cases: study4Cases, blind: false },
  { name: 'fifth study table (search-study5.ts), written in round 11, mostly English', cases: study5Cases, blind: false },
  { name: 'sixth study table (search-study6.ts), written in round 11, mostly Chinese', cases: study6Cases, blind: false },
  { name: 'seventh study table (search-study7.ts), written in round 11, mostly English', cases: study7Cases, blind: false },
  { name: 'eighth study table (search-study8.ts), written in round 12, Chinese', cases: study8Cases, blind: false },
  { name: 'ninth study table (search-study9.ts), written in round 12, mostly English', cases: study9Cases, blind: false },
  { name: 'tenth study table (search-study10.ts), written in round 12, Chinese', cases: study10Cases, blind: false },
  { name: 'eleventh study table (search-study11.ts), written in round 12, English', cases: study11Cases, blind: false },
  { name: 'twelfth study table (search-study12.ts), written in round 12 with the sixth held-out table\'s instructions', cases: study12Cases, blind: false },
  { name: 'thirteenth study table (search-study13.ts), written in round 13, Chinese at the counter', cases: study13Cases, blind: false },
  { name: 'fourteenth study table (search-study14.ts), written in round 13, support staff\'s Chinese and English', cases: study14Cases, blind: false },
  { name: 'fifteenth study table (search-study15.ts), written in round 13, Chinese in everyday words', cases: study15Cases, blind: false },
  { name: 'sixteenth study table (search-study16.ts), written in round 13, money, scams and refunds', cases: study16Cases, blind: false },
  { name: 'seventeenth study table (search-study17.ts), written in round 13, moments at the counter', cases: study17Cases, blind: false },
  { name: 'eighteenth study table (search-study18.ts), written in round 13, Chinese keywords and screen text', cases: study18Cases, blind: false },
  { name: 'nineteenth study table (search-study19.ts), written in round 13, Chinese by voice and in a hurry', cases: study19Cases, blind: false },
  { name: 'twentieth study table (search-study20.ts), written in round 13, owners and support agents', cases: study20Cases, blind: false },
  { name: 'twenty-first study table (search-study21.ts), written in round 14, Chinese at a busy counter', cases: study21Cases, blind: false },
  { name: 'twenty-second study table (search-study22.ts), written in round 14, support staff quoting merchants', cases: study22Cases, blind: false },
  { name: 'twenty-third study table (search-study23.ts), written in round 14, Chinese by older shop owners, typed or dictated', cases: study23Cases, blind: false },
  { name: 'twenty-fourth study table (search-study24.ts), written in round 14, English from shop owners, Chinese keywords', cases: study24Cases, blind: false },
  { name: 'twenty-fifth study table (search-study25.ts), written in round 14, Chinese: what just happened at the till', cases: study25Cases, blind: false },
  { name: 'twenty-sixth study table (search-study26.ts), written in round 14, English from owners and staff', cases: study26Cases, blind: false },
  { name: 'twenty-seventh study table (search-study27.ts), written in round 14, Chinese: money and paperwork', cases: study27Cases, blind: false },
  { name: 'twenty-eighth study table (search-study28.ts), written in round 17, Chinese at the counter and screen text, English from foreign owners', cases: study28Cases, blind: false },
  { name: 'twenty-ninth study table (search-study29.ts), written in round 17, mostly English from foreign owners, staff and support agents', cases: study29Cases, blind: false },
  { name: 'thirtieth study table (search-study30.ts), written in round 17, Chinese by voice, at the counter, on money, and from support staff', cases: study30Cases, blind: false },
  { name: 'thirty-first study table (search-study31.ts), written in round 17, Chinese from particular trades', cases: study31Cases, blind: false },
  { name: 'thirty-second study table (search-study32.ts), written in round 17, before and around the upgrade, and money', cases: study32Cases, blind: false },
  { name: 'thirty-third study table (search-study33.ts), written in round 18, merchants, assistants, support staff and expats', cases: study33Cases, blind: false },
  { name: 'thirty-fourth study table (search-study34.ts), written in round 18, the week after the upgrade', cases: study34Cases, blind: false },
  { name: 'thirty-fifth study table (search-study35.ts), written in round 18, those who help merchants', cases: study35Cases, blind: false },
  { name: 'thirty-sixth study table (search-study36.ts), written in round 18, merchants of many trades', cases: study36Cases, blind: false },
  { name: 'thirty-seventh study table (search-study37.ts), written in round 18 with the held-out tables\' instructions', cases: study37Cases, blind: false },
  { name: 'thirty-eighth study table (search-study38.ts), written in round 18, questions in none of the titles\' words', cases: study38Cases, blind: false },
  { name: 'thirty-ninth study table (search-study39.ts), written in round 18, mostly English from foreigners in business in China', cases: study39Cases, blind: false },
  { name: 'fortieth study table (search-study40.ts), written in round 18, mostly Chinese, weighted to what merchants ask most', cases: study40Cases, blind: false },
  { name: 'forty-first study table (search-study41.ts), written in round 18, in a hurry', cases: study41Cases, blind: false },
  { name: 'forty-second study table (search-study42.ts), written in round 18, those who answer merchants', cases: study42Cases, blind: false },
  { name: 'forty-third study table (search-study43.ts), written in round 19, one-handed at a busy counter', cases: study43Cases, blind: false },
  { name: 'forty-fourth study table (search-study44.ts), written in round 19, support agents with the customer\'s words', cases: study44Cases, blind: false },
  { name: 'forty-fifth study table (search-study45.ts), written in round 19, whole sentences from older merchants and expats', cases: study45Cases, blind: false },
  { name: 'forty-sixth study table (search-study46.ts), written in round 19, cashiers facing a customer', cases: study46Cases, blind: false },
  { name: 'forty-seventh study table (search-study47.ts), written in round 19, small towns in plain words, bilingual owners with pinyin', cases: study47Cases, blind: false },
  { name: 'forty-eighth study table (search-study48.ts), written in round 19, just before and after the upgrade', cases: study48Cases, blind: false },
  { name: 'forty-ninth study table (search-study49.ts), written in round 20, unusual card-payment setups', cases: study49Cases, blind: false },
  { name: 'fiftieth study table (search-study50.ts), written in round 20, people acting for a merchant', cases: study50Cases, blind: false },
  { name: 'fifty-first study table (search-study51.ts), written in round 21, people who already tried something or guess the cause', cases: study51Cases, blind: false },
  { name: 'fifty-second study table (search-study52.ts), written in round 21, questions sent on from somewhere else', cases: study52Cases, blind: false },
  { name: 'fifty-third study table (search-study53.ts), written in round 22, short and hurried', cases: study53Cases, blind: false },
  { name: 'fifty-fourth study table (search-study54.ts), written in round 22, full questions with their context', cases: study54Cases, blind: false },
  { name: 'fifty-fifth study table (search-study55.ts), written in round 23, typed imperfectly on a phone', cases: study55Cases, blind: false },
  { name: 'fifty-sixth study table (search-study56.ts), written in round 23, yes/no questions checking a belief', cases: study56Cases, blind: false },
  { name: 'fifty-seventh study table (search-study57.ts), written in round 24, questions carrying amounts, dates, counts and brands', cases: study57Cases, blind: false },
  { name: 'fifty-eighth study table (search-study58.ts), written in round 24, mixed and second-language writing', cases: study58Cases, blind: false },
  { name: 'fifty-ninth study table (search-study59.ts), written in round 24, describing what was seen or heard without naming the problem', cases: study59Cases, blind: false },
  { name: 'sixtieth study table (search-study60.ts), written in round 24, weighing two options or asking which one', cases: study60Cases, blind: false },
  { name: 'sixty-first study table (search-study61.ts), written in round 25, the general mix a search box sees', cases: study61Cases, blind: false },
  { name: 'sixty-second study table (search-study62.ts), written in round 25, merchants from many regions and shop owners from many countries', cases: study62Cases, blind: false },
  { name: 'sixty-third study table (search-study63.ts), written in round 25, short searches', cases: study63Cases, blind: false },
  { name: 'sixty-fourth study table (search-study64.ts), written in round 25, situations beyond the upgrade itself', cases: study64Cases, blind: false },
  { name: 'sixty-fifth study table (search-study65.ts), written in round 26, the held-out brief itself', cases: study65Cases, blind: false },
  { name: 'sixty-sixth study table (search-study66.ts), written in round 26, owners of many trades setting out their situation', cases: study66Cases, blind: false },
  { name: 'sixty-seventh study table (search-study67.ts), written in round 26, one question per idea of the source article', cases: study67Cases, blind: false },
  { name: 'sixty-eighth study table (search-study68.ts), written in round 26, support staff typing a merchant\'s complaint', cases: study68Cases, blind: false },
  { name: 'sixty-ninth study table (search-study69.ts), written in round 27, the held-out brief itself, a second time', cases: study69Cases, blind: false },
  { name: 'seventieth study table (search-study70.ts), written in round 27, the held-out brief as a new cashier, a restaurant owner, a support agent and a café owner', cases: study70Cases, blind: false },
  { name: 'seventy-first study table (search-study71.ts), written in round 27, the held-out brief, every idea of the article without the official terms', cases: study71Cases, blind: false },
  { name: 'seventy-second study table (search-study72.ts), written in round 27, the held-out brief, with the reasons behind things', cases: study72Cases, blind: false },
  { name: 'seventy-third study table (search-study73.ts), written in round 27, the held-out brief, in a hurry at the counter', cases: study73Cases, blind: false },
  { name: 'seventy-fourth study table (search-study74.ts), written in round 27, the held-out brief, after trying one thing first', cases: study74Cases, blind: false },
  { name: 'seventy-fifth study table (search-study75.ts), written in round 27, the held-out brief, whole messages and the screen quoted', cases: study75Cases, blind: false },
  { name: 'seventy-sixth study table (search-study76.ts), written in round 27, the held-out brief, far from big cities and expats', cases: study76Cases, blind: false },
  { name: 'seventy-seventh study table (search-study77.ts), written in round 28, the held-out brief, dictated by voice', cases: study77Cases, blind: false },
  { name: 'seventy-eighth study table (search-study78.ts), written in round 28, the held-out brief, worried or sceptical merchants', cases: study78Cases, blind: false },
  { name: 'seventy-ninth study table (search-study79.ts), written in round 29, the held-out brief, new staff on a just-upgraded terminal', cases: study79Cases, blind: false },
  { name: 'eightieth study table (search-study80.ts), written in round 29, the held-out brief, older owners telling a story first', cases: study80Cases, blind: false },
];
