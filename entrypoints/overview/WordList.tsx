import type { MarkedDocument } from '../../components/overview-model';
import { entryById } from '../../glossary/runtime/bundled';

export interface WordListProps {
  readonly document: MarkedDocument;
}

/** Every explained word of the overview with its short definition, in order of first mention: paper cannot open cards. */
export function WordList({ document }: WordListProps) {
  const entries = [...document.firstPlaces.keys()].flatMap((id) => entryById(id) ?? []);
  return (
    <section class="word-list" aria-labelledby="word-list-heading">
      <h2 id="word-list-heading">Words explained</h2>
      <p>What each marked word in the overview means, in the order the words first appear.</p>
      <dl>
        {entries.map((entry) => (
          <div key={entry.id} class="word-list__entry">
            <dt>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
