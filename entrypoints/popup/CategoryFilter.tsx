import { CATEGORY_LABELS } from '../../components/categories';
import { CATEGORIES, type Category } from '../../glossary/runtime/entry';

export type CategoryChoice = Category | 'all';

export interface CategoryFilterProps {
  readonly value: CategoryChoice;
  readonly onChange: (value: CategoryChoice) => void;
}

/** "Show: All / The illness / Treatment / …" as one group of radio buttons drawn as chips. */
export function CategoryFilter({ value, onChange }: CategoryFilterProps) {
  const choices: readonly [CategoryChoice, string][] = [
    ['all', 'All words'],
    ...CATEGORIES.map((category): [CategoryChoice, string] => [category, CATEGORY_LABELS[category]]),
  ];
  return (
    <fieldset class="chips">
      <legend class="visually-hidden">Show only one kind of word</legend>
      {choices.map(([choice, label]) => (
        <label key={choice} class="chips__chip">
          <input
            type="radio"
            name="category"
            value={choice}
            checked={choice === value}
            onChange={() => onChange(choice)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
