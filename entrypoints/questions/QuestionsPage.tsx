import { useState } from 'preact/hooks';
import { useQuestions } from '../../components/use-questions';
import { entryById } from '../../glossary/runtime/bundled';
import { groupByWord } from '../../utils/questions/as-text';
import type { SavedWord } from '../../utils/questions/record';
import { DATE, downloadText, listAsText, termOf } from './share-text';

/** The saved words as a sheet to print and bring to the appointment, or to copy into a message. */
export function QuestionsPage() {
  const { read } = useQuestions();
  const [status, setStatus] = useState('');
  if (!read) return null;
  const groups = groupByWord(read.words, termOf);
  const copy = () =>
    navigator.clipboard.writeText(listAsText(read.words)).then(
      () => setStatus('Copied. Paste it into a message to your child’s care team.'),
      () => setStatus('The browser did not allow copying. Try “Download as text” instead.'),
    );

  return (
    <>
      <header class="page-header">
        <p class="page-header__app">MedTerm Explainer</p>
        <div class="page-header__actions">
          <button type="button" class="page-header__button" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" class="page-header__button" onClick={() => void copy()} disabled={groups.length === 0}>
            Copy as text
          </button>
          <button
            type="button"
            class="page-header__button"
            disabled={groups.length === 0}
            onClick={() => {
              downloadText(listAsText(read.words));
              setStatus('Saved as a text file in your downloads.');
            }}
          >
            Download as text
          </button>
        </div>
      </header>
      <main class="sheet">
        <h1 class="sheet__title">My questions for the care team</h1>
        <p class="sheet__meta">
          Written down on {DATE.format(Date.now())}. Appointment: <span class="sheet__blank" />
        </p>
        <p class="sheet__status" role="status">
          {status}
        </p>
        {read.skipped > 0 && (
          <p class="sheet__warning">
            {read.skipped === 1 ? 'One saved item' : `${read.skipped} saved items`} could not be read and{' '}
            {read.skipped === 1 ? 'is' : 'are'} left out.
          </p>
        )}
        {groups.length === 0 && <p>No saved words yet. When a word’s card is open, choose “Save to my questions”.</p>}
        {groups.map((group) => (
          <section key={group.entryId} class="word" aria-labelledby={`word-${group.entryId}`}>
            <div class="word__meaning">
              <h2 class="word__term" id={`word-${group.entryId}`}>
                {group.term}
              </h2>
              <p class="word__definition">{entryById(group.entryId)?.definition ?? ''}</p>
            </div>
            <div class="word__questions">
              {group.saves.map((save) => (
                <Save key={save.id} save={save} />
              ))}
            </div>
          </section>
        ))}
        <p class="sheet__footer">
          These explanations are general information. Your child’s care team knows your child and is the best source of
          answers.
        </p>
      </main>
    </>
  );
}

function Save({ save }: { readonly save: SavedWord }) {
  const questions = save.question.split('\n').filter((line) => line.trim());
  return (
    <div class="save">
      {save.sentence && <blockquote class="save__sentence">“{save.sentence}”</blockquote>}
      {(save.title || save.url) && <p class="save__source">{[save.title, save.url].filter(Boolean).join(' · ')}</p>}
      {questions.length > 0 ? (
        <ul class="save__questions">
          {questions.map((question) => (
            <li key={question}>
              {question}
              {save.asked && <span class="save__asked"> (asked)</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="save__questions save__questions--none">My question:</p>
      )}
      <div class="save__answer">
        <p>Answer:</p>
        <div class="save__line" />
        <div class="save__line" />
      </div>
    </div>
  );
}
