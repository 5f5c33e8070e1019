// The intermediate shape every extractor produces and the cleaner and outliner consume:
// a flat list of text blocks (lines or paragraphs) with whatever structure the format declared.

export interface Block {
  text: string;
  /** Heading level the markup declared (Markdown #, HTML <h1-6>, Word Heading 1-9), 1 = outermost. */
  markupLevel?: number;
  /** Length of a bold run that opens the block (Markdown **lead**, <strong>, Word bold run). */
  boldLead?: number;
  /** The block is a list item (bullet) in its source markup. */
  listItem?: boolean;
}
