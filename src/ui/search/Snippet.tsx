// One hit's snippet: the original-script text around the match with every query match marked,
// and an ellipsis where the snippet was cut out of a longer paragraph.
import type { Snippet as SnippetData } from '../../state/search';
import { Marked } from './Marked';

export function Snippet({ snippet }: { snippet: SnippetData }) {
  return (
    <span class="snippet">
      {snippet.cutStart && '…'}
      <Marked text={snippet.text} ranges={snippet.marks} />
      {snippet.cutEnd && '…'}
    </span>
  );
}
