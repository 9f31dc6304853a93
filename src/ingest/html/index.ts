/** HTML pages → article text and metadata. */
export { extractArticle, type ExtractedArticle } from './extract-article.ts';
export { cleanByline } from './clean-byline.ts';
export { collectParagraphs } from './collect-paragraphs.ts';
