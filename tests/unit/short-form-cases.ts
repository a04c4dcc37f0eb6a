/**
 * Real-style sentences for every short form that collides with an everyday
 * abbreviation, paraphrased from the places parents meet them: trial listings
 * (ClinicalTrials.gov eligibility, outcome measures), paper abstracts and
 * results, and ordinary pages that use the same letters in another sense.
 */
export interface ShortFormCase {
  /** The short form as the page writes it. */
  readonly form: string;
  /** The entry it explains on a page about cancer. */
  readonly entry: string;
  /** Blocks from cancer papers and trial listings: the form is marked there. */
  readonly hits: readonly string[];
  /** Blocks using the letters in another sense: never marked, even on a page about cancer. */
  readonly misses: readonly string[];
}

export const SHORT_FORM_CASES: readonly ShortFormCase[] = [
  {
    form: 'CR',
    entry: 'complete-response',
    hits: [
      'End-of-induction CR/VGPR was reached in 58% of the children.',
      'Among 203 patients who could be assessed, 14 had a complete response (CR) and 14 a partial response (PR).',
      'Patients in first CR after induction chemotherapy were enrolled.',
    ],
    misses: [
      'A CR next to an amount on your statement means money paid back to your card.',
      'Windows ends each line of a text file with CR and LF.',
      'Our office in San José, CR, answers the phone in Spanish.',
    ],
  },
  {
    form: 'PR',
    entry: 'partial-response',
    hits: [
      'Nine of 25 patients had an objective response (CR or PR); the MIBG-avid lesions cleared in four.',
      'Three patients had a PR and two had stable disease lasting more than four cycles.',
      'A PR of the primary tumour with a Curie score that fell from 12 to 3.',
    ],
    misses: [
      'For interviews, contact our PR team at the children’s hospital.',
      'Fix the failing test and open a PR against the main branch.',
      'Women with ER/PR-negative tumours more often had a complete response to chemotherapy.',
      'During induction chemotherapy, give paracetamol PO or PR for fever.',
      'PR status was checked in every tumour sample before partial responses were scored.',
    ],
  },
  {
    form: 'MR',
    entry: 'minor-response',
    hits: [
      'One child had a minor response (MR) in the bone marrow only.',
      'Of 20 patients, 2 had a partial response, 3 an MR and 6 SD.',
    ],
    misses: [
      'Mr Patel met the oncology team on Monday.',
      'MR SMITH THANKS THE NURSES FOR THEIR CARE.',
      'The headset runs AR, VR and MR apps.',
      'A complete response was confirmed on CT or MR four weeks later.',
      'A partial response was seen on the MR scan of the abdomen.',
    ],
  },
  {
    form: 'SD',
    entry: 'stable-disease',
    hits: [
      'Six patients had SD lasting at least four cycles, and one had a partial response.',
      'Overall response of stable disease (SD) or better was linked to longer survival.',
    ],
    misses: [
      'Insert the SD card before you turn the camera on.',
      'Age at diagnosis was 3.1 years (mean ± SD 1.4); 12 children had a complete response.',
      'Put the photos on an SD card and bring it to the clinic.',
    ],
  },
  {
    form: 'PD',
    entry: 'progressive-disease',
    hits: [
      'Patients with PD at any time come off study; those with CR, VGPR or PR go on to consolidation.',
      'Prior progressive disease (PD) was linked to worse outcome.',
      'Time to PD or relapse was measured from enrolment.',
    ],
    misses: [
      'Officers from the Springfield PD arrested two men on Friday.',
      'Call the PD non-emergency line to report a stolen bike.',
      'Tumours that make PD-L1 may respond to anti-PD-1 antibodies; two complete responses were seen.',
      'Blood for PK/PD studies was drawn after the first dose; one child had stable disease.',
    ],
  },
  {
    form: 'OS',
    entry: 'survival-rate',
    hits: [
      'The 5-year EFS and OS were 41% and 56%, respectively.',
      'Overall survival (OS) was 27% ± 3% at five years.',
      'OS at 5 years was 45%; event-free survival was 38%.',
      'OS was estimated with the Kaplan-Meier method.',
      'A response of at least stable disease was linked to better OS.',
    ],
    misses: [
      'The phone ships with the latest OS and three years of updates.',
      'Update the OS on your tablet before you install the patient portal app.',
      'OS: Android 15. Storage: 128 GB. Battery: 5,000 mAh.',
      'In osteosarcoma (OS), the 5-year survival rate is about 70%.',
      'Survival rates of OS patients have barely changed since the 1980s.',
      'After retinoblastoma treatment, visual acuity was 20/25 OD/OS; 5-year overall survival was 95%.',
    ],
  },
  {
    form: 'KM',
    entry: 'kaplan-meier-curve',
    hits: [
      'KM estimates of event-free survival at 3 years were 52%.',
      'EFS and OS were drawn as KM curves and compared with the log-rank test.',
    ],
    misses: [
      'The route is 5 km along the river.',
      'RUN 10 KM FOR CHILDHOOD CANCER RESEARCH THIS SUNDAY.',
      'Turn left at KM 42 and follow the signs to the hospital.',
    ],
  },
  {
    form: 'ANC',
    entry: 'absolute-neutrophil-count',
    hits: [
      'ANC ≥ 750/µL and platelet count ≥ 75,000/µL, without a transfusion in the past week.',
      'G-CSF is given until the ANC is above 1,000/µL after the low point.',
      'Neutrophil engraftment was defined as ANC > 500/µL on three days in a row.',
    ],
    misses: [
      'The ANC won the election in 1994.',
      'These earbuds have ANC and a 30-hour battery.',
      'The ANC government launched a national cancer plan last year.',
    ],
  },
  {
    form: 'Hb',
    entry: 'hemoglobin',
    hits: [
      'Hb ≥ 8 g/dL (transfusion allowed) and platelet count ≥ 75,000/µL.',
      'Haemoglobin (Hb) fell to 7.2 g/dL after the second cycle.',
    ],
    misses: [
      'Use an HB pencil to fill in the answer sheet.',
      'Hepatoblastoma (HB) is the most common liver cancer in young children.',
    ],
  },
  {
    form: 'Hgb',
    entry: 'hemoglobin',
    hits: [
      'Hgb below 8 g/dL was treated with a red blood cell transfusion.',
      'Adequate bone marrow function: ANC ≥ 1,000/µL and Hgb ≥ 8 g/dL.',
    ],
    // Hgb has no everyday sense; it needs a neighbour only because three letters are too short to guard by topic alone.
    misses: [],
  },
  {
    form: 'VOD',
    entry: 'veno-occlusive-disease',
    hits: [
      'Hepatic VOD/SOS after busulfan and melphalan was treated with defibrotide.',
      'VOD occurred in 5% of patients after the stem cell transplant.',
    ],
    misses: ['The film is out now on VOD and in cinemas.', 'Watch the cancer charity’s gala on VOD.'],
  },
  {
    form: 'SOS',
    entry: 'veno-occlusive-disease',
    hits: ['Sinusoidal obstruction syndrome (SOS) is a liver problem after high-dose chemotherapy.'],
    misses: ['The sailors sent an SOS.', 'SOS Children’s Villages supports families affected by cancer.'],
  },
  {
    form: 'CVC',
    entry: 'central-venous-catheter',
    hits: [
      'A CVC must be in place before chemotherapy starts.',
      'Fever in a child with a CVC needs care within an hour.',
    ],
    misses: ['Enter the card number, expiry date and CVC to give to childhood cancer research.'],
  },
];
