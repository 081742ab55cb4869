/**
 * The operator settings and the glossary as the pages use them. The content check has already
 * validated both files before anything renders, so a failure here means it was bypassed.
 */
import operatorSource from '../../content/operator.yaml?raw';
import glossarySource from '../../content/glossary.yaml?raw';
import { dataOrThrow } from './dataFiles';
import { parseGlossary, parseOperator } from './siteData';

export const operator = dataOrThrow(parseOperator(operatorSource));
export const glossary = dataOrThrow(parseGlossary(glossarySource));
