/**
 * Gives the role `attribution` to a short line that names who said the block
 * above it: "Mark Rutte, chef de l’Alliance atlantique" or "— Jeanne Martin"
 * after a paragraph of quoted speech. The quotes stage reads these lines.
 */
import type { SegmentPass } from './segment-state.ts';
import type { Paragraph } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';

const ATTRIBUTION_CHARS = 150;
const CAPITALISED = `\\p{Lu}[\\p{L}\\p{M}'’.\\-]*`;
const PARTICLE = `(?:de|du|des|da|di|van|von|der|den|al|el|bin|ben|ibn|la|le|d['’])`;
/** Two to four capitalised words, particles allowed between them: "Ezzat al-Rishq", "Ursula von der Leyen". */
const NAME = `${CAPITALISED}(?:[\\s\\u00A0]+(?:${PARTICLE}[\\s\\u00A0]+)*${CAPITALISED}){1,3}`;
/** "Name, role…" without a final full stop, or "— Name" / "– Name, role". */
const ATTRIBUTION = new RegExp(
  `^(?:[—–-][\\s\\u00A0]*${NAME}(?:,[\\s\\u00A0]+.*[^.\\s])?|${NAME},[\\s\\u00A0]+.*[^.\\s])$`,
  'u',
);
/** The block above ends like speech: full stop, question, exclamation or a closing quote. */
const SPEECH_END = /[.!?…"»”][\s\u00A0\u202F)]*$/u;

/**
 * Marks attribution lines among body paragraphs.
 *
 * @example
 * // "…nos partenaires de l’Indo-Pacifique.\nMark Rutte, chef de l’Alliance atlantique" → the second line is an attribution
 */
export const markAttributions: SegmentPass = (state) => {
  let changed = false;
  const paragraphs = state.paragraphs.map((p, i): Draft<Paragraph> => {
    const previous = state.paragraphs[i - 1];
    if (p.role !== 'body' || !previous || previous.role === 'boilerplate') return p;
    if (p.end - p.start > ATTRIBUTION_CHARS) return p;
    if (!SPEECH_END.test(state.text.slice(previous.start, previous.end))) return p;
    if (!ATTRIBUTION.test(state.text.slice(p.start, p.end))) return p;
    changed = true;
    return { ...p, role: 'attribution', rule: 'name-comma-role' };
  });
  return changed ? { ...state, paragraphs } : state;
};
