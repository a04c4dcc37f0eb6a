import type { ComponentChildren } from 'preact';

export interface Choice<Value extends string> {
  readonly value: Value;
  readonly label: string;
  /** Shown beside the label, hidden from screen readers (the label says it all). */
  readonly preview?: ComponentChildren;
}

export interface ChoiceGroupProps<Value extends string> {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly Choice<Value>[];
  readonly value: Value;
  readonly onChange: (value: Value) => void;
}

/** One setting chosen from a few options, as native radio buttons. */
export function ChoiceGroup<Value extends string>({ legend, name, options, value, onChange }: ChoiceGroupProps<Value>) {
  return (
    <fieldset class="settings__group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
          {option.preview && <span aria-hidden="true">{option.preview}</span>}
        </label>
      ))}
    </fieldset>
  );
}
