import type { Category } from '../glossary/runtime/entry';

/** How each category is named to a parent. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  disease: 'The illness',
  body: 'Body and cells',
  treatment: 'Treatment',
  medicine: 'Medicine',
  biology: 'Tests and tumour biology',
  symptom: 'Symptom or sign',
  outlook: 'Outlook',
  care: 'Care and care team',
};
