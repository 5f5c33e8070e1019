// Figures: counts of work done (交办提案302件), normalised to base units, with their section.
import type { Figure, Heading, Paragraph } from '../model/report';

export function extractFigures(paragraphs: Paragraph[], outline: Heading[]): Figure[] {
  void paragraphs; void outline;
  return [];
}
