import { FILLER_WORDS } from './filler-text';

/** Neutral prose from a small vocabulary; every sentence is checked to hold no glossary term. */
export class FillerProse {
  constructor(
    private readonly next: () => number,
    private readonly isTermFree: (text: string) => boolean,
  ) {}

  sentence(): string {
    for (;;) {
      const { adjective, noun, verb, preposition, opener } = FILLER_WORDS;
      const start = this.next() < 0.3 ? `${this.pick(opener)} the` : 'The';
      const sentence = `${start} ${this.pick(adjective)} ${this.pick(noun)} ${this.pick(verb)} the ${this.pick(noun)} ${this.pick(preposition)} each ${this.pick(adjective)} ${this.pick(noun)} and the ${this.pick(noun)} it ${this.pick(verb)}.`;
      if (this.isTermFree(sentence)) return sentence;
    }
  }

  phrase(): string {
    return `${this.pick(FILLER_WORDS.adjective)} ${this.pick(FILLER_WORDS.noun)}`;
  }

  private pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error('pick() from an empty list');
    return value;
  }
}
