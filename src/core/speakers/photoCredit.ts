/**
 * A photo credit's photographer: "Neilson Barnard via Getty Images." under a picture names no one the story is
 * about, so "the 43-year-old asked" below it must not take him for the person the passage is about.
 *
 * Left alone: "via" before anything but an agency whose name ends in "Images", "Pictures" or "Photos" ("Ann Bell via
 * Zoom said …", "a statement from Ann Bell via her lawyer").
 */
import { PHOTO_AGENCY_HEADS } from '../lexicon/entityWords';
import type { DocToken } from '../text/document';

/** Capitalized words of an agency's name: "Getty Images", "AFP / Getty Images" stays short. */
const MAX_AGENCY_WORDS = 4;

/** Whether the name ending before token `to` is credited for a photo: "<name> via <Agency> Images", on one line. */
export function isPhotoCredit(tokens: readonly DocToken[], to: number): boolean {
  const line = tokens[to - 1]?.line;
  if (tokens[to]?.lower !== 'via' || tokens[to].line !== line) return false;
  for (let k = to + 1; k <= to + MAX_AGENCY_WORDS && tokens[k]?.line === line && tokens[k].cap; k++)
    if (PHOTO_AGENCY_HEADS.has(tokens[k].lower)) return true;
  return false;
}
