/**
 * Language detection for the CLI: the detected code, or an input error that
 * asks for --lang when the text is too short or in a language veille lacks.
 */
import { supportedLanguages } from '../lang/load.ts';
import { detectLanguage } from '../lang/detect.ts';
import { inputError } from './usage-error.ts';

/**
 * The detected language, or an input error asking for --lang.
 *
 * @example
 * await detectOrFail('Moscou dément avoir reçu des soldats.'); // "fr"
 */
export async function detectOrFail(text: string): Promise<string> {
  const supported = supportedLanguages();
  const detection = await detectLanguage(text, supported);
  if (detection.code !== 'und') return detection.code;
  const choices = supported.map((code) => `--lang ${code}`).join(' or ');
  if (detection.reason === 'too-short') throw inputError(`the text is too short to tell its language; pass ${choices}`);
  if (detection.reason === 'unsupported') throw inputError(`the text looks like "${detection.guess}", which veille does not read (it reads ${supported.join(', ')}); pass ${choices} to force one`);
  throw inputError(`cannot tell the language of the text; pass ${choices}`);
}
