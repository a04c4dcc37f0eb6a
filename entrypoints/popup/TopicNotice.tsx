import type { Topic } from '../../glossary/runtime/topic';

export interface TopicNoticeProps {
  readonly host: string;
  readonly topic: Topic;
  /** Whether words that need a topic the page lacks are left unmarked. */
  readonly withholding: boolean;
  /** Whether every word is marked on this site, whatever its pages are about. */
  readonly markingAll: boolean;
  readonly onMarkAll: (markAll: boolean) => void;
}

/** Why words are left unmarked, for each thing a page can seem to be about. */
const WHY_UNMARKED: Record<Topic, string> = {
  other:
    'This page doesn’t seem to be about health, so everyday words like “bone” or “fever”, and short forms that often mean something else, are not marked.',
  health:
    'This page seems to be about health but not cancer, so short forms and words that mean something else outside cancer care (like “relapse”) are not marked.',
  cancer:
    'This page seems to be about cancer but not neuroblastoma, so a few phrases used only for neuroblastoma are not marked.',
  neuroblastoma: '',
};

/** Says why a page has few marks (it is not about health or cancer) and offers to mark every word on the site. */
export function TopicNotice({ host, topic, withholding, markingAll, onMarkAll }: TopicNoticeProps) {
  if (markingAll) {
    return (
      <div class="topic-notice">
        <p>Every glossary word is marked on {host}, whatever its pages are about.</p>
        <button type="button" class="text-button" onClick={() => onMarkAll(false)}>
          Mark only words that fit each page
        </button>
      </div>
    );
  }
  if (!withholding) return null;
  return (
    <div class="topic-notice">
      <p>{WHY_UNMARKED[topic]}</p>
      <button type="button" class="text-button" onClick={() => onMarkAll(true)}>
        Mark all words on this site
      </button>
    </div>
  );
}
