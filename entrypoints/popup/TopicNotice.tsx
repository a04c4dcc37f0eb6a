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

const TOPIC_WORDS: Record<Topic, string> = {
  other: 'not to be about health',
  health: 'to be about health, but not about cancer',
  cancer: 'to be about cancer, but not about neuroblastoma',
  neuroblastoma: 'to be about neuroblastoma',
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
      <p>
        This page seems {TOPIC_WORDS[topic]}. So everyday words like “bone” or “fever”, and short forms that often mean
        something else here, are not marked.
      </p>
      <button type="button" class="text-button" onClick={() => onMarkAll(true)}>
        Mark all words on this site
      </button>
    </div>
  );
}
